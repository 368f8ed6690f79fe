import { AttributedSentence, ColumnSource, EntityRef, ReadoutGroup } from './types';

/** A column being built: its source, its sentences, and the sources folded into it. */
export interface DraftColumn {
  source: ColumnSource;
  group: ReadoutGroup;
  including: EntityRef[];
  sentences: AttributedSentence[];
}

const GROUP_ORDER: ReadoutGroup[] = ['publisher', 'agency', 'official'];

const keyOf = (source: ColumnSource) => source.id ?? `unrecorded:${source.name}`;

/**
 * Which shelf a column stands on: the outlets that published the articles; the agencies and outlets they quote;
 * official bodies, states, and outlets speaking for a state (state-affiliated).
 */
function groupOf(column: Omit<DraftColumn, 'group'>, publishers: Set<string>): ReadoutGroup {
  if (column.sentences.some((s) => s.attributedBy === 'publisher') || publishers.has(keyOf(column.source)))
    return 'publisher';
  return column.source.label === 'Outlet' && !column.source.stateAffiliated ? 'agency' : 'official';
}

/**
 * A state's readout and its official body's are one readout ("Moscow’s readout" is the Kremlin's): a state's
 * column folds into the column of an organization of the same country, the one with the most sentences.
 */
function foldStates(columns: Omit<DraftColumn, 'group'>[]): Omit<DraftColumn, 'group'>[] {
  const bodies = columns.filter((c) => c.source.label === 'Organization' && c.source.country);
  return columns.filter((state) => {
    if (state.source.label !== 'Country' || !state.source.country || !state.source.id) return true;
    const body = bodies
      .filter((b) => b.source.country === state.source.country)
      .sort((a, b) => b.sentences.length - a.sentences.length)[0];
    if (!body) return true;
    body.sentences.push(...state.sentences);
    const { id, name, country, stateAffiliated } = state.source;
    body.including.push({ id, name, label: 'Country', country, stateAffiliated });
    return false;
  });
}

/** Oldest article first (undated last), each article's sentences in order. */
function byArticleOrder(a: AttributedSentence, b: AttributedSentence): number {
  const x = a.sentence;
  const y = b.sentence;
  return (
    (x.article.publishedAt ?? '\uffff').localeCompare(y.article.publishedAt ?? '\uffff') ||
    (x.article.id ?? '').localeCompare(y.article.id ?? '') ||
    (x.index ?? 0) - (y.index ?? 0)
  );
}

const earliest = (c: DraftColumn) => c.sentences[0]?.sentence.article.publishedAt ?? '\uffff';

/**
 * One column per source, each sentence in exactly one: publishing outlets first, then the agencies they quote,
 * then official bodies and states; within each, the source with the most sentences first, then the earliest.
 */
export function buildColumns(sentences: AttributedSentence[]): DraftColumn[] {
  const publishers = new Set(
    sentences.flatMap((s) => [s.sentence, ...s.copies]).flatMap((s) => (s.publisher ? [s.publisher.id] : [])),
  );
  const byKey = new Map<string, Omit<DraftColumn, 'group'>>();
  for (const s of sentences) {
    const key = keyOf(s.source);
    const column = byKey.get(key) ?? { source: s.source, including: [], sentences: [] };
    column.sentences.push(s);
    byKey.set(key, column);
  }
  return foldStates([...byKey.values()])
    .map((c) => ({ ...c, group: groupOf(c, publishers), sentences: [...c.sentences].sort(byArticleOrder) }))
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
        b.sentences.length - a.sentences.length ||
        earliest(a).localeCompare(earliest(b)) ||
        a.source.name.localeCompare(b.source.name),
    );
}
