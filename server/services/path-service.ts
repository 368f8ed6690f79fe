import { ElementsBuilder, Elements } from '../db/elements';
import { Executor } from '../db/executor';
import { CatalogueService } from './catalogue-service';
import { NodeLookup } from './node-lookup';

/**
 * Readout's provenance layer. By default paths go through facts only: "A — mentioned in a sentence — of an
 * article — that mentions B" connects nothing, and walking through outlets with 100k reports costs seconds.
 * `sources` adds who reported and published what ("who reported both"; taken by itself when an end is an
 * outlet, which only sources reach); `articles` adds the sentences that mention both. Only in Readout's own
 * graph: another graph's MENTIONS may be exactly the connection its users look for.
 */
const SOURCE_TYPES = ['REPORTED_BY', 'PUBLISHED_BY'];
const ARTICLE_TYPES = ['MENTIONS', 'HAS_SENTENCE'];

export type PathsThrough = 'facts' | 'sources' | 'articles';

export interface Paths extends Elements {
  paths: { nodes: string[]; edges: string[] }[];
  /** What the paths were allowed to go through (sources when an end is an outlet, whatever was asked). */
  through: PathsThrough;
}

export class PathService {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
    private readonly lookup: NodeLookup,
  ) {}

  /** Shortest paths between two nodes, as elements; each edge keeps its evidence ids. */
  async paths(fromId: string, toId: string, maxLength: number, through: PathsThrough = 'facts'): Promise<Paths> {
    const [from, to] = await Promise.all([this.lookup.find(fromId), this.lookup.find(toId)]);
    const catalogue = await this.catalogue.catalogue();
    // The types to walk go into the pattern itself (and the hop bound too): Neo4j then prunes the search as it
    // goes, where a WHERE on the path's relationships could send it into an exhaustive search.
    const reachesOutlet = [from, to].some((n) => n.labels.includes('Outlet'));
    const wide = through === 'facts' && reachesOutlet ? 'sources' : through;
    const skip = !catalogue.news
      ? []
      : wide === 'articles'
        ? []
        : wide === 'sources'
          ? ARTICLE_TYPES
          : [...SOURCE_TYPES, ...ARTICLE_TYPES];
    const walk = catalogue.relationshipTypes.map((t) => t.type).filter((t) => !skip.includes(t));
    const rows = walk.length
      ? await this.executor.readTemplate(
          'graph/shortest-paths',
          { types: walk, maxLength },
          { from: from.elementId, to: to.elementId },
        )
      : [];
    const builder = new ElementsBuilder(await this.catalogue.view());
    builder.addNode(from);
    builder.addNode(to);
    const paths = rows.map((row) => row.path);
    paths.forEach((p) => builder.addPath(p));
    const elements = builder.build();
    const idOf = new Map(elements.nodes.map((n) => [n.data.elementId, n.data.id]));
    return {
      ...elements,
      through: wide,
      paths: paths.map((p) => ({
        nodes: p.nodes.map((n) => idOf.get(n.elementId)!),
        edges: p.relationships.map((r) => r.elementId),
      })),
    };
  }
}
