import * as chrono from 'chrono-node';

/** An ISO date as precise as the text allows: `2022-06-15`, `2022-06` or `2022`. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const FUTURE =
  /\b(will|shall|plan|plans|planning|planned to|set to|is to|are to|next|upcoming|scheduled|expected to|would)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** An ISO date as a Date at noon UTC; a year-month (a URL's "/2024/01/") stands for the last day of that month. */
export function parseIsoDate(iso: string | null): Date | null {
  if (!iso) return null;
  const m = iso.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?/);
  if (!m) return null;
  if (m[3]) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0, 12));
}

/** "/2024/01/" or "/2024-01-26/" in a URL: when the page was put up, as precise as the path says. */
export function dateFromUrl(url: string | null): string | null {
  const m = url?.match(/\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:[/-]|$)/);
  return m ? `${m[1]}-${m[2]}${m[3] ? `-${m[3]}` : ''}` : null;
}

/** A weekday named alone is the last such day on or before publication (the next one for plans). */
function resolveWeekday(name: string, reference: Date, future: boolean): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const d = new Date(reference);
  const diff = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() + (future ? (7 - diff) % 7 : -diff));
  return isoDay(d);
}

/**
 * Dates in a sentence, resolved against the publication date (not forward: a past-tense event never lands
 * after publication), keeping precision. Without a publication date only dates that name their year count.
 */
export function findDates(
  sentence: string,
  published: string | null,
  /** Whether the words around an offset speak of the future; default: any future word in the sentence. */
  futureAt: (offset: number) => boolean = () => FUTURE.test(sentence),
): FoundDate[] {
  const reference = parseIsoDate(published);
  const results = chrono.parse(sentence, reference ? { instant: reference, timezone: 0 } : new Date(), {});
  const found: FoundDate[] = [];
  for (const r of results) {
    const text = r.text.trim();
    // "the day after …" is relative to another event, not to the page; "within a month" is a span of time.
    if (/^the day (after|before)$/i.test(text) || /\b(week|hours?|minutes?)\b/i.test(text)) continue;
    if (/^(?:within|in|for|over|after)?\s*(?:a|an|one|two|three|several|\d+)\s+(?:days?|months?|years?)$/i.test(text))
      continue;
    const future = futureAt(r.index);
    const start = r.start;
    const yearKnown = start.isCertain('year');
    const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
    let iso: string | null = null;
    if (weekdayOnly) {
      const day = WEEKDAYS.find((w) => text.toLowerCase().includes(w));
      if (reference && day) iso = resolveWeekday(day, reference, future);
    } else if (/^(today|tonight|this morning|this afternoon|this evening)$/i.test(text)) {
      if (reference) iso = isoDay(reference);
    } else if (/^yesterday$/i.test(text)) {
      if (reference) iso = isoDay(new Date(reference.getTime() - 86_400_000));
    } else if (start.isCertain('month')) {
      let year = start.get('year')!;
      const month = start.get('month')!;
      const day = start.isCertain('day') ? start.get('day')! : null;
      if (!yearKnown) {
        if (!reference) continue;
        year = reference.getUTCFullYear();
        // "February of last year", "this year's Jan. 8", "in March next year": the text says which year.
        const after = sentence.slice(r.index + r.text.length, r.index + r.text.length + 16);
        const before = sentence.slice(Math.max(0, r.index - 14), r.index);
        const relative =
          /^\s*(?:of\s+)?(last|this|next)\s+year\b/i.exec(after) ?? /\b(last|this|next) year['’]s\s+$/i.exec(before);
        if (relative) year += { last: -1, this: 0, next: 1 }[relative[1].toLowerCase() as 'last' | 'this' | 'next'];
        else {
          const candidate = Date.UTC(year, month - 1, day ?? 1);
          if (!future && candidate > reference.getTime()) year -= 1;
        }
      }
      iso = day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
    } else if (yearKnown && /^\d{4}$/.test(text)) {
      iso = text;
    }
    if (iso) found.push({ iso, start: r.index, end: r.index + r.text.length });
  }
  // "on the 23rd": a day of the reference month (of the one before, if that day is still to come).
  if (reference)
    for (const m of sentence.matchAll(/\bon the (\d{1,2})(?:st|nd|rd|th)\b/g)) {
      const future = futureAt(m.index!);
      const day = Number(m[1]);
      if (day < 1 || day > 31 || found.some((f) => m.index! >= f.start && m.index! < f.end)) continue;
      const d = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), day, 12));
      if (!future && d > reference) d.setUTCMonth(d.getUTCMonth() - 1);
      found.push({ iso: isoDay(d), start: m.index!, end: m.index! + m[0].length });
    }
  // A bare year ("Moscow's 2022 invasion") is a date too, with year precision.
  for (const m of sentence.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)) {
    if (!found.some((f) => m.index! >= f.start && m.index! < f.end)) {
      found.push({ iso: m[1], start: m.index!, end: m.index! + 4 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Adds whole years to an ISO date of any precision. */
export function addYears(iso: string, years: number): string {
  return String(Number(iso.slice(0, 4)) + years) + iso.slice(4);
}

export function addDays(iso: string, days: number): string | null {
  const d = parseIsoDate(iso);
  if (!d || iso.length < 10) return null;
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/**
 * An ISO date moved by a span of days (D), weeks (W), months (M) or years (Y), at the precision the span allows:
 * "four months before 2024-10-01" is 2024-06, "a year before" 2023; null when the date is too coarse for the span.
 */
export function shiftDate(iso: string, count: number, unit: 'D' | 'W' | 'M' | 'Y'): string | null {
  if (unit === 'Y') return String(Number(iso.slice(0, 4)) + count);
  if (unit === 'M') {
    if (iso.length < 7) return null;
    const months = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + count;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }
  return addDays(iso, unit === 'W' ? count * 7 : count);
}

/** Two dates can describe one event when one is a prefix of the other ("2022-06" and "2022-06-15"). */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

export function morePrecise(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

const DAY_OR_MONTH =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** "During Wednesday's call": the day a text names that no publication date resolves, lower-cased, if any. */
export function unresolvedDateWords(text: string): string | undefined {
  // "May" is a modal verb as often as a month; only a capitalised one counts.
  const m = text.match(DAY_OR_MONTH);
  if (!m || (m[1].toLowerCase() === 'may' && m[1] !== 'May')) return undefined;
  return m[1].toLowerCase();
}
