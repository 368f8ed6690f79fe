/** A sentence with the copies of it that were folded into it. */
export interface Folded<T> {
  sentence: T;
  copies: T[];
}

/** A shorter sentence folds into a longer one holding it only from this many characters: never a bare phrase. */
const MIN_CONTAINED = 40;

/** Letters and digits in lower case, one space between words: quotes, dashes and spacing do not tell copies apart. */
export const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Dated {
  id: string;
  text: string;
  article: { publishedAt: string | null };
}

/**
 * One of each sentence: the same text in several articles (a wire story reprinted) or repeated inside a longer
 * sentence (a page that printed a paragraph twice) is one sentence, the longest kept, the earliest published
 * first among equals; the others become its copies.
 */
export function foldDuplicates<T extends Dated>(sentences: T[]): Folded<T>[] {
  const keyed = sentences.map((sentence) => ({ sentence, key: comparable(sentence.text) }));
  const longestFirst = keyed.sort(
    ({ sentence: a, key: ka }, { sentence: b, key: kb }) =>
      kb.length - ka.length ||
      (a.article.publishedAt ?? '\uffff').localeCompare(b.article.publishedAt ?? '\uffff') ||
      a.id.localeCompare(b.id),
  );
  const kept: { key: string; folded: Folded<T> }[] = [];
  for (const { sentence, key } of longestFirst) {
    const home = kept.find((k) => k.key === key || (key.length >= MIN_CONTAINED && k.key.includes(key)));
    if (home) home.folded.copies.push(sentence);
    else kept.push({ key, folded: { sentence, copies: [] } });
  }
  return kept.map((k) => k.folded);
}
