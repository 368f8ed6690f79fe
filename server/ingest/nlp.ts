import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp's English model: sentence splitting and part-of-speech tags (loaded once, ~1 s). */
let nlp: ReturnType<typeof winkNLP> | undefined;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

export interface Token {
  text: string;
  pos: string;
  start: number;
  end: number;
}

export function splitSentences(paragraph: string): string[] {
  const doc = engine().readDoc(paragraph);
  return doc.sentences().out() as string[];
}

/** Tokens of one sentence with their character offsets in it. */
export function tokenize(sentence: string): Token[] {
  const its = engine().its;
  const doc = engine().readDoc(sentence);
  const texts = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  texts.forEach((text, i) => {
    const start = sentence.indexOf(text, cursor);
    if (start < 0) return;
    cursor = start + text.length;
    tokens.push({ text, pos: tags[i], start, end: cursor });
  });
  return tokens;
}
