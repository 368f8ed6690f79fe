/**
 * How an expansion spends its node budget and pages through a busy node (pure: unit-tested without Neo4j).
 */
import { BadRequestError } from '../errors';

/** What a capped expansion left out; `byLabel` is null where only the degree store was read (a supernode). */
export interface LeftOut {
  total: number;
  byType: Record<string, number>;
  byLabel: Record<string, number> | null;
}

/** Neighbours counted per relationship type and (where they were counted one by one) neighbour label. */
export interface NeighbourCount {
  type: string;
  label: string | null;
  total: number;
}

/** Where the next page of a busy node's neighbours starts: how many of each type (and label) were given. */
export interface PageCursor {
  center: string;
  /** The label, date and direction filters the offsets count under (a type filter does not change them). */
  filter: string;
  byType: Record<string, number>;
  byLabel: Record<string, number>;
}

/**
 * Splits `budget` over types, small types first, each taking its fair share of what is left: one huge type
 * cannot crowd out the rest, and a small type's unused share goes to the others.
 */
export function fairShares(available: Map<string, number>, budget: number): Map<string, number> {
  const shares = new Map<string, number>();
  let remaining = Math.max(0, budget);
  const types = [...available.keys()]
    .filter((t) => available.get(t)! > 0)
    .sort((a, b) => available.get(a)! - available.get(b)! || a.localeCompare(b));
  types.forEach((type, i) => {
    const share = Math.min(available.get(type)!, Math.floor(remaining / (types.length - i)));
    shares.set(type, share);
    remaining -= share;
  });
  return shares;
}

const tally = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

/** Totals minus what was given so far (earlier pages and this one), per type and, where known, per label. */
export function leftOut(
  counts: NeighbourCount[],
  given: { byType: Record<string, number>; byLabel: Record<string, number> },
): LeftOut {
  const byTypeTotals = new Map<string, number>();
  const byLabelTotals = new Map<string, number>();
  for (const c of counts) {
    byTypeTotals.set(c.type, (byTypeTotals.get(c.type) ?? 0) + c.total);
    if (c.label !== null) byLabelTotals.set(c.label, (byLabelTotals.get(c.label) ?? 0) + c.total);
  }
  const subtract = (totals: Map<string, number>, done: Record<string, number>) => {
    const left: Record<string, number> = {};
    for (const [key, n] of totals) if (n - (done[key] ?? 0) > 0) left[key] = n - (done[key] ?? 0);
    return left;
  };
  const byType = subtract(byTypeTotals, given.byType);
  const labelled = counts.length > 0 && counts.every((c) => c.label !== null);
  return {
    total: Object.values(byType).reduce((a, b) => a + b, 0),
    byType,
    byLabel: labelled ? subtract(byLabelTotals, given.byLabel) : null,
  };
}

/** Adds this page's neighbours (their types and labels) to what earlier pages gave. */
export function advance(
  cursor: PageCursor,
  page: { type: string; label: string }[],
): Pick<PageCursor, 'byType' | 'byLabel'> {
  const byType = { ...cursor.byType };
  const byLabel = { ...cursor.byLabel };
  for (const [type, n] of tally(page.map((p) => p.type))) byType[type] = (byType[type] ?? 0) + n;
  for (const [label, n] of tally(page.map((p) => p.label))) byLabel[label] = (byLabel[label] ?? 0) + n;
  return { byType, byLabel };
}

/**
 * The store is read in windows of `window` neighbours, each ranked on its own (newest events, best connected):
 * the page at `offset` reads the parts of the windows it falls in. The order is total and repeatable, so pages
 * never overlap.
 */
export function pageWindows(offset: number, limit: number, window: number) {
  const parts: { start: number; skip: number; limit: number }[] = [];
  for (let start = Math.floor(offset / window) * window; start < offset + limit; start += window) {
    const skip = Math.max(0, offset - start);
    parts.push({ start, skip, limit: Math.min(window, offset + limit - start) - skip });
  }
  return parts;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

const counts = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((n) => Number.isSafeInteger(n) && (n as number) >= 0);

/** A cursor the client sent back; anything else is a 400, never a crash. */
export function decodeCursor(text: string): PageCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new BadRequestError('cursor is not one this server gave');
  }
  const c = parsed as Partial<PageCursor>;
  if (typeof c?.center !== 'string' || typeof c.filter !== 'string' || !counts(c.byType) || !counts(c.byLabel))
    throw new BadRequestError('cursor is not one this server gave');
  return { center: c.center, filter: c.filter, byType: c.byType, byLabel: c.byLabel };
}
