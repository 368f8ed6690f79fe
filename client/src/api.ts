/** The server's API, typed for the page; every failure becomes an ApiError with the server's message. */
// The API's shapes are the server's contract (server/api/contract): types only, erased from the bundle.
export type {
  AddedArticle,
  ArticleAnswer,
  ArticleFact,
  ArticleMention,
  ArticleSentence,
  ConnectionsAnswer,
  CorrectionOutcome,
  CorrectionRecord,
  CypherAnswer,
  EdgeData,
  Elements,
  EventDateCounts,
  Evidence,
  EvidenceSentence as Sentence,
  GraphChange,
  GraphSchema,
  LeftOut,
  NodeData,
  NodesAnswer,
  PathsAnswer,
  PathsThrough,
  PropertyMatch,
  ReadoutCard,
  ReadoutColumn,
  ReadoutGroup,
  ReadoutsAnswer,
  SchemaLabel,
  SearchAnswer,
  SearchHit,
  Span,
  Subgraph,
} from '../../server/api/contract';
import type {
  AddedArticle,
  ArticleAnswer,
  ConnectionsAnswer,
  CorrectionOutcome,
  CorrectionRecord,
  CypherAnswer,
  EventDateCounts,
  Evidence,
  GraphSchema,
  NodeData,
  NodesAnswer,
  PathsAnswer,
  PathsThrough,
  ReadoutsAnswer,
  SearchAnswer,
  Subgraph,
} from '../../server/api/contract';
/** How a byte-array property travels: its length and its first 16 bytes. */
export interface BinaryValue {
  $binary: true;
  bytes: number;
  hex: string;
}
/** At most this many ids per POST /api/nodes. */
export const MAX_NODES_PER_REQUEST = 2000;

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

/** The formats `POST /api/export` writes, by the name it takes. */
export type ExportFormat = 'gexf' | 'graphml' | 'csv-nodes' | 'csv-edges' | 'cypher' | 'json';

/** A file the server wrote, with the name it gave it. */
export interface ExportedFile {
  blob: Blob;
  name: string;
  /** What the server left out of a bounded export ("Left out: …"), or null. */
  leftOut: string | null;
}

/** The file name a Content-Disposition header gives (`attachment; filename="readout-2026-12-07.gexf"`). */
export function attachmentName(header: string | null, fallback: string): string {
  return header?.match(/filename="([^"]+)"/)?.[1] ?? fallback;
}

export const api = {
  schema: () => call<GraphSchema>('/api/schema'),
  /** `fields`: "Label.key,…", the string properties to search for those labels (others: the server's defaults). */
  search: (q: string, limit = 8, fields?: string) => call<SearchAnswer>(`/api/search?${query({ q, limit, fields })}`),
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
    return call<ConnectionsAnswer>('/api/connections', {
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
  /** The canvas's nodes (and everything among them, each fact with its evidence) as a file in `format`. */
  exportFile: async (format: ExportFormat, ids: string[]): Promise<ExportedFile> => {
    let response: Response;
    try {
      response = await fetch('/api/export', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ format, ids: withinBudget(ids.slice(0, MAX_NODES_PER_REQUEST), JSON_BUDGET) }),
      });
    } catch {
      throw new ApiError(0, 'The server cannot be reached.');
    }
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      throw new ApiError(response.status, body?.error?.message ?? `Export failed (${response.status})`);
    }
    return {
      blob: await response.blob(),
      name: attachmentName(response.headers.get('Content-Disposition'), `readout.${format}`),
      leftOut: response.headers.get('Readout-Left-Out'),
    };
  },
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
