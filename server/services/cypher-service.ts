import { ElementsBuilder, Elements } from '../db/elements';
import { ConsoleResult, Executor } from '../db/executor';
import { assertReadOnly } from '../db/read-only-guard';

export interface CypherAnswer extends ConsoleResult {
  elements: Elements;
  rowLimit: number;
}

/** The read-only console: a lexical guard, then Neo4j's plan (must be a read), then a READ transaction. */
export class CypherService {
  constructor(
    private readonly executor: Executor,
    private readonly rowLimit: number,
  ) {}

  async run(query: string, params: Record<string, unknown>): Promise<CypherAnswer> {
    assertReadOnly(query);
    const result = await this.executor.consoleRead(query, params, { rowLimit: this.rowLimit });
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
