import { ArticleContext, Sentence } from '../context';
import { EntityRef, Mention } from '../types';
import { Attributes } from './semgrex';

/**
 * What a rule may ask of a token: CoreNLP's word, lemma, tag, ner and date value, and what the pipeline knows —
 * the kind of entity whose name covers it (`kind`), whether it names an event (`pred`: VERB or NOUN) and which
 * (`eventkind`).
 */
export class SentenceView {
  /** The mention covering each token, if any (events excluded: they cover no characters). */
  readonly mentionAt: (Mention | undefined)[];

  constructor(
    readonly ctx: ArticleContext,
    readonly sentence: Sentence,
  ) {
    const mentions = ctx.mentionsIn(sentence.index).filter((m) => m.entity.kind !== 'Event' && m.end > m.start);
    this.mentionAt = sentence.tokens.map((t) => mentions.find((m) => m.start <= t.start && t.end <= m.end));
  }

  entityAt(i: number): EntityRef | undefined {
    return this.mentionAt[i]?.entity;
  }

  /** The sentence's tokens that a mention covers, as [first, last] index ranges per mention. */
  tokensOf(mention: Mention): number[] {
    return this.sentence.tokens.flatMap((_, i) => (this.mentionAt[i] === mention ? [i] : []));
  }

  attributes(events: Map<number, { pos: string; kind: string; family?: string }> = new Map()): Attributes {
    const tokens = this.sentence.tokens;
    return (i, name) => {
      const t = tokens[i];
      switch (name) {
        case 'word':
          return t.text;
        case 'lemma':
          return t.lemma;
        case 'tag':
          return t.tag;
        case 'ner':
          return t.ner;
        case 'timex':
          return t.timex;
        case 'kind':
          return this.entityAt(i)?.kind;
        case 'pred':
          return events.get(i)?.pos;
        case 'eventkind':
          return events.get(i)?.kind;
        case 'family':
          return events.get(i)?.family;
        default:
          return undefined;
      }
    };
  }
}
