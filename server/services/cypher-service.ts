import { ConsolePool, ConsoleResult } from '../db/console/console-pool';
import { assertPassesLexicalGuard } from '../db/console/lexical-guard';
import { assertParamsBounded } from '../db/console/params-limits';
import { ElementsBuilder, Elements } from '../db/elements';
import { Executor } from '../db/executor';

export interface CypherAnswer extends ConsoleResult {
  elements: Elements;
  rowLimit: number;
}

/**
 * The read-only console: bounded parameters, a cheap lexical filter that can only refuse, then Neo4j's own plan
 * judged against the console's allow-lists and the query run in a console worker (console-pool.ts).
 */
export class CypherService {
  constructor(
    private readonly executor: Executor,
    private readonly pool: ConsolePool,
    private readonly rowLimit: number,
  ) {}

  async run(query: string, params: Record<string, unknown>): Promise<CypherAnswer> {
    assertParamsBounded(params);
    assertPassesLexicalGuard(query, params);
    const result = await this.pool.run(query, params, this.rowLimit);
    const builder = new ElementsBuilder();
    result.rows.forEach((row) => builder.addRow(row));
    // A relationship is drawn with its two ends, even when the query returned only the relationship.
    const missing = builder.missingEnds();
    if (missing.length > 0) {
      for (const row of await this.executor.read('graph/nodes-by-element-ids', { ids: missing.slice(0, 5000) }))
        builder.addValue(row.node);
    }
    return { ...result, elements: builder.build(), rowLimit: this.rowLimit };
  }
}
