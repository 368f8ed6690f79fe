import { overlaps, Span } from '../text/span';
import { DraftColumn } from './columns';
import { READOUT_RULES } from '../../ingest/knowledge/lang/en';

import { distinctiveTokens, TokenCounts } from './fightin-words';
import { AttributedSentence, EntityRef } from './types';

const rules = READOUT_RULES.differences;

const STOPWORDS = new Set(rules.stopwords.words);
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

interface Word extends Span {
  text: string;
  stem: string;
}

/** A sentence's words that can tell readouts apart: not short, not stopwords, not part of a name. */
function wordsOf(s: AttributedSentence, only?: Span[]): Word[] {
  const words: Word[] = [];
  for (const match of s.sentence.text.matchAll(WORD)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const text = match[0].replace(/['’]s$/i, '');
    const lower = text.toLowerCase();
    if (lower.length < rules.minLength || STOPWORDS.has(lower)) continue;
    if (only && !only.some((o) => overlaps(o, span))) continue;
    if (s.mentions.some((m) => overlaps(m, span))) continue;
    words.push({ ...span, end: span.start + text.length, text, stem: lower.slice(0, rules.stemLength) });
  }
  return words;
}

export interface ColumnDifferences {
  entities: EntityRef[];
  terms: string[];
  /** Per sentence of the column, in its order: where what stands out in this column stands. */
  spans: Span[][];
}

const ENTITY = 'entity ';
const WORD_TOKEN = 'word ';

/**
 * What each column says distinctively against the others: the entities its sentences mention and the words of its
 * claims, weighed by the log-odds ratio with an informative Dirichlet prior ("Fightin' Words"), so that a word used
 * once, or used as much by the others, does not count. The event and the sources themselves are left out.
 */
export function differences(columns: DraftColumn[], excluded: Set<string>): ColumnDifferences[] {
  const entityOf = new Map<string, EntityRef>();
  const surfaceOf = new Map<string, string>();
  const counts = columns.map((column) => {
    const tokens: TokenCounts = new Map();
    const add = (token: string) => tokens.set(token, (tokens.get(token) ?? 0) + 1);
    for (const s of column.sentences) {
      for (const [id, entity] of s.entities)
        if (!excluded.has(id)) {
          entityOf.set(id, entity);
          add(ENTITY + id);
        }
      for (const w of wordsOf(s, s.claim)) {
        if (!surfaceOf.has(w.stem)) surfaceOf.set(w.stem, w.text);
        add(WORD_TOKEN + w.stem);
      }
    }
    return tokens;
  });
  return distinctiveTokens(counts).map((found, i) => {
    const ids = found.filter((d) => d.token.startsWith(ENTITY)).map((d) => d.token.slice(ENTITY.length));
    const stems = found
      .filter((d) => d.token.startsWith(WORD_TOKEN))
      .slice(0, rules.maxTerms)
      .map((d) => d.token.slice(WORD_TOKEN.length));
    const entityIds = new Set(ids);
    const stemSet = new Set(stems);
    return {
      entities: ids.map((id) => entityOf.get(id)!),
      terms: stems.map((stem) => surfaceOf.get(stem)!),
      spans: columns[i].sentences.map((s) =>
        [...s.mentions.filter((m) => entityIds.has(m.entityId)), ...wordsOf(s).filter((w) => stemSet.has(w.stem))]
          .map(({ start, end }) => ({ start, end }))
          .sort((a, b) => a.start - b.start),
      ),
    };
  });
}
