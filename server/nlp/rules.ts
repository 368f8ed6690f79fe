import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CoarsePos, Nlp, NlpDoc, NlpSentence } from './types';

let engine: ReturnType<typeof winkNLP> | undefined;

/**
 * The rules engine: wink-nlp's English model in-process (sentences, tokens, part of speech, lemmas), no NER.
 * For machines without Java (READOUT_NLP=rules); names then come from gazetteers and capitalisation alone.
 */
export class RulesNlp implements Nlp {
  readonly mode = 'rules' as const;

  async annotate(text: string): Promise<NlpDoc> {
    engine ??= winkNLP(model);
    const its = engine.its;
    const sentences: NlpSentence[] = [];
    // One line is one paragraph: sentences never run across a line break, as with CoreNLP here.
    for (const line of text.matchAll(/[^\n]+/g)) {
      const doc = engine.readDoc(line[0]);
      const values = doc.tokens().out() as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      // wink types its.lemma apart from the other token properties; at run time it is one like them.
      const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
      let cursor = 0;
      const tokens = values.map((value, i) => {
        const at = line[0].indexOf(value, cursor);
        const start = at < 0 ? cursor : at;
        cursor = start + value.length;
        return {
          text: value,
          start: line.index! + start,
          end: line.index! + cursor,
          pos: pos[i] as CoarsePos,
          tag: '',
          lemma: (lemmas[i] ?? value).toLowerCase(),
          ner: 'O' as const,
        };
      });
      for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
        const own = tokens.slice(first, last + 1);
        if (own.length) sentences.push({ start: own[0].start, end: own[own.length - 1].end, tokens: own });
      }
    }
    return { text, sentences };
  }

  async close(): Promise<void> {}
}
