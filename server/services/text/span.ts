/** A stretch of a sentence's text: [start, end) in UTF-16 code units, as `String.prototype.slice` counts them. */
export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
