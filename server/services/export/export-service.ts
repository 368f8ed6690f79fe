import { primaryLabel } from '../../db/elements';
import { Executor } from '../../db/executor';
import { NodeView } from '../../db/node-view';
import { Plain, PlainNode, PlainRelationship } from '../../db/to-plain';
import { NotFoundError } from '../../errors';
import { CatalogueService } from '../catalogue-service';
import { NeighbourhoodService, SubgraphQuery } from '../neighbourhood-service';
import { NodeLookup } from '../node-lookup';
import {
  ExportEdge,
  ExportNode,
  ExportScene,
  ExportSentence,
  MAX_EXPORT_RELATIONSHIPS,
  MAX_SENTENCES_PER_FACT,
} from './model';

/** Properties that only serve the database (search text) stay out of exports, as out of the API's elements. */
const HIDDEN = new Set(['aliasText']);

const visible = (properties: Record<string, Plain>): Record<string, Plain> =>
  Object.fromEntries(Object.entries(properties).filter(([key]) => !HIDDEN.has(key)));

const strings = (value: Plain | undefined): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

function sentencesOf(value: Plain): ExportSentence[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((s) =>
    s && typeof s === 'object' && !Array.isArray(s) && typeof s.id === 'string'
      ? [
          {
            sentenceId: s.id,
            text: String(s.text ?? ''),
            articleId: typeof s.articleId === 'string' ? s.articleId : null,
          },
        ]
      : [],
  );
}

function exportNode(node: PlainNode, view: NodeView): ExportNode {
  const label = primaryLabel(node.labels);
  const kind = node.properties.kind;
  return {
    id: view.idOf(node),
    label,
    // The kind first, as the page names it: `Person;Entity`.
    labels: [label, ...node.labels.filter((l) => l !== label)],
    name: view.captionOf(node),
    kind: typeof kind === 'string' && kind ? kind : label,
    properties: visible(node.properties),
  };
}

function exportEdge(
  rel: PlainRelationship,
  idOf: Map<string, string>,
  evidence: ExportSentence[],
  moreSentences: number,
): ExportEdge {
  const articles = new Set(strings(rel.properties.articles));
  evidence.forEach((s) => s.articleId && articles.add(s.articleId));
  return {
    id: rel.elementId,
    source: idOf.get(rel.startElementId)!,
    target: idOf.get(rel.endElementId)!,
    type: rel.type,
    rule: typeof rel.properties.rule === 'string' ? rel.properties.rule : null,
    articles: [...articles],
    evidence,
    moreSentences,
    properties: visible(rel.properties),
  };
}

/** Reads what an export writes: the nodes, the relationships among them, and each fact's evidence. */
export class ExportService {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
    private readonly lookup: NodeLookup,
    private readonly neighbourhood: NeighbourhoodService,
  ) {}

  /** The nodes the ids name (a canvas) and everything among them. */
  async forIds(ids: string[]): Promise<ExportScene> {
    const unique = [...new Set(ids)];
    const found = await this.lookup.resolve(unique);
    const missing = unique.filter((id) => !found.has(id));
    if (found.size === 0) throw new NotFoundError('None of the ids names a node');
    return this.scene([...found.values()], missing);
  }

  /** What `GET /api/subgraph` returns for the same parameters, with the relationships among its nodes. */
  async forSubgraph(q: SubgraphQuery): Promise<ExportScene> {
    const subgraph = await this.neighbourhood.subgraph(q);
    const elementIds = subgraph.nodes.map((n) => n.data.elementId);
    const rows = await this.executor.read('graph/nodes-by-element-ids', { ids: elementIds });
    return this.scene(
      rows.map((r) => r.node),
      [],
    );
  }

  private async scene(nodes: PlainNode[], missingIds: string[]): Promise<ExportScene> {
    const view = await this.catalogue.view();
    const byElementId = new Map(nodes.map((n) => [n.elementId, n]));
    const rows = await this.executor.read('export/facts', {
      ids: [...byElementId.keys()],
      limit: MAX_EXPORT_RELATIONSHIPS + 1,
      perFact: MAX_SENTENCES_PER_FACT,
    });
    const exported = [...byElementId.values()].map((n) => exportNode(n, view));
    const idOf = new Map([...byElementId.keys()].map((elementId, i) => [elementId, exported[i].id]));
    const edges = rows
      .slice(0, MAX_EXPORT_RELATIONSHIPS)
      .map((r) => exportEdge(r.relationship, idOf, sentencesOf(r.sentences), r.moreSentences));
    return {
      nodes: exported,
      edges,
      leftOut: {
        relationships: rows.length > MAX_EXPORT_RELATIONSHIPS,
        factsWithMoreSentences: edges.filter((e) => e.moreSentences > 0).length,
        missingIds,
      },
      generatedAt: new Date().toISOString(),
    };
  }
}
