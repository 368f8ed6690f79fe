/** The server's API, typed for the page; every failure becomes an ApiError with the server's message. */
export interface NodeData {
  id: string;
  elementId: string;
  label: string;
  labels: string[];
  name: string;
  [key: string]: unknown;
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
export interface Subgraph extends Elements {
  truncated: boolean;
  more: { total: number; byType: Record<string, number>; byLabel: Record<string, number> | null };
}
export interface SearchHit {
  id: string;
  labels: string[];
  name: string;
  score: number;
}
// The evidence contract is the server's own: the page imports its types (erased from the bundle).
export type { EvidenceSentence as Sentence, Evidence } from '../../server/services/evidence-service';
import type { Evidence } from '../../server/services/evidence-service';
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
export interface GraphSchema {
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
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

const query = (params: Record<string, string | number | undefined | null>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const api = {
  schema: () => call<GraphSchema>('/api/schema'),
  search: (q: string, limit = 8) => call<{ hits: SearchHit[] }>(`/api/search?${query({ q, limit })}`),
  node: (id: string) => call<{ data: NodeData }>(`/api/node?${query({ id })}`),
  subgraph: (p: {
    id: string;
    limit?: number;
    types?: string;
    from?: string | null;
    to?: string | null;
    depth?: number;
  }) => call<Subgraph>(`/api/subgraph?${query(p)}`),
  paths: (from: string, to: string) =>
    call<Elements & { paths: { nodes: string[]; edges: string[] }[] }>(
      `/api/paths?${query({ from, to, maxLength: 4 })}`,
    ),
  evidenceForNode: (node: string) => call<Evidence>(`/api/evidence?${query({ node })}`),
  evidenceForRel: (rel: string) => call<Evidence>(`/api/evidence?${query({ rel })}`),
  cypher: (q: string) =>
    call<CypherAnswer>('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: q }),
    }),
};
