/** The kinds of entity Readout extracts; each is a Neo4j label next to :Entity. */
export const ENTITY_KINDS = ['Person', 'Country', 'Outlet', 'Organization', 'Agreement', 'Place', 'Event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Fact relationships the loader may write (an allow-list: types are not Cypher parameters). */
export const FACT_TYPES = [
  'PARTICIPATED_IN',
  'REPORTED_BY',
  'HOLDS_ROLE',
  'PARTY_TO',
  'TOOK_PLACE_IN',
  'CONCERNS',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
  /** ISO 3166 alpha-2 code of the country an organization, outlet or place belongs to, when known. */
  country?: string | null;
  props?: Record<string, string | number | boolean | null>;
}

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  entity: EntityRef;
  /** The rule that found it (and, after a '+', the rules that re-pointed it): every node can be explained. */
  rule: string;
}

export interface Fact {
  type: FactType;
  from: string;
  to: string;
  /** Distinguishes parallel facts of one type between the same nodes (the role, the title); '' when none. */
  key: string;
  props: Record<string, string | null>;
  /** The rule that made the fact. */
  rule: string;
  /** Indexes of the sentences that state the fact (the first states it; others supply an antecedent). */
  sentences: number[];
}

export interface ArticleMeta {
  id: string;
  file: string | null;
  title: string | null;
  url: string | null;
  /** ISO date (or datetime) of publication; null when nothing says it. */
  publishedAt: string | null;
  outlet: EntityRef | null;
  /**
   * The fingerprint of the text it was read from (read/text-fingerprint.ts): the same text from any door is one
   * article. Absent for graphs made without the text (the warm-up's, an older Readout's stored extractions).
   */
  textSha256?: string;
}

export interface ArticleGraph {
  article: ArticleMeta;
  sentences: string[];
  entities: EntityRef[];
  mentions: Mention[];
  facts: Fact[];
}
