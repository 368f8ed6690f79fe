import { Sentence } from './context';
import { CLAUSES } from './knowledge/lang/en';

/**
 * Where an event sits among others: "the second call between the two leaders since the invasion" (a series,
 * which tells apart the calls of the same two people across articles) and "coincided with the third anniversary
 * of the invasion" (a date, once the other event's is known).
 */

export interface Anchor {
  sentence: number;
  start: number;
}

export interface Anniversary {
  years: number;
  sentence: number;
  /** Where "anniversary of" ends: the event it counts from is told after this offset. */
  after: number;
}

/** "2 since invasion": the event's number in the series the text counts, and the kind of event it counts from. */
export type Sequence = string;

/** "second", "3rd", "25th" → 2, 3, 25. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  const named = CLAUSES.ordinals.get(w);
  if (named) return named;
  const numbered = w.match(/^(\d{1,3})(?:st|nd|rd|th)$/);
  return numbered ? Number(numbered[1]) : null;
}

/** "… coincided with the third anniversary of …" after the trigger, in its sentence. */
export function anniversaryCue(s: Sentence, triggerEnd: number): Anniversary | undefined {
  const rest = s.text.slice(triggerEnd);
  const m = rest.match(CLAUSES.anniversary);
  const years = m ? ordinalValue(m[1]) : null;
  if (!m || !years) return undefined;
  return { years, sentence: s.index, after: triggerEnd + m.index! + m[0].length };
}

/**
 * "the second reported call … since Putin launched his invasion": an ordinal before the trigger (or before
 * "time", for "the call is the second time they have spoken"), and a "since" followed by another event's trigger.
 */
export function sequenceCue(
  s: Sentence,
  trigger: { start: number; end: number },
  laterTriggers: { start: number; kind: string }[],
): Sequence | undefined {
  const since = s.tokens.find((t) => t.lemma === 'since' && t.start > trigger.start);
  if (!since) return undefined;
  const counted = laterTriggers.find((h) => h.start > since.start);
  if (!counted) return undefined;
  for (const m of s.text.slice(0, since.start).matchAll(CLAUSES.sequence)) {
    const ordinal = ordinalValue(m[1]);
    const end = m.index! + m[0].length;
    // The ordinal counts this trigger ("the second call") or a "time" the trigger's sentence equates it with.
    const countsTrigger = end === trigger.end || (end > trigger.end && /time$/i.test(m[0]));
    if (ordinal && countsTrigger) return `${ordinal} since ${counted.kind}`;
  }
  return undefined;
}

/** `2022-02-24` + 3 years → `2025-02-24` (29 February falls back to the 28th). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

interface Dated {
  date: string | null;
  dateRule: string | null;
  anchors: Anchor[];
  anniversary?: Anniversary;
}

/** Stage: an undated event on the anniversary of a dated one takes its day, that many years on. */
export function resolveAnniversaries<E extends Dated>(events: E[]): void {
  for (const e of events) {
    const cue = e.anniversary;
    if (e.date || !cue) continue;
    const base = events.find(
      (o) => o !== e && o.anchors.some((a) => a.sentence === cue.sentence && a.start >= cue.after),
    );
    if (base?.date?.length === 10) {
      e.date = addYears(base.date, cue.years);
      e.dateRule = 'anniversary';
    }
  }
}
