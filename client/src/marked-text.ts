import type { Span } from './api';

/** Appends text[from, to) to `parent`, the parts inside `marks` wrapped by `wrap` (clipped to the range). */
function appendMarked(
  parent: Node,
  text: string,
  from: number,
  to: number,
  marks: Span[],
  wrap: (span: Span) => HTMLElement,
): void {
  let at = from;
  for (const span of marks) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, to);
    if (end <= start) continue;
    parent.appendChild(document.createTextNode(text.slice(at, start)));
    const mark = wrap(span);
    mark.append(text.slice(start, end));
    parent.appendChild(mark);
    at = end;
  }
  parent.appendChild(document.createTextNode(text.slice(at, to)));
}

const ordered = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start);

/**
 * Text with two layers of highlighting, built as nodes (never markup): outer spans (a claim) each wrapped once,
 * inner spans (a mention, a word only this source has) wrapped inside or outside them.
 */
export function markedText(
  text: string,
  outer: Span[],
  wrapOuter: (span: Span) => HTMLElement,
  inner: Span[] = [],
  wrapInner: (span: Span) => HTMLElement = () => document.createElement('span'),
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const marks = ordered(inner);
  let at = 0;
  for (const span of ordered(outer)) {
    if (span.start < at) continue;
    appendMarked(fragment, text, at, span.start, marks, wrapInner);
    const wrapper = wrapOuter(span);
    appendMarked(wrapper, text, span.start, span.end, marks, wrapInner);
    fragment.appendChild(wrapper);
    at = span.end;
  }
  appendMarked(fragment, text, at, text.length, marks, wrapInner);
  return fragment;
}
