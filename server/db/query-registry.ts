import { Plain, PlainNode, PlainPath, PlainRelationship } from './to-plain';

/** A neighbour with the relationship that reaches it. */
export interface NeighbourRow {
  relationship: PlainRelationship;
  neighbour: PlainNode;
}

/** An entity a sentence mentions, with the words the extractor saw (a list on Readout's graph). */
export interface MentionRow {
  entity: PlainNode;
  surface: Plain;
}

/**
 * Every query in cypher/queries with the parameters it takes and the columns its rows hold, typed: services call
 * `executor.read('graph/nodes-by-keys', { keys })` and get `{ key: string; node: PlainNode }[]`, no casts. A unit
 * test checks each entry against its file's header (params and columns), so the two cannot drift apart.
 */
/** The filters every neighbour query takes, as a subgraph request gives them. */
interface NeighbourFilter {
  labels: string[];
  direction: string;
  from: string | null;
  to: string | null;
}

export interface QueryRegistry {
  'articles/article': { params: { id: string }; row: { article: PlainNode; outlet: PlainNode | null } };
  'articles/extracted': {
    params: { id: string };
    row: { id: string; name: Plain; labels: string[]; kind: Plain; date: Plain };
  };
  'articles/facts': {
    params: { id: string; sentenceIds: string[]; limit: number };
    row: { relationship: PlainRelationship; source: PlainNode; target: PlainNode };
  };
  'articles/sentences': {
    params: { id: string; limit: number };
    row: { id: string; index: number | null; text: string; mentions: MentionRow[] };
  };
  'console/active-transactions': { params: { requestId: string }; row: { transactionId: string } };
  'console/terminate-transactions': { params: { ids: string[] }; row: { transactionId: Plain; message: Plain } };
  'evidence/mentions': { params: { node: string; limit: number }; row: { id: string; surface: string; rules: Plain } };
  'evidence/readouts': { params: { node: string }; row: { reporter: PlainNode; evidence: Plain } };
  'evidence/relationship': {
    params: { rel: string };
    row: { relationship: PlainRelationship; source: PlainNode; target: PlainNode };
  };
  'evidence/sentences': {
    params: { ids: string[] };
    row: {
      id: string;
      text: string;
      index: number;
      articleId: Plain;
      title: Plain;
      url: Plain;
      publishedAt: Plain;
      outlet: Plain;
    };
  };
  'export/facts': {
    params: { ids: string[]; limit: number; perFact: number };
    row: { relationship: PlainRelationship; sentences: Plain; moreSentences: number };
  };
  'graph/degree-of-type': {
    params: { center: string; type: string; direction: string };
    row: { type: string; total: number };
  };
  'graph/event-dates': { params: { precision: string }; row: { date: string | null; events: number } };
  'graph/neighbour-counts': {
    params: NeighbourFilter & { center: string; types: string[] };
    row: { type: string; label: string; total: number };
  };
  'graph/neighbourhoods': {
    params: NeighbourFilter & { keys: string[]; types: string[]; limit: number };
    row: { key: string; node: PlainNode; degree: number; rows: NeighbourRow[] };
  };
  'graph/neighbours-of-type': {
    params: NeighbourFilter & { center: string; start: number; window: number; skip: number; limit: number };
    row: { relationship: PlainRelationship; neighbour: PlainNode };
  };
  'graph/neighbours-sample': {
    params: NeighbourFilter & { centers: string[]; types: string[]; limit: number };
    row: { center: string; rows: NeighbourRow[] };
  };
  'graph/nodes-by-element-ids': { params: { ids: string[] }; row: { node: PlainNode } };
  'graph/nodes-by-keys': { params: { keys: string[] }; row: { key: string; node: PlainNode } };
  'graph/nodes-by-label-id': { params: { values: string[] }; row: { key: string; node: PlainNode } };
  'graph/relationships-among': { params: { ids: string[]; limit: number }; row: { relationship: PlainRelationship } };
  'graph/relationships-between': {
    params: { fresh: string[]; ids: string[]; limit: number };
    row: { relationship: PlainRelationship };
  };
  'graph/shortest-paths': { params: { from: string | null; to: string | null }; row: { path: PlainPath } };
  'health/components': { params: Record<string, never>; row: { name: string; version: Plain; edition: Plain } };
  'health/counts': { params: Record<string, never>; row: { nodes: number; relationships: number } };
  'corrections/active': { params: Record<string, never>; row: { id: string; change: string } };
  'corrections/affected-articles': {
    params: { entityIds: string[]; articleIds: string[] };
    row: { articleId: string; stored: boolean };
  };
  'corrections/apply-node-fixes': { params: { fixes: unknown }; row: { fixed: number } };
  'corrections/drop-rejected-facts': {
    params: { rejects: { type: string; from: string; to: string; key: string | null }[] };
    row: { dropped: number };
  };
  'corrections/create': {
    params: {
      id: string;
      kind: string;
      change: string;
      entityIds: string[];
      articles: string[];
      who: string;
      why: string;
      replaced: string;
    };
    row: { correction: Plain };
  };
  'corrections/entities': {
    params: { ids: string[]; kinds: readonly string[] };
    row: {
      id: string;
      name: string;
      kind: string | null;
      labels: string[];
      aliases: string[];
      date: string | null;
      eventKind: string | null;
      mergedFrom: string[];
    };
  };
  'corrections/extractions': { params: { articleIds: string[] }; row: { article: string; deflated: string } };
  'corrections/folded-events': {
    params: { eventIds: string[] };
    row: { from: string; into: string; intoName: string; rules: string[] };
  };
  'corrections/keep-folds': {
    params: { folds: { from: string; into: string; rules: string[] }[] };
    row: { kept: number };
  };
  'corrections/facts': {
    params: { from: string; to: string; type: string; key: string | null };
    row: { type: string; key: string | null; properties: Plain };
  };
  'corrections/list': {
    params: { entityId: string | null; includeUndone: boolean; limit: number };
    row: { correction: Plain };
  };
  'corrections/one': { params: { id: string }; row: { correction: Plain } };
  'corrections/restore-node': {
    params: {
      id: string;
      name: string | null;
      ifName: string | null;
      date: string | null;
      ifDate: string | null;
      kind: string | null;
      ifKind: string | null;
      dropAliases: string[];
      addAliases: string[];
    };
    row: { restored: number };
  };
  'corrections/undo': { params: { id: string; who: string; why: string }; row: { correction: Plain } };
  'ingest/articles-by-text': { params: { fingerprints: string[] }; row: { fingerprint: string; id: string } };
  'ingest/event-twins': { params: { eventIds: unknown }; row: { event: Plain; twins: Plain } };
  'ingest/known-people': { params: Record<string, never>; row: { id: string; name: string; roles: Plain } };
  'ingest/link-outlets': { params: { links: unknown }; row: { linked: Plain } };
  'ingest/merge-articles': { params: { articles: unknown }; row: { articles: Plain } };
  'ingest/merge-entities': { params: { entities: unknown }; row: { entities: Plain } };
  'ingest/merge-events': { params: { merges: unknown }; row: { merged: Plain } };
  'ingest/merge-facts': { params: { facts: unknown }; row: { facts: Plain } };
  'ingest/merge-mentions': { params: { mentions: unknown }; row: { mentions: Plain } };
  'ingest/remove-articles': { params: { articleIds: unknown }; row: { removedSentences: Plain } };
  'ingest/store-extractions': { params: { extractions: unknown }; row: { stored: number } };
  'ingest/take-write-lock': { params: Record<string, never>; row: { locked: boolean } };
  'ingest/unextracted-articles': { params: Record<string, never>; row: { articles: number } };
  'readouts/event-sentences': { params: { event: string; limit: number }; row: { id: string } };
  'readouts/sentences': {
    params: { ids: string[] };
    row: {
      id: string;
      text: string;
      index: number | null;
      article: { [key: string]: Plain } | null;
      publisher: PlainNode | null;
      mentions: MentionRow[];
    };
  };
  'schema/id-check': {
    params: Record<string, never>;
    row: { total: number; withId: number; distinct: number; usable: number };
  };
  'schema/id-constraints': { params: Record<string, never>; row: { label: string } };
  'schema/label-count': { params: Record<string, never>; row: { total: number } };
  'schema/label-sample': {
    params: { sample: number };
    row: { key: string; types: Plain; present: number; distinct: number; avgLength: number | null; sampled: number };
  };
  'schema/labels': { params: Record<string, never>; row: { label: string } };
  'schema/relationship-types': { params: Record<string, never>; row: { relationshipType: string } };
  'schema/type-count': { params: Record<string, never>; row: { total: number } };
  'search/fulltext-any': {
    params: { lucene: string; labels: string[]; fetch: number; limit: number };
    row: { node: PlainNode; score: number };
  };
  'search/fulltext-indexes': { params: Record<string, never>; row: { name: string } };
  'search/fulltext': {
    params: { lucene: string; labels: string[]; fetch: number; limit: number };
    row: { node: PlainNode; score: number };
  };
  'search/label-scan': {
    params: {
      q: string;
      words: string[];
      keys: string[];
      intKeys: string[];
      number: unknown;
      scan: number;
      limit: number;
    };
    row: { node: PlainNode; score: number; key: string };
  };
}

export type QueryName = keyof QueryRegistry;
export type QueryParams<N extends QueryName> = QueryRegistry[N]['params'];
export type QueryRow<N extends QueryName> = QueryRegistry[N]['row'];

/** The registry at run time: what the unit test compares with each file's header. */
export const QUERY_SHAPES: { [N in QueryName]: { params: (keyof QueryParams<N>)[]; columns: (keyof QueryRow<N>)[] } } =
  {
    'articles/article': { params: ['id'], columns: ['article', 'outlet'] },
    'articles/extracted': { params: ['id'], columns: ['id', 'name', 'labels', 'kind', 'date'] },
    'articles/facts': { params: ['id', 'sentenceIds', 'limit'], columns: ['relationship', 'source', 'target'] },
    'articles/sentences': { params: ['id', 'limit'], columns: ['id', 'index', 'text', 'mentions'] },
    'console/active-transactions': { params: ['requestId'], columns: ['transactionId'] },
    'console/terminate-transactions': { params: ['ids'], columns: ['transactionId', 'message'] },
    'evidence/mentions': { params: ['node', 'limit'], columns: ['id', 'surface', 'rules'] },
    'evidence/readouts': { params: ['node'], columns: ['reporter', 'evidence'] },
    'evidence/relationship': { params: ['rel'], columns: ['relationship', 'source', 'target'] },
    'evidence/sentences': {
      params: ['ids'],
      columns: ['id', 'text', 'index', 'articleId', 'title', 'url', 'publishedAt', 'outlet'],
    },
    'graph/degree-of-type': { params: ['center', 'type', 'direction'], columns: ['type', 'total'] },
    'graph/event-dates': { params: ['precision'], columns: ['date', 'events'] },
    'graph/neighbour-counts': {
      params: ['center', 'types', 'labels', 'direction', 'from', 'to'],
      columns: ['type', 'label', 'total'],
    },
    'graph/neighbourhoods': {
      params: ['keys', 'types', 'labels', 'direction', 'from', 'to', 'limit'],
      columns: ['key', 'node', 'degree', 'rows'],
    },
    'graph/neighbours-of-type': {
      params: ['center', 'labels', 'direction', 'from', 'to', 'start', 'window', 'skip', 'limit'],
      columns: ['relationship', 'neighbour'],
    },
    'graph/neighbours-sample': {
      params: ['centers', 'types', 'labels', 'direction', 'from', 'to', 'limit'],
      columns: ['center', 'rows'],
    },
    'graph/nodes-by-element-ids': { params: ['ids'], columns: ['node'] },
    'graph/nodes-by-keys': { params: ['keys'], columns: ['key', 'node'] },
    'graph/nodes-by-label-id': { params: ['values'], columns: ['key', 'node'] },
    'graph/relationships-among': { params: ['ids', 'limit'], columns: ['relationship'] },
    'export/facts': { params: ['ids', 'limit', 'perFact'], columns: ['relationship', 'sentences', 'moreSentences'] },
    'graph/relationships-between': { params: ['fresh', 'ids', 'limit'], columns: ['relationship'] },
    'graph/shortest-paths': { params: ['from', 'to'], columns: ['path'] },
    'health/components': { params: [], columns: ['name', 'version', 'edition'] },
    'health/counts': { params: [], columns: ['nodes', 'relationships'] },
    'corrections/active': { params: [], columns: ['id', 'change'] },
    'corrections/affected-articles': { params: ['entityIds', 'articleIds'], columns: ['articleId', 'stored'] },
    'corrections/apply-node-fixes': { params: ['fixes'], columns: ['fixed'] },
    'corrections/drop-rejected-facts': { params: ['rejects'], columns: ['dropped'] },
    'corrections/create': {
      params: ['id', 'kind', 'change', 'entityIds', 'articles', 'who', 'why', 'replaced'],
      columns: ['correction'],
    },
    'corrections/entities': {
      params: ['ids', 'kinds'],
      columns: ['id', 'name', 'kind', 'labels', 'aliases', 'date', 'eventKind', 'mergedFrom'],
    },
    'corrections/extractions': { params: ['articleIds'], columns: ['article', 'deflated'] },
    'corrections/facts': { params: ['from', 'to', 'type', 'key'], columns: ['type', 'key', 'properties'] },
    'corrections/folded-events': { params: ['eventIds'], columns: ['from', 'into', 'intoName', 'rules'] },
    'corrections/keep-folds': { params: ['folds'], columns: ['kept'] },
    'corrections/list': { params: ['entityId', 'includeUndone', 'limit'], columns: ['correction'] },
    'corrections/one': { params: ['id'], columns: ['correction'] },
    'corrections/restore-node': {
      params: ['id', 'name', 'ifName', 'date', 'ifDate', 'kind', 'ifKind', 'dropAliases', 'addAliases'],
      columns: ['restored'],
    },
    'corrections/undo': { params: ['id', 'who', 'why'], columns: ['correction'] },
    'ingest/articles-by-text': { params: ['fingerprints'], columns: ['fingerprint', 'id'] },
    'ingest/event-twins': { params: ['eventIds'], columns: ['event', 'twins'] },
    'ingest/known-people': { params: [], columns: ['id', 'name', 'roles'] },
    'ingest/link-outlets': { params: ['links'], columns: ['linked'] },
    'ingest/merge-articles': { params: ['articles'], columns: ['articles'] },
    'ingest/merge-entities': { params: ['entities'], columns: ['entities'] },
    'ingest/merge-events': { params: ['merges'], columns: ['merged'] },
    'ingest/merge-facts': { params: ['facts'], columns: ['facts'] },
    'ingest/merge-mentions': { params: ['mentions'], columns: ['mentions'] },
    'ingest/remove-articles': { params: ['articleIds'], columns: ['removedSentences'] },
    'ingest/store-extractions': { params: ['extractions'], columns: ['stored'] },
    'ingest/take-write-lock': { params: [], columns: ['locked'] },
    'ingest/unextracted-articles': { params: [], columns: ['articles'] },
    'readouts/event-sentences': { params: ['event', 'limit'], columns: ['id'] },
    'readouts/sentences': {
      params: ['ids'],
      columns: ['id', 'text', 'index', 'article', 'publisher', 'mentions'],
    },
    'schema/id-check': { params: [], columns: ['total', 'withId', 'distinct', 'usable'] },
    'schema/id-constraints': { params: [], columns: ['label'] },
    'schema/label-count': { params: [], columns: ['total'] },
    'schema/label-sample': {
      params: ['sample'],
      columns: ['key', 'types', 'present', 'distinct', 'avgLength', 'sampled'],
    },
    'schema/labels': { params: [], columns: ['label'] },
    'schema/relationship-types': { params: [], columns: ['relationshipType'] },
    'schema/type-count': { params: [], columns: ['total'] },
    'search/fulltext-any': { params: ['lucene', 'labels', 'fetch', 'limit'], columns: ['node', 'score'] },
    'search/fulltext-indexes': { params: [], columns: ['name'] },
    'search/fulltext': { params: ['lucene', 'labels', 'fetch', 'limit'], columns: ['node', 'score'] },
    'search/label-scan': {
      params: ['q', 'words', 'keys', 'intKeys', 'number', 'scan', 'limit'],
      columns: ['node', 'score', 'key'],
    },
  };
