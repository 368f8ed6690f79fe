/**
 * Compile-time proof that what each service returns is what the contract promises (tsc fails otherwise), so
 * the contract's types, which the page uses, cannot drift from the services. Types only: nothing runs.
 */
import type * as contract from './contract';
import type { AddedArticle } from '../services/article-writer';
import type { ArticleAnswer } from '../services/article-service';
import type { GraphCatalogue } from '../services/catalogue-service';
import type { GraphChange } from '../services/change-feed';
import type { CorrectionOutcome, CorrectionRecord } from '../services/corrections-service';
import type { CypherAnswer } from '../services/cypher-service';
import type { EventDateCounts } from '../services/event-dates-service';
import type { Evidence, EvidenceSentence } from '../services/evidence-service';
import type { HealthReport } from '../services/health-service';
import type { Subgraph } from '../services/neighbourhood-service';
import type { Connections, NodeSet } from '../services/node-lookup';
import type { Paths } from '../services/path-service';
import type { ReadoutsAnswer } from '../services/readouts-service';
import type { SearchAnswer } from '../services/search-service';
import type { NodeElement } from '../db/elements';

/** Compiles only when `Actual` can be sent where the contract's 200/201 body of `Route` is promised. */
type Conforms<Actual extends Promised, Promised> = [Actual, Promised];
type Body<R extends contract.RouteContract, S extends keyof R['responses']> = contract.ResponseBody<R, S>;

export type ServiceConformance = [
  Conforms<GraphCatalogue, Body<typeof contract.schema, 200>>,
  Conforms<SearchAnswer, Body<typeof contract.search, 200>>,
  Conforms<NodeElement, Body<typeof contract.node, 200>>,
  Conforms<NodeSet, Body<typeof contract.nodes, 200>>,
  Conforms<Connections, Body<typeof contract.connections, 200>>,
  Conforms<Subgraph, Body<typeof contract.subgraph, 200>>,
  // The route adds each hop's sentences to what the service found.
  Conforms<Paths & { evidence: Record<string, EvidenceSentence[]> }, Body<typeof contract.paths, 200>>,
  Conforms<EventDateCounts, Body<typeof contract.eventDates, 200>>,
  Conforms<Evidence, Body<typeof contract.evidence, 200>>,
  Conforms<ArticleAnswer, Body<typeof contract.readArticle, 200>>,
  Conforms<ReadoutsAnswer, Body<typeof contract.readouts, 200>>,
  Conforms<{ corrections: CorrectionRecord[] }, Body<typeof contract.listCorrections, 200>>,
  Conforms<CorrectionOutcome, Body<typeof contract.createCorrection, 201>>,
  Conforms<CorrectionOutcome, Body<typeof contract.undoCorrection, 200>>,
  Conforms<AddedArticle, Body<typeof contract.addArticle, 201>>,
  Conforms<CypherAnswer, Body<typeof contract.cypher, 200>>,
  Conforms<HealthReport, Body<typeof contract.healthCheck, 200>>,
  Conforms<GraphChange, contract.GraphChange>,
];
