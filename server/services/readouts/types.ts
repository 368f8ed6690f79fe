import { LocatedMention } from '../text/mention-spans';
import { Span } from '../text/span';
import { ClaimRule } from './claim';

/** An entity as the readouts speak of it. */
export interface EntityRef {
  id: string;
  name: string;
  label: string;
  /** ISO alpha-2 code of the country it belongs to (an outlet's, a ministry's, a state's own), when known. */
  country: string | null;
  /** An outlet the graph marks as state-affiliated (CCTV, Xinhua). */
  stateAffiliated: boolean;
}

export interface ArticleRef {
  id: string | null;
  title: string | null;
  /** Only an http(s) address; anything else is dropped. */
  url: string | null;
  publishedAt: string | null;
  outlet: string | null;
}

/** A sentence about the event as the graph holds it: where it comes from, whom the graph credits, what it mentions. */
export interface EventSentence {
  id: string;
  text: string;
  index: number | null;
  article: ArticleRef;
  /** The outlet that published its article. */
  publisher: EntityRef | null;
  /** The sources REPORTED_BY facts of the event credit with this sentence. */
  reporters: EntityRef[];
  /** The entities it mentions, with the words the extractor saw and the entity's names. */
  mentions: { entity: EntityRef; surfaces: string[]; names: string[] }[];
}

export type ReadoutGroup = 'publisher' | 'agency' | 'official';

/** Whom a column speaks for; `id` is null for an outlet the graph does not know. */
export interface ColumnSource {
  id: string | null;
  name: string;
  label: string | null;
  country: string | null;
  stateAffiliated: boolean;
}

/** How a sentence came to its column: a REPORTED_BY fact, its own words ("according to …"), its article's outlet. */
export type AttributedBy = 'graph' | 'text' | 'publisher';

/** A sentence placed in the column of the source it speaks for. */
export interface AttributedSentence {
  sentence: EventSentence;
  /** The same sentence elsewhere: in other articles, or repeated inside a longer one. */
  copies: EventSentence[];
  source: ColumnSource;
  attributedBy: AttributedBy;
  /** Other sources it names: quoted by the column's source, or reporting alongside it. */
  alongside: { source: EntityRef; role: 'quoted' | 'with' }[];
  claim: Span[];
  claimRule: ClaimRule;
  mentions: LocatedMention[];
  /** Every entity it (or a copy) mentions, by id. */
  entities: Map<string, EntityRef>;
}

export interface ReadoutCard {
  sentenceId: string;
  text: string;
  index: number | null;
  article: ArticleRef;
  attributedBy: AttributedBy;
  alongside: { source: EntityRef; role: 'quoted' | 'with' }[];
  copies: { sentenceId: string; article: ArticleRef }[];
  /** What the source said, to highlight. */
  claim: Span[];
  claimRule: ClaimRule;
  /** Entities and words of this sentence that stand out in its column against the others (fightin-words.ts). */
  onlyHere: Span[];
}

export interface ReadoutColumn {
  source: ColumnSource;
  group: ReadoutGroup;
  /** Sources folded into this column: a state whose readout its official body gave. */
  including: EntityRef[];
  cards: ReadoutCard[];
  /** What this column says distinctively against the others: used often here, seldom or never there. */
  onlyHere: { entities: EntityRef[]; terms: string[] };
}
