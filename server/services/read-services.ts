import { ConsolePool } from '../db/console/console-pool';
import { QueryGuard, sharedQueryGuard } from '../db/console/query-guard';
import { Executor } from '../db/executor';
import { ArticleService } from './article-service';
import { CatalogueService } from './catalogue-service';
import { CypherService } from './cypher-service';
import { EventDatesService } from './event-dates-service';
import { EvidenceService } from './evidence-service';
import { NeighbourhoodService } from './neighbourhood-service';
import { NodeLookup } from './node-lookup';
import { PathService } from './path-service';
import { ReadoutsService } from './readouts-service';
import { SearchService } from './search-service';

/** Everything that reads the graph: the REST routes and the MCP tools share one set, so they answer alike. */
export interface ReadServices {
  catalogue: CatalogueService;
  lookup: NodeLookup;
  neighbourhood: NeighbourhoodService;
  paths: PathService;
  search: SearchService;
  evidence: EvidenceService;
  eventDates: EventDatesService;
  articles: ArticleService;
  readouts: ReadoutsService;
  cypher: CypherService;
}

export interface ReadServiceDependencies {
  executor: Executor;
  console: ConsolePool;
  cypherRowLimit?: number;
  queryGuard?: QueryGuard;
}

export function createReadServices(deps: ReadServiceDependencies): ReadServices {
  const catalogue = new CatalogueService(deps.executor);
  const lookup = new NodeLookup(deps.executor, catalogue);
  return {
    catalogue,
    lookup,
    neighbourhood: new NeighbourhoodService(deps.executor, catalogue, lookup),
    paths: new PathService(deps.executor, catalogue, lookup),
    search: new SearchService(deps.executor, catalogue),
    evidence: new EvidenceService(deps.executor, catalogue, lookup),
    eventDates: new EventDatesService(deps.executor),
    articles: new ArticleService(deps.executor, catalogue),
    readouts: new ReadoutsService(deps.executor, catalogue, lookup),
    cypher: new CypherService(
      deps.executor,
      deps.console,
      catalogue,
      deps.cypherRowLimit ?? 1000,
      deps.queryGuard ?? sharedQueryGuard(),
    ),
  };
}
