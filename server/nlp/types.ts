/** What the NLP stage gives the extractor: sentences and tokens with offsets into the text it was given. */

/** Universal (coarse) part of speech: the same whichever engine tagged the token. */
export type CoarsePos =
  | 'PROPN'
  | 'NOUN'
  | 'VERB'
  | 'AUX'
  | 'ADJ'
  | 'ADV'
  | 'ADP'
  | 'DET'
  | 'PRON'
  | 'NUM'
  | 'CCONJ'
  | 'SCONJ'
  | 'PART'
  | 'PUNCT'
  | 'SYM'
  | 'X';

/** CoreNLP's 3/4-class NER; the rules engine tags nothing (O) and leaves names to the gazetteers and rules. */
export type NerTag = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'MISC' | 'O';

export interface NlpToken {
  text: string;
  /** Offsets into the annotated text (UTF-16, as JavaScript indexes strings). */
  start: number;
  end: number;
  pos: CoarsePos;
  /** The Penn Treebank tag when the engine gives one (VBD, NNS, …), else ''. Tense lives here. */
  tag: string;
  lemma: string;
  ner: NerTag;
  /**
   * SUTime's TIMEX3 value when the token is part of a date or time ("2024-07-08", "2024-07", "XXXX-07-24",
   * "2024-07-08TNI", "PRESENT_REF"), resolved against the document date; absent otherwise.
   */
  timex?: string;
}

/** One edge of the enhanced++ dependency graph: token indexes in the sentence (the root's governor is -1). */
export type Dependency = [governor: number, relation: string, dependent: number];

export interface NlpSentence {
  start: number;
  end: number;
  tokens: NlpToken[];
  /** The sentence's dependency graph; absent when the engine does not parse (the rules engine). */
  deps?: Dependency[];
}

export interface NlpDoc {
  text: string;
  sentences: NlpSentence[];
}

export type NlpMode = 'corenlp' | 'rules';

export interface AnnotateOptions {
  /** The publication day (ISO): what "on Monday", "yesterday" and "tomorrow" are resolved against. */
  documentDate?: string | null;
}

/** An NLP engine: CoreNLP in its own process, or the in-process rules engine. */
export interface Nlp {
  readonly mode: NlpMode;
  annotate(text: string, options?: AnnotateOptions): Promise<NlpDoc>;
  close(): Promise<void>;
}

const PTB_TO_COARSE: Record<string, CoarsePos> = {
  NNP: 'PROPN', NNPS: 'PROPN', NN: 'NOUN', NNS: 'NOUN',
  VB: 'VERB', VBD: 'VERB', VBG: 'VERB', VBN: 'VERB', VBP: 'VERB', VBZ: 'VERB', MD: 'AUX',
  JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV', RBS: 'ADV', WRB: 'ADV',
  IN: 'ADP', DT: 'DET', PDT: 'DET', WDT: 'DET', PRP: 'PRON', PRP$: 'PRON', WP: 'PRON', WP$: 'PRON', EX: 'PRON',
  CD: 'NUM', CC: 'CCONJ', TO: 'PART', POS: 'PART', RP: 'PART', SYM: 'SYM', FW: 'X', LS: 'X', UH: 'X',
}; // prettier-ignore

export function coarseOf(ptb: string): CoarsePos {
  return PTB_TO_COARSE[ptb] ?? (/^[\p{P}$#`'"]|^-[LR]RB-$/u.test(ptb) ? 'PUNCT' : 'X');
}

const NER_TAGS = new Set<NerTag>(['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC', 'O']);

export function nerOf(tag: string): NerTag {
  return NER_TAGS.has(tag as NerTag) ? (tag as NerTag) : 'O';
}
