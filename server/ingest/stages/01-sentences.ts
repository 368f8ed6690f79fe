import { Dependency, NlpDoc, NlpSentence, NlpToken } from '../../nlp/types';
import { Sentence } from '../context';
import { TextLine } from '../read/article-text';
import { DependencyGraph } from '../syntax/graph';
import {
  repairDateAsSubject,
  repairFinalAttribution,
  repairIdiomComplements,
  repairQuantities,
  repairQuotativeInversion,
  repairReducedRelative,
  repairUnlabelled,
} from '../syntax/repair';
import { EVENT_SYNTAX } from '../knowledge/lang/en/syntax-rules';
import { Stage } from '../stage';

/** The parse with the parser's recurring failures in news prose mended (syntax/repair.ts), one repair after another. */
function repaired(tokens: NlpToken[], deps: Dependency[]): Dependency[] {
  let mended = repairUnlabelled(tokens, deps);
  mended = repairDateAsSubject(tokens, mended);
  mended = repairReducedRelative(tokens, mended);
  mended = repairQuotativeInversion(tokens, mended, EVENT_SYNTAX.invertingVerbs);
  mended = repairFinalAttribution(tokens, mended, EVENT_SYNTAX.invertingVerbs);
  mended = repairIdiomComplements(tokens, mended, EVENT_SYNTAX.idiomComplements);
  return repairQuantities(tokens, mended, EVENT_SYNTAX.quantities);
}

/**
 * Stage 1: the annotated text as the article's sentences. Repeats are dropped (a page that prints its standfirst
 * twice), a list item's number joins its item, and a two-word fragment joins the sentence before it; each keeps its
 * tokens (offsets relative to the sentence) and its dependency graph, re-indexed when fragments join.
 */
export function sentencesOf(doc: NlpDoc, lines: TextLine[]): Sentence[] {
  const lineStarts: number[] = [];
  let at = 0;
  for (const line of doc.text.split('\n')) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length - 1;
  const spans: { start: number; end: number; line: number; parts: NlpSentence[] }[] = [];
  let marker: { start: number; line: number; sentence: NlpSentence } | null = null;
  for (const s of doc.sentences) {
    const line = lineOf(s.start);
    const words = s.tokens.filter((t) => t.pos !== 'PUNCT').length;
    const last = spans[spans.length - 1];
    // "1." alone: a list item's number belongs to the item after it.
    if (/^\s*(?:\d{1,2}[.)]|[•·*-])\s*$/.test(doc.text.slice(s.start, s.end))) {
      marker = { start: s.start, line, sentence: s };
      continue;
    }
    const item = marker && marker.line === line ? marker : null;
    marker = null;
    if (last && last.line === line && words < 3 && !/^["“]/.test(doc.text.slice(s.start, s.end))) {
      last.end = s.end;
      last.parts.push(s);
    } else spans.push({ start: item ? item.start : s.start, end: s.end, line, parts: item ? [item.sentence, s] : [s] });
  }
  const seen = new Set<string>();
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end).trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    const tokens = span.parts
      .flatMap((p) => p.tokens)
      .map((t) => ({ ...t, start: t.start - span.start, end: t.end - span.start }));
    const deps: Dependency[] = [];
    let offset = 0;
    for (const part of span.parts) {
      for (const [governor, relation, dependent] of part.deps ?? [])
        deps.push([governor < 0 ? -1 : governor + offset, relation, dependent + offset]);
      offset += part.tokens.length;
    }
    const line = lines[span.line];
    sentences.push({
      index: sentences.length,
      text,
      tokens,
      graph: new DependencyGraph(tokens, repaired(tokens, deps)),
      headline: line?.headline ?? false,
      caption: line?.caption ?? false,
      dateline: line?.dateline ?? false,
    });
  }
  return sentences;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  about: 'the annotated text as sentences: repeats dropped, fragments joined, each with its dependency graph',
  run: (ctx) => ctx.setSentences(sentencesOf(ctx.input.doc, ctx.input.lines)),
};
