/**
 * Which readout columns show, and in what order: the ones the journalist pinned first, then official readouts
 * (what one usually came for), then the agencies, then the publishing outlets; as many as fit the window unless
 * the journalist chose. No DOM: the view passes names and widths, so Node runs this in the unit tests.
 */

export type ColumnGroup = 'official' | 'agency' | 'publisher';

export interface ColumnEntry {
  /** The source's name: what the journalist sees and pins. */
  source: { name: string };
  group: ColumnGroup;
}

/** Narrower than this a column of sentences no longer reads (px, with its gap). */
export const MIN_COLUMN_WIDTH = 300;

const GROUP_ORDER: Record<ColumnGroup, number> = { official: 0, agency: 1, publisher: 2 };

/** Pinned first, in the order they were pinned; the rest by group; the server's order (most sentences) within. */
export function orderColumns<T extends ColumnEntry>(columns: T[], pinned: string[]): T[] {
  const rank = (c: T) => {
    const pin = pinned.indexOf(c.source.name);
    return pin >= 0 ? pin - pinned.length : GROUP_ORDER[c.group];
  };
  return columns
    .map((column, index) => ({ column, index }))
    .sort((a, b) => rank(a.column) - rank(b.column) || a.index - b.index)
    .map((x) => x.column);
}

/** How many columns fit side by side in `width` px: at least one. */
export function columnsThatFit(width: number, minWidth = MIN_COLUMN_WIDTH): number {
  return Math.max(1, Math.floor(width / minWidth));
}

/**
 * The columns to show, in order: those the journalist ticked when they chose (`chosen`), else the first that fit;
 * a pinned column always shows.
 */
export function shownColumns<T extends ColumnEntry>(
  ordered: T[],
  { pinned, chosen, fit }: { pinned: string[]; chosen: Set<string> | null; fit: number },
): T[] {
  if (chosen) return ordered.filter((c) => chosen.has(c.source.name) || pinned.includes(c.source.name));
  const pins = ordered.filter((c) => pinned.includes(c.source.name));
  const rest = ordered.filter((c) => !pinned.includes(c.source.name)).slice(0, Math.max(0, fit - pins.length));
  return [...pins, ...rest];
}

/** Pins a column, or unpins it: pinned columns lead every comparison they are in, in the order pinned. */
export function togglePin(pinned: string[], name: string): string[] {
  return pinned.includes(name) ? pinned.filter((n) => n !== name) : [...pinned, name];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The comparison's subtitle in plain words; a single source is said to be one, with nothing to set it against. */
export function comparisonSummary(sources: number, sentences: number, articles: number): string {
  const counts = `${plural(sentences, 'sentence', 'sentences')} from ${plural(articles, 'article', 'articles')}`;
  if (sources === 0) return `no source reports what was said — ${counts}`;
  if (sources === 1) return `one source only: nothing to compare it with — ${counts}`;
  return `${sources} sources — ${counts}`;
}
