/** The server's API, typed for the page; every failure becomes an ApiError with the server's message. */
export interface NodeData {
  id: string;
  elementId: string;
  label: string;
  labels: string[];
  /** The server's default caption: the label's caption properties joined by a space. */
  caption: string;
  /** Readout's display name; on another graph the same as `caption`. */
  name: string;
  /** The node's properties; one named like a field above (but `name`) comes as prop_<key>. */
  [key: string]: unknown;
}
/** How a byte-array property travels: its length and its first 16 bytes. */
export interface BinaryValue {
  $binary: true;
  bytes: number;
  hex: string;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  [key: string]: unknown;
}
export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}
/** What an expansion left out, per relationship type and (when counted) per neighbour label. */
export interface LeftOut {
  total: number;
  byType: Record<string, number>;
  byLabel: Record<string, number> | null;
}
export interface Subgraph extends Elements {
  /** True whenever anything within the depth was left out. */
  truncated: boolean;
  /** What is still left after this page. */
  more: LeftOut;
  /** Pass it back (same id and types) for the next page of neighbours; null when nothing is left. */
  cursor: string | null;
}
/** The nodes of a shared view and the relationships among them. */
export interface NodesAnswer extends Elements {
  /** Asked-for ids no longer in the graph. */
  missing: string[];
  /** True when the relationships among the nodes were capped. */
  truncated: boolean;
}
export interface PropertyMatch {
  key: string;
  value: unknown;
}
export interface SearchHit {
  id: string;
  labels: string[];
  /** The node's caption. */
  name: string;
  score: number;
  /** The property the query matched. */
  matched: PropertyMatch | null;
  /** A property other than the caption that tells similar hits apart (a price, a city, a date). */
  detail: PropertyMatch | null;
}
// The evidence contract is the server's own: the page imports its types (erased from the bundle).
export type { EvidenceSentence as Sentence, Evidence } from '../../server/services/evidence-service';
import type { Evidence, EvidenceSentence } from '../../server/services/evidence-service';
import type { EventDateCounts } from '../../server/services/event-dates-service';
// So are the reader's: an article in full, an event's readouts side by side.
export type {
  ArticleAnswer,
  ArticleFact,
  ArticleMention,
  ArticleSentence,
} from '../../server/services/article-service';
export type { ReadoutsAnswer } from '../../server/services/readouts-service';
export type { AddedArticle } from '../../server/services/article-writer';
export type { GraphChange } from '../../server/services/change-feed';
import type { AddedArticle } from '../../server/services/article-writer';
import type { CorrectionOutcome, CorrectionRecord } from '../../server/services/corrections-service';
export type { CorrectionOutcome, CorrectionRecord } from '../../server/services/corrections-service';
export type { ReadoutCard, ReadoutColumn, ReadoutGroup } from '../../server/services/readouts/types';
export type { Span } from '../../server/services/text/span';
import type { ArticleAnswer } from '../../server/services/article-service';
import type { ReadoutsAnswer } from '../../server/services/readouts-service';
export interface CypherAnswer {
  columns: string[];
  rows: Record<string, unknown>[];
  elements: Elements;
  truncated: boolean;
  /** What cut the result short: the row cap or the size cap. */
  cutBy: 'rows' | 'bytes' | null;
  rowLimit: number;
  elapsedMs: number;
}
export interface SchemaLabel {
  label: string;
  count: number;
  /** Property keys with their Cypher value types ("STRING", "INTEGER", "LIST<STRING>", …), from a sample. */
  properties: { key: string; types: string[] }[];
  /** The default caption's property keys, in order. */
  caption: string[];
  /** The string properties searched by default. */
  searchable: string[];
  idKey: 'id' | null;
}
export interface GraphSchema {
  labels: SchemaLabel[];
  relationshipTypes: { type: string; count: number }[];
  /** True for Readout's own news graph (articles, sentences); false for any other graph. */
  news: boolean;
}
/** At most this many ids per POST /api/nodes. */
export const MAX_NODES_PER_REQUEST = 2000;

/** What paths may go through: facts only, also who reported what, also the sentences that mention both. */
export type PathsThrough = 'facts' | 'sources' | 'articles';
export interface PathsAnswer extends Elements {
  paths: { nodes: string[]; edges: string[] }[];
  through: PathsThrough;
  /** Each hop's sentences, where the graph keeps evidence. */
  evidence: Record<string, EvidenceSentence[]>;
}

/** What a JSON request may hold, under the server's 64 kB limit with room for the rest of the body. */
const JSON_BUDGET = 60_000;

/** The first ids whose JSON list fits in `budget` characters. */
export function withinBudget(ids: string[], budget: number): string[] {
  let used = 2;
  const kept: string[] = [];
  for (const id of ids) {
    used += JSON.stringify(id).length + 1;
    if (used > budget) break;
    kept.push(id);
  }
  return kept;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'The server cannot be reached.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `Request failed (${response.status})`);
  return body as T;
}

/** A JSON write with the edit token as a Bearer header. */
const post = <T>(path: string, body: object, token: string) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

const query = (params: Record<string, string | number | undefined | null>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const api = {
  schema: () => call<GraphSchema>('/api/schema'),
  /** `fields`: "Label.key,…", the string properties to search for those labels (others: the server's defaults). */
  search: (q: string, limit = 8, fields?: string) =>
    call<{ hits: SearchHit[] }>(`/api/search?${query({ q, limit, fields })}`),
  node: (id: string) => call<{ data: NodeData }>(`/api/node?${query({ id })}`),
  subgraph: (p: {
    id: string;
    limit?: number;
    types?: string;
    labels?: string;
    from?: string | null;
    to?: string | null;
    depth?: number;
    cursor?: string | null;
  }) => call<Subgraph>(`/api/subgraph?${query(p)}`),
  /** Many nodes at once (a shared view), with the relationships among them. */
  nodes: (ids: string[]) =>
    call<NodesAnswer>('/api/nodes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: ids.slice(0, MAX_NODES_PER_REQUEST) }),
    }),
  /**
   * The relationships between nodes about to join the canvas (`fresh`) and those there (`among`) or fresh too.
   * Both lists share one request's worth of ids.
   */
  connections: (fresh: string[], among: string[]) => {
    // Ids within the server's JSON limit too: a foreign graph's element ids ("4:uuid:123") run ~45 characters.
    const freshIds = withinBudget(fresh.slice(0, MAX_NODES_PER_REQUEST), JSON_BUDGET);
    const spent = JSON.stringify(freshIds).length;
    const amongIds = withinBudget(among.slice(0, MAX_NODES_PER_REQUEST - freshIds.length), JSON_BUDGET - spent);
    return call<{ edges: Elements['edges']; truncated: boolean }>('/api/connections', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fresh: freshIds, among: amongIds }),
    });
  },
  paths: (from: string, to: string, maxLength = 4, through: PathsThrough = 'facts') =>
    call<PathsAnswer>(`/api/paths?${query({ from, to, maxLength, through })}`),
  /** The whole graph's events per date as stored (a day, a month or a year); date null: undated. */
  eventDates: () => call<EventDateCounts>('/api/event-dates'),
  evidenceForNode: (node: string) => call<Evidence>(`/api/evidence?${query({ node })}`),
  evidenceForRel: (rel: string) => call<Evidence>(`/api/evidence?${query({ rel })}`),
  article: (id: string) => call<ArticleAnswer>(`/api/articles/${encodeURIComponent(id)}`),
  readouts: (eventId: string) => call<ReadoutsAnswer>(`/api/events/${encodeURIComponent(eventId)}/readouts`),
  /** Every correction touching the entity, undone ones too (they are part of its history). */
  corrections: (entity: string) =>
    call<{ corrections: CorrectionRecord[] }>(`/api/corrections?${query({ entity, undone: 'true' })}`),
  correct: (body: Record<string, unknown>, token: string) => post<CorrectionOutcome>('/api/corrections', body, token),
  undoCorrection: (id: string, body: { who: string; why: string }, token: string) =>
    post<CorrectionOutcome>(`/api/corrections/${encodeURIComponent(id)}/undo`, body, token),
  /** Whether the server takes writes at all (it was started with an edit token). */
  editing: () => call<{ enabled: boolean }>('/api/editing'),
  /** One article: pasted text as JSON, or one file as multipart; the token as a Bearer header. */
  addArticle: (body: { text: string; [field: string]: string } | FormData, token: string) =>
    call<AddedArticle>('/api/articles', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body instanceof FormData ? body : JSON.stringify(body),
    }),
  cypher: (q: string) =>
    call<CypherAnswer>('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: q }),
    }),
};
