import type { LeftOut } from './api';

/**
 * "+N more" for one node. The server's cursor records how many neighbours of each type it has given, whatever
 * the type filter of the request, so one chain per node serves both "+N all" and "+N KNOWS": each click passes
 * the node's latest cursor and gets only new neighbours. No DOM: unit-tested in Node.
 */

export interface PageAnswer {
  cursor: string | null;
  more: LeftOut;
}

export interface NodePaging {
  /** The latest cursor of this node's chain (null: nothing was ever left out). */
  cursor: string | null;
  /** What is left per type, as the latest answer about each type said. */
  left: Record<string, number>;
  /** What is left per label; null once a per-type page made the last all-types count stale. */
  byLabel: Record<string, number> | null;
}

/** What the "+N more" box offers. */
export interface MoreOffer {
  total: number;
  /** Left of all types together, null when nothing is. */
  all: number | null;
  byType: { type: string; count: number }[];
  byLabel: { label: string; count: number }[] | null;
}

/** Records an answer: `types` undefined for all neighbours; without `previous` the node starts afresh. */
export function recordPage(
  previous: NodePaging | undefined,
  types: string | undefined,
  answer: PageAnswer,
): NodePaging {
  if (!previous || types === undefined)
    return { cursor: answer.cursor, left: { ...answer.more.byType }, byLabel: answer.more.byLabel };
  const left = { ...previous.left };
  for (const type of types.split(',')) left[type] = answer.more.byType[type] ?? 0;
  return { cursor: answer.cursor ?? previous.cursor, left, byLabel: null };
}

/** The cursor for the next page: undefined to start afresh, null when nothing is left to ask for. */
export function cursorFor(paging: NodePaging | undefined, types: string | undefined): string | null | undefined {
  if (!paging) return undefined;
  const left = types === undefined ? total(paging) : types.split(',').reduce((n, t) => n + (paging.left[t] ?? 0), 0);
  return left > 0 ? paging.cursor : null;
}

const total = (paging: NodePaging) => Object.values(paging.left).reduce((a, b) => a + b, 0);

export function moreOffer(paging: NodePaging): MoreOffer {
  const byType = Object.entries(paging.left)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const sum = byType.reduce((n, t) => n + t.count, 0);
  return {
    total: sum,
    all: sum > 0 && paging.cursor !== null ? sum : null,
    byType,
    byLabel: paging.byLabel
      ? Object.entries(paging.byLabel)
          .filter(([, n]) => n > 0)
          .map(([label, count]) => ({ label, count }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      : null,
  };
}
