import { parsePartialDate } from '../date-span';
import { readNumberRange } from './numeric-scale';
import { SliceKind } from './slice-property';

export type DateRangeInput =
  { ok: true; from: string | null; to: string | null } | { ok: false; field: 'from' | 'to'; message: string };

const FORMAT = 'use YYYY, YYYY-MM or YYYY-MM-DD';

/** What the two boxes say: a range (either end may be open), or what is wrong with it and in which box. */
export function readDateRange(fromText: string, toText: string): DateRangeInput {
  const from = fromText.trim() || null;
  const to = toText.trim() || null;
  const fromSpan = from ? parsePartialDate(from) : null;
  const toSpan = to ? parsePartialDate(to) : null;
  if (from && !fromSpan) return { ok: false, field: 'from', message: `From “${from}” is not a date: ${FORMAT}` };
  if (to && !toSpan) return { ok: false, field: 'to', message: `To “${to}” is not a date: ${FORMAT}` };
  if (fromSpan && toSpan && fromSpan.start >= toSpan.end)
    return { ok: false, field: 'to', message: `To (${to}) is before From (${from})` };
  return { ok: true, from, to };
}

/**
 * The From and To boxes: a valid pair is applied when a box is left or Enter is pressed; a wrong one is named
 * beside them (the filter stays as it was) until the boxes read right again or the range is set another way —
 * never left on screen once it no longer applies.
 */
export class DateInputs {
  /** What the boxes take: dates, or numbers while the timeline slices by a number property. */
  private kind: SliceKind = 'date';

  constructor(
    private readonly from: HTMLInputElement,
    private readonly to: HTMLInputElement,
    private readonly error: HTMLElement,
    private readonly applied: (from: string | null, to: string | null) => void,
  ) {
    for (const input of [from, to]) {
      input.addEventListener('change', () => this.apply());
      // The error goes as soon as the text is right again, before the box is left.
      input.addEventListener('input', () => {
        if (!this.error.hidden && this.read().ok) this.showError(null);
      });
    }
  }

  /** Dates or numbers, as the property the timeline slices by holds. */
  setKind(kind: SliceKind): void {
    this.kind = kind;
    for (const input of [this.from, this.to]) input.placeholder = kind === 'date' ? 'YYYY-MM-DD' : 'number';
  }

  private read() {
    return this.kind === 'date'
      ? readDateRange(this.from.value, this.to.value)
      : readNumberRange(this.from.value, this.to.value);
  }

  /** The range as set elsewhere (the brush, a cleared filter, a shared view): the boxes say it, without error. */
  show(from: string | null, to: string | null): void {
    this.from.value = from ?? '';
    this.to.value = to ?? '';
    this.showError(null);
  }

  /** Whether the boxes read right; when they do not, says why (without applying anything). */
  check(): boolean {
    const range = this.read();
    this.showError(range.ok ? null : range);
    return range.ok;
  }

  private apply(): void {
    const range = this.read();
    if (!range.ok) return this.showError(range);
    this.showError(null);
    this.applied(range.from, range.to);
  }

  private showError(problem: { field: 'from' | 'to'; message: string } | null): void {
    this.error.textContent = problem?.message ?? '';
    this.error.hidden = !problem;
    for (const [input, field] of [
      [this.from, 'from'],
      [this.to, 'to'],
    ] as const) {
      if (problem?.field === field) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}
