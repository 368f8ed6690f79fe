import { Span } from '../text/span';
import { READOUT_RULES } from '../../ingest/knowledge/lang/en';

const rules = READOUT_RULES.claims;

/** Which rule found the claim: an attribution that opens or closes the sentence, a verb of saying, quotes. */
export type ClaimRule = 'leading-attribution' | 'trailing-attribution' | 'speech-verb' | 'quotes' | 'none';

/** Where a sentence says who said it: an attribution that opens or closes it, or the subject of its verb of saying. */
export interface Attribution extends Span {
  kind: 'leading' | 'trailing' | 'speaker';
}

export interface Claim {
  /** What the source said: the words to highlight (none when the sentence reports nothing anyone said). */
  spans: Span[];
  /** Where the sentence says who said it ("according to …", "The Kremlin said"), in that order. */
  attribution: Attribution[];
  rule: ClaimRule;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Phrases as one alternation, longest first, any white space between their words. */
const phrases = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/\s+/g, '\\s+'))
    .join('|');
const word = (alternation: string) => `(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`;

const OPENERS = new Map(rules.quotes.pairs.map(([open, close]) => [open, close]));
const QUOTE_CHARS = [...new Set(rules.quotes.pairs.flat())].map(escape).join('');
const ANY_QUOTE = new RegExp(`[${QUOTE_CHARS}]`, 'u');
const CLOSERS = new Set(rules.quotes.pairs.map(([, close]) => close));
const LEADING = new RegExp(`^\\s*${word(phrases(rules.leading.cues))}[^,${QUOTE_CHARS}]{1,150},\\s*`, 'iu');
const TRAILING_CUE = new RegExp(word(phrases(rules.trailing.cues)), 'iu');
const LISTENER_VERBS = new Set(rules.speech.listenerVerbs);
const SPEECH = new RegExp(
  `${word(`(${phrases(rules.speech.verbs)})`)}((?:\\s+[^\\s${QUOTE_CHARS}]+){0,${rules.speech.gap}}?)\\s+(?:(that)\\s+|(?=[${QUOTE_CHARS}]))`,
  'iu',
);
const SETTINGS = new Set(rules.speech.settings);
const BARE = new RegExp(
  `(?<!${word(phrases(rules.bare.notAfter))}\\s+)${word(`(${phrases(rules.bare.verbs)})`)}\\s+(?=\\p{L})`,
  'iu',
);
const INTRODUCER = new RegExp(`,\\s+${word(phrases(rules.introducers.words))}\\s+(?:that\\s+)?`, 'iu');

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The span without white space or a dangling comma at its start, nor a comma, semicolon, colon or dash at its end. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Where an attribution at the end of the sentence starts: the nearest comma or closing quote before one. */
function trailingAttribution(text: string, from: number): number | null {
  for (let at = text.length - 1; at > from; at--) {
    const before = text[at - 1];
    const boundary = before === ',' || (CLOSERS.has(before) && /[\s,.]/.test(text[at] ?? ''));
    if (!boundary) continue;
    const tail = text.slice(at);
    // Further left the tail would hold a quote, or be too long to be an attribution: none there.
    if (ANY_QUOTE.test(tail) || words(tail) > rules.trailing.maxWords) return null;
    // A comma goes with the attribution; a closing quote stays with the words it closes.
    if (TRAILING_CUE.test(tail)) return before === ',' ? at - 1 : at;
  }
  return null;
}

/** The end of the quote that opens at `at`, or `limit` when it never closes. */
function quoteEnd(text: string, at: number, limit: number): number {
  const close = OPENERS.get(text[at]);
  const found = close ? text.indexOf(close, at + 1) : -1;
  return found === -1 || found >= limit ? limit : found + 1;
}

/** Quoted passages of at least `minWords` words; one left open runs to `limit`. */
function quotedPassages(text: string, from: number, limit: number): Span[] {
  const spans: Span[] = [];
  for (let at = from; at < limit; at++) {
    if (!OPENERS.has(text[at])) continue;
    const end = quoteEnd(text, at, limit);
    if (words(text.slice(at + 1, end - 1)) >= rules.quotes.minWords) spans.push({ start: at, end });
    at = end - 1;
  }
  return spans;
}

interface Handover {
  /** Where the reported words are handed over: after "that", at the quote, after ", saying". */
  at: number;
  /** A "that", a quote or a ", saying" marks it; otherwise the clause merely follows the verb. */
  marked: boolean;
  claim: Span;
  speaker: Span;
}

/** A verb of saying and what it hands over: its own "that" clause, its quote, or all that follows it. */
function verbHandover(text: string, core: Span, inside: string): Handover | null {
  const speech = SPEECH.exec(inside);
  const bare = speech ? null : BARE.exec(inside);
  const found = speech ?? bare;
  if (!found) return null;
  const verbEnd = core.start + found.index + found[1].length;
  const speaker = { start: core.start, end: verbEnd };
  const unmarked = { at: verbEnd, marked: false, claim: { start: verbEnd, end: core.end }, speaker };
  if (!speech) return unmarked;
  const gap = speech[2].trim();
  const listener = LISTENER_VERBS.has(speech[1].toLowerCase());
  const at = core.start + speech.index + speech[0].length;
  if (speech[3] !== undefined) {
    // A gap that is neither a listener nor a setting is the verb's object: a "that" after it is a relative.
    const own = gap === '' || listener || SETTINGS.has(gap.split(/\s+/)[0].toLowerCase());
    return own ? { at, marked: true, claim: { start: at, end: core.end }, speaker } : unmarked;
  }
  // "told Putin “…”": the listener is not what was said; "stressed China had “…”": all after the verb is.
  if (listener || gap === '')
    return { at, marked: true, claim: { start: at, end: quoteEnd(text, at, core.end) }, speaker };
  return unmarked;
}

/** Where the words reported start after a verb of saying or a ", saying", and where the speaker's part ends. */
function speechClause(text: string, core: Span): Handover | null {
  const inside = text.slice(core.start, core.end);
  const options: Handover[] = [];
  const verb = verbHandover(text, core, inside);
  if (verb) options.push(verb);
  const introducer = INTRODUCER.exec(inside);
  if (introducer) {
    const comma = core.start + introducer.index;
    const at = comma + introducer[0].length;
    options.push({ at, marked: true, claim: { start: at, end: core.end }, speaker: { start: core.start, end: comma } });
  }
  // A marked hand-over wins, the first of them: "reported the conversation …, saying Xi “noted …”" hands over
  // at "saying"; a verb that merely precedes its clause only when nothing marks one.
  return options.sort((a, b) => Number(b.marked) - Number(a.marked) || a.at - b.at)[0] ?? null;
}

/**
 * What a sentence reports someone said, as spans of its text, and where it says who said it. In order: strip an
 * attribution that opens ("According to CCTV, …") or closes it ("…, Xinhua reported."); inside what is left, the
 * clause a verb of saying introduces ("told Putin that …", "…, saying …"), else all of it; with no attribution
 * and no such verb, its quoted words; else nothing. The rules are data (the language pack's readout-claim-rules.json).
 */
export function claimOf(text: string): Claim {
  const attribution: Attribution[] = [];
  const leading = LEADING.exec(text);
  const coreStart = leading ? leading[0].length : 0;
  if (leading) attribution.push({ kind: 'leading', ...trimmed(text, { start: 0, end: coreStart }) });
  const trailingAt = trailingAttribution(text, coreStart);
  const coreEnd = trailingAt ?? text.length;
  if (trailingAt !== null)
    attribution.push({ kind: 'trailing', ...trimmed(text, { start: trailingAt, end: text.length }) });
  const core = trimmed(text, { start: coreStart, end: coreEnd });

  const clause = speechClause(text, core);
  if (clause) {
    const claim = trimmed(text, clause.claim);
    if (claim.end > claim.start)
      return {
        spans: [claim],
        attribution: [...attribution, { kind: 'speaker', ...trimmed(text, clause.speaker) }],
        rule: 'speech-verb',
      };
  }
  if (leading || trailingAt !== null)
    return { spans: [core], attribution, rule: leading ? 'leading-attribution' : 'trailing-attribution' };
  const quotes = quotedPassages(text, 0, text.length);
  return { spans: quotes, attribution: [], rule: quotes.length ? 'quotes' : 'none' };
}
