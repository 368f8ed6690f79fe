import { parsePartialDate } from '../date-span';

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
        if (!this.error.hidden && readDateRange(from.value, to.value).ok) this.showError(null);
      });
    }
  }

  /** The range as set elsewhere (the brush, a cleared filter, a shared view): the boxes say it, without error. */
  show(from: string | null, to: string | null): void {
    this.from.value = from ?? '';
    this.to.value = to ?? '';
    this.showError(null);
  }

  /** Whether the boxes read right; when they do not, says why (without applying anything). */
  check(): boolean {
    const range = readDateRange(this.from.value, this.to.value);
    this.showError(range.ok ? null : range);
    return range.ok;
  }

  private apply(): void {
    const range = readDateRange(this.from.value, this.to.value);
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
