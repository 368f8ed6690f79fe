import { overlaps, Span } from '../text/span';
import { DraftColumn } from './columns';
import { READOUT_RULES } from '../../ingest/knowledge/lang/en';

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
  /** Per sentence of the column, in its order: where what only this column has stands. */
  spans: Span[][];
}

/**
 * What each column says that no other does: the entities only its sentences mention (not the event, not the
 * sources themselves), and the words of its claims no other column's sentences have, most frequent first.
 */
export function differences(columns: DraftColumn[], excluded: Set<string>): ColumnDifferences[] {
  const entitySets = columns.map(
    (c) => new Set(c.sentences.flatMap((s) => [...s.entities.keys()]).filter((id) => !excluded.has(id))),
  );
  const stemSets = columns.map((c) => new Set(c.sentences.flatMap((s) => wordsOf(s).map((w) => w.stem))));
  return columns.map((column, i) => {
    const elsewhere = (sets: Set<string>[], key: string) => sets.some((set, j) => j !== i && set.has(key));
    const entityCounts = new Map<string, { entity: EntityRef; count: number }>();
    for (const s of column.sentences)
      for (const [id, entity] of s.entities)
        if (entitySets[i].has(id) && !elsewhere(entitySets, id))
          entityCounts.set(id, { entity, count: (entityCounts.get(id)?.count ?? 0) + 1 });
    const termCounts = new Map<string, { text: string; count: number }>();
    for (const s of column.sentences)
      for (const w of wordsOf(s, s.claim))
        if (!elsewhere(stemSets, w.stem))
          termCounts.set(w.stem, {
            text: termCounts.get(w.stem)?.text ?? w.text,
            count: (termCounts.get(w.stem)?.count ?? 0) + 1,
          });
    const entities = [...entityCounts.values()].sort((a, b) => b.count - a.count).map((e) => e.entity);
    const terms = [...termCounts]
      .sort((a, b) => b[1].count - a[1].count || b[1].text.length - a[1].text.length)
      .slice(0, rules.maxTerms);
    const stems = new Set(terms.map(([stem]) => stem));
    return {
      entities,
      terms: terms.map(([, t]) => t.text),
      spans: column.sentences.map((s) =>
        [...s.mentions.filter((m) => entityCounts.has(m.entityId)), ...wordsOf(s).filter((w) => stems.has(w.stem))]
          .map(({ start, end }) => ({ start, end }))
          .sort((a, b) => a.start - b.start),
      ),
    };
  });
}
