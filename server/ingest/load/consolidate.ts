import { WriteTx } from '../../db/executor';
import { sameHappening } from '../knowledge/happening';

/**
 * One event, however many articles tell it. An article's event id carries its kind, date and parties, so two
 * articles that date the same call differently ("on Wednesday" resolved, "today" with no publication date, "has
 * told" standing for the publication day) make different nodes. After each load, events with exactly the same
 * parties are compared and the less precise telling folds into the one that dates it, when exactly one fits.
 * Rules, most certain first:
 */
export const MERGE_RULES = {
  'same-day-same-family':
    'same parties, same day, kinds of one happening ("talks" and "meeting"): one event, named by the kind first told',
  'month-to-day': 'dated only to the month or year, and one event of the family between the same parties that month',
  'publication-day-to-day':
    'dated by a present-tense lede to the publication day, and one event of the family in the week before',
  'undated-by-sequence':
    'undated, and the one event between the same parties the texts count the same way ("the second call since the invasion")',
  'undated-to-only-twin':
    'undated, and one dated event of the family between the same parties (near the publication date when known)',
  'undated-by-shared-source':
    'undated, and of the dated events of the family between the same parties one reported by the same outlet or office',
} as const;

export type MergeRule = keyof typeof MERGE_RULES;

export interface EventSummary {
  id: string;
  kind: string;
  /** The CAMEO code of its kind, when the taxonomy gives one. */
  cameo?: string | null;
  /** A state of affairs (a war, an occupation): talked about for years after it began. */
  lasting?: boolean | null;
  date: string | null;
  dateRule: string | null;
  planned: boolean | null;
  sequence: string | null;
  /** Publication dates of the articles that tell it. */
  published: (string | null)[];
  /** Ids of who reported it (outlets, offices). */
  reporters?: string[];
}

export interface EventMerge {
  from: string;
  into: string;
  rule: MergeRule;
}

const oneKind = (a: EventSummary, b: EventSummary) =>
  sameHappening({ kind: a.kind, cameo: a.cameo ?? null }, { kind: b.kind, cameo: b.cameo ?? null });
const DAY = 86_400_000;
const WEAK_RULE = 'present-tense-lede';

const isFirmDay = (e: EventSummary) => e.date?.length === 10 && e.dateRule !== WEAK_RULE;
const days = (iso: string) => Date.parse(`${iso.slice(0, 10)}T12:00:00Z`) / DAY;

/** Where an undated telling's event can lie: around the publication (after it, for a plan), else anywhere. */
function publicationWindow(e: EventSummary): (date: string) => boolean {
  // An invasion is talked about for years after it began.
  if (e.lasting) return () => true;
  const published = e.published.filter((p): p is string => !!p && p.length >= 10).map(days);
  if (published.length === 0) return () => true;
  const first = Math.min(...published);
  const last = Math.max(...published);
  return e.planned
    ? (date) => days(date) >= first - 1 && days(date) <= last + 366
    : (date) => days(date) >= first - 31 && days(date) <= last + 1;
}

/** The firm-dated event this less precise telling is, with the rule that says so; none when it is unclear. */
function targetOf(e: EventSummary, group: EventSummary[]): { into: EventSummary; rule: MergeRule } | null {
  if (isFirmDay(e)) return null;
  const firm = group.filter((o) => o !== e && isFirmDay(o) && oneKind(o, e));
  const one = (list: EventSummary[], rule: MergeRule) => (list.length === 1 ? { into: list[0], rule } : null);
  if (e.date && e.date.length < 10)
    return one(
      firm.filter((o) => o.date!.startsWith(e.date!)),
      'month-to-day',
    );
  if (e.date) {
    const weak = days(e.date);
    return one(
      firm.filter((o) => days(o.date!) <= weak && days(o.date!) >= weak - 7),
      'publication-day-to-day',
    );
  }
  const inWindow = firm.filter((o) => publicationWindow(e)(o.date!));
  if (e.sequence) {
    const counted = inWindow.filter((o) => o.sequence === e.sequence);
    if (counted.length) return one(counted, 'undated-by-sequence');
    return one(
      inWindow.filter((o) => !o.sequence),
      'undated-to-only-twin',
    );
  }
  if (inWindow.length > 1) {
    // Several calls between the same leaders: the one the same outlets or readouts reported is this one.
    const reporters = new Set(e.reporters ?? []);
    return one(
      inWindow.filter((o) => (o.reporters ?? []).some((r) => reporters.has(r))),
      'undated-by-shared-source',
    );
  }
  return one(inWindow, 'undated-to-only-twin');
}

/**
 * The merges for groups of events with the same parties (each group: one event and its twins). Pure: the
 * database is read before and written after.
 */
export function planEventMerges(groups: EventSummary[][]): EventMerge[] {
  const merges = new Map<string, EventMerge>();
  const seen = new Set<string>();
  for (const raw of groups) {
    const group = [...new Map(raw.map((e) => [e.id, e])).values()];
    const key = group
      .map((e) => e.id)
      .sort()
      .join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    // Same day, kinds of one happening: one event, named by the one whose id sorts first (a stable choice).
    const canonical = new Map<string, string>();
    const days = group.filter(isFirmDay).sort((a, b) => a.id.localeCompare(b.id));
    for (const e of days) {
      if (canonical.has(e.id)) continue;
      for (const o of days)
        if (o !== e && !canonical.has(o.id) && o.date === e.date && oneKind(o, e)) {
          canonical.set(o.id, e.id);
          merges.set(o.id, { from: o.id, into: e.id, rule: 'same-day-same-family' });
        }
    }
    // Dated tellings first: what they bring (who reported them) counts for the undated ones.
    const reported = new Map(group.map((e) => [e.id, new Set(e.reporters ?? [])]));
    const dated = group.filter((e) => e.date);
    for (const e of [...dated, ...group.filter((e) => !e.date)]) {
      const target = targetOf(
        e,
        group.map((o) => ({ ...o, reporters: [...reported.get(o.id)!] })),
      );
      if (!target) continue;
      const into = canonical.get(target.into.id) ?? target.into.id;
      merges.set(e.id, { from: e.id, into, rule: target.rule });
      for (const r of reported.get(e.id)!) reported.get(target.into.id)!.add(r);
    }
  }
  return [...merges.values()];
}

/** Stage of the load: reads the twins of the batch's events, plans, folds; returns how many merged. */
export async function consolidateEvents(tx: WriteTx, eventIds: string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  const rows = await tx.runNamed('ingest/event-twins', { eventIds });
  const groups = rows.map((row) => row.twins as unknown as EventSummary[]);
  const merges = planEventMerges(groups);
  if (merges.length) await tx.runNamed('ingest/merge-events', { merges });
  return merges.length;
}
