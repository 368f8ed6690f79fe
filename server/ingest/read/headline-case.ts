import { NlpDoc } from '../../nlp/types';
import { wordnet } from '../knowledge/wordnet';
import { TextLine } from './article-text';

/**
 * Headlines are often set in Title Case ("Kenya Signs Deal To Take 1,000 Police Officers To Haiti"), which a tagger
 * and parser trained on running text read as a string of names. The parser is given the headline in sentence case
 * instead: a capitalised word goes to lower case when the article's own body writes it so ("signs", "deal",
 * "police", or "signed" for "Signs") or when it is an English verb (WordNet), unless the body capitalises it
 * mid-sentence: names (Kenya, Haiti, Trump) keep their capitals, and acronyms (PM, AU) stay. The words
 * keep their length, so offsets hold, and the text is given back as printed once annotated.
 */

/** A headline counts as Title Case when this share of its words of two or more letters is capitalised. */
const TITLE_CASE_SHARE = 0.6;
const MIN_WORDS = 4;
const WORD = /\p{L}[\p{L}'’-]*/gu;

function isTitleCase(line: string): boolean {
  const words = (line.match(WORD) ?? []).filter((w) => w.length >= 2);
  if (words.length < MIN_WORDS) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

/** "signs", "signed", "signing": one stem, crudely, so that the body's "signed" vouches for the headline's "Signs". */
const stem = (word: string) => word.replace(/(?:ing|ed|es|s|e)$/, '');

/** The forms a capitalised headline word could be an English verb under ("Signs" → sign, "Resigns" → resign). */
function isVerb(lower: string): boolean {
  const forms = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/e?d$/, '')];
  return forms.some((f) => f.length > 1 && wordnet().senses(f, 'v').length > 0);
}

/** The headline lines of `text` in sentence case, as `text` is laid out by articleText (lines joined by "\n"). */
export function sentenceCaseHeadlines(text: string, lines: TextLine[]): string {
  if (!lines.some((l) => l.headline && isTitleCase(l.text))) return text;
  const body = lines.filter((l) => !l.headline).map((l) => l.text);
  const bodyWords = body.flatMap((l) => l.match(WORD) ?? []);
  const lowerInBody = new Set(bodyWords.filter((w) => /^\p{Ll}/u.test(w)));
  const stemsInBody = new Set([...lowerInBody].filter((w) => w.length >= 4).map(stem));
  // A word the body capitalises after a sentence's first word is a name there ("Kenya", "Trump").
  const namesInBody = new Set(
    body
      .flatMap((l) => l.split(/(?<=[.!?])\s+/).flatMap((s) => (s.match(WORD) ?? []).slice(1)))
      .filter((w) => /^\p{Lu}/u.test(w)),
  );
  const lowered = (word: string) => {
    const lower = word.toLowerCase();
    if (namesInBody.has(word) || lower.length !== word.length) return false;
    return lowerInBody.has(lower) || (lower.length >= 4 && stemsInBody.has(stem(lower))) || isVerb(lower);
  };
  let offset = 0;
  let out = '';
  for (const line of lines) {
    let written = line.text;
    if (line.headline && isTitleCase(line.text)) {
      let first = true;
      written = line.text.replace(WORD, (word) => {
        const keep = first || word === word.toUpperCase();
        first = false;
        return keep || !lowered(word) ? word : word.toLowerCase();
      });
    }
    out += (offset ? '\n' : '') + written;
    offset += line.text.length + 1;
  }
  return out.length === text.length ? out : text;
}

/** The annotation of the sentence-cased text `given`, with the words as the article prints them. */
export function asPrinted(doc: NlpDoc, given: string, printed: string): NlpDoc {
  if (given === printed) return doc;
  const recased = (start: number, end: number) => given.slice(start, end) !== printed.slice(start, end);
  return {
    ...doc,
    text: doc.text === given ? printed : doc.text,
    sentences: doc.sentences.map((s) => ({
      ...s,
      tokens: s.tokens.map((t) => (recased(t.start, t.end) ? { ...t, text: printed.slice(t.start, t.end) } : t)),
    })),
  };
}
