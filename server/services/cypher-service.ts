import { ConsolePool, ConsoleResult } from '../db/console/console-pool';
import { QueryGuard } from '../db/console/query-guard';
import { assertParamsBounded } from '../db/console/params-limits';
import { ElementsBuilder, Elements } from '../db/elements';
import { Executor } from '../db/executor';
import { CatalogueService } from './catalogue-service';

/** Up to this many returned nodes get the relationships among them drawn. */
const MAX_CONNECTED = 1_000;

export interface CypherAnswer extends Omit<ConsoleResult, 'graph'> {
  elements: Elements;
  rowLimit: number;
}

/**
 * The read-only console: bounded parameters, the console's rules on the query's syntax tree (query-guard.ts, which
 * can only refuse), then Neo4j's own plan judged against the console's allow-lists and the query run in a console
 * worker (console-pool.ts).
 */
export class CypherService {
  constructor(
    private readonly executor: Executor,
    private readonly pool: ConsolePool,
    private readonly catalogue: CatalogueService,
    private readonly rowLimit: number,
    private readonly guard: QueryGuard,
  ) {}

  /** `client`: who asks (its address, or the proxy's word for it), for fair turns at the console. */
  async run(query: string, params: Record<string, unknown>, client: string): Promise<CypherAnswer> {
    assertParamsBounded(params);
    await this.guard.assertAllowed(query, params);
    const result = await this.pool.run(query, params, this.rowLimit, client);
    const builder = new ElementsBuilder(await this.catalogue.view());
    builder.addGraph(result.graph);
    // As Neo4j Browser does: the relationships among the nodes returned are drawn too ("MATCH (n) RETURN n").
    const nodes = builder.nodeElementIds();
    if (nodes.length > 1 && nodes.length <= MAX_CONNECTED) {
      const among = await this.executor.read('graph/relationships-among', { ids: nodes, limit: MAX_CONNECTED * 4 });
      among.forEach((row) => builder.addRelationship(row.relationship));
    }
    // A relationship is drawn with its two ends, even when the query returned only the relationship.
    const missing = builder.missingEnds();
    if (missing.length > 0) {
      for (const row of await this.executor.read('graph/nodes-by-element-ids', { ids: missing.slice(0, 5000) }))
        builder.addNode(row.node);
    }
    const { graph: _graph, ...answer } = result;
    return { ...answer, elements: builder.build(), rowLimit: this.rowLimit };
  }
}
