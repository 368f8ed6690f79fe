import { attribute } from './attribute';
import { buildColumns } from './columns';
import { foldDuplicates } from './dedupe';
import { differences } from './differences';
import { DraftColumn } from './columns';
import { AttributedSentence, EventSentence, ReadoutCard, ReadoutColumn } from './types';

export interface Comparison {
  /** The sources that say what was said, side by side. */
  columns: ReadoutColumn[];
  /** Sources whose sentences only mention the event (background), none reporting anyone's words. */
  context: { source: ReadoutColumn['source']; group: ReadoutColumn['group']; cards: ReadoutCard[] }[];
}

function card(s: AttributedSentence, onlyHere: ReadoutCard['onlyHere']): ReadoutCard {
  return {
    sentenceId: s.sentence.id,
    text: s.sentence.text,
    index: s.sentence.index,
    article: s.sentence.article,
    attributedBy: s.attributedBy,
    alongside: s.alongside,
    copies: s.copies.map((c) => ({ sentenceId: c.id, article: c.article })),
    claim: s.claim,
    claimRule: s.claimRule,
    onlyHere,
  };
}

const reportsWords = (c: DraftColumn) => c.sentences.some((s) => s.claim.length > 0);

/**
 * An event's readouts side by side: each sentence about it once (copies folded), in the column of the source it
 * speaks for, its claim marked, and per column what it alone mentions. A source none of whose sentences reports
 * anyone's words is context, not a readout: it is listed apart and takes no part in the differences.
 */
export function compareReadouts(sentences: EventSentence[], eventId: string): Comparison {
  const all = buildColumns(foldDuplicates(sentences).map(attribute));
  const columns = all.filter(reportsWords);
  const excluded = new Set([
    eventId,
    ...all.flatMap((c) => [
      ...(c.source.id ? [c.source.id] : []),
      ...c.including.map((s) => s.id),
      ...c.sentences.flatMap((s) => s.alongside.map((a) => a.source.id)),
    ]),
  ]);
  const found = differences(columns, excluded);
  return {
    columns: columns.map((column, i) => ({
      source: column.source,
      group: column.group,
      including: column.including,
      onlyHere: { entities: found[i].entities, terms: found[i].terms },
      cards: column.sentences.map((s, j) => card(s, found[i].spans[j])),
    })),
    context: all
      .filter((c) => !reportsWords(c))
      .map((c) => ({ source: c.source, group: c.group, cards: c.sentences.map((s) => card(s, [])) })),
  };
}
