import { ArticleContext } from './context';
import { gazetteer, slug } from './knowledge/gazetteer';
import { ExtractedEvent } from './events';
import { SOURCES } from './knowledge/lang/en';
import { EntityRef, Mention } from './types';

/**
 * Who reported: an outlet, body or government the text cites ("according to Xinhua", "PAP reported", "the
 * Treasury Department said", "Iranian news agency IRNA reported", "the Kremlin's readout"), the page's own
 * "Source: Xinhua" line, or the agency in its dateline ("SEOUL, Nov. 10 (Yonhap) --"). A source reports the
 * events its sentence tells; a sentence about the article's main event without telling one reports that event.
 */

// Events are reported by outlets and organisations (the graph contract); a state speaks through one of them.
const REPORTER_KINDS = new Set(['Outlet', 'Organization']);

/** Sources a sentence cites. */
export function findReporters(ctx: ArticleContext, sentence: number): Mention[] {
  const text = ctx.text(sentence);
  const mentions = ctx.mentionsIn(sentence).filter((m) => REPORTER_KINDS.has(m.entity.kind));
  const reporters: Mention[] = [];
  mentions.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end);
    const cued =
      SOURCES.before.test(before) ||
      SOURCES.inverted.test(before) ||
      SOURCES.after.test(after) ||
      SOURCES.readout.test(after);
    // A list continues the source: "quoting AP, Bloomberg, and Reuters".
    const listed =
      i > 0 &&
      reporters.includes(mentions[i - 1]) &&
      /^\s*(,|and|,\s*and|or)(\s+the\s+[\p{L} ]{0,30}?)?[.,]?\s*$/u.test(text.slice(mentions[i - 1].end, m.start));
    if ((cued || listed) && !gazetteer().demonyms.has(m.text.toLowerCase())) reporters.push(m);
  });
  return reporters;
}

/** An outlet a page names in its dateline or a "Source:" line: a known one, else the name as written. */
function outletNamed(name: string): EntityRef | null {
  const g = gazetteer();
  for (const part of [name, ...name.split(/\s*[/|,–—-]\s*|\s+-\s+/)]) {
    const clean = part.replace(/^the\s+/i, '').trim();
    const known = g.outletByName.get(clean.toLowerCase());
    if (known) return known;
  }
  const single = name.trim();
  return /^[\p{Lu}][\p{L}.&' ]{1,40}$/u.test(single)
    ? { id: `outlet:${slug(single)}`, kind: 'Outlet', name: single }
    : null;
}

/** The event the article is about: a multi-party event in the headline or lede, else the most told one. */
export function mainEvent(events: ExtractedEvent[]): ExtractedEvent | undefined {
  const score = (e: ExtractedEvent) =>
    e.sentences.length + (Math.min(...e.sentences) < 2 ? 3 : 0) + e.participants.size;
  return events.filter((e) => e.kind !== 'invasion').sort((a, b) => score(b) - score(a))[0];
}

/** "the Russian and Chinese presidents", "the two leaders' statement": every party's state, and a word for them. */
function partiesByOffice(ctx: ArticleContext, main: ExtractedEvent, sentence: number, named: Set<string>): boolean {
  const states = [...main.participants.keys()].map((id) => (ctx.roles.get(id) ?? []).map((r) => r.holder?.id));
  const all = states.every((holders) => holders.some((h) => h && named.has(h)));
  return all && /\b(?:presidents|leaders|heads of state|ministers|sides)\b/i.test(ctx.text(sentence));
}

/** Stage: REPORTED_BY facts, each with the sentence that cites the source. */
export function writeReporterFacts(
  ctx: ArticleContext,
  events: ExtractedEvent[],
  reportersBySentence: Mention[][],
  pageSources: string[],
): void {
  const main = mainEvent(events);
  reportersBySentence.forEach((reporters, sentence) => {
    if (reporters.length === 0) return;
    let targets = events.filter((e) => e.kind !== 'invasion' && e.sentences.includes(sentence));
    let rule = 'source-cue';
    if (targets.length === 0 && main) {
      const named = new Set(ctx.mentionsIn(sentence).map((m) => m.entity.id));
      if ([...main.participants.keys()].some((id) => named.has(id)) || partiesByOffice(ctx, main, sentence, named)) {
        targets = [main];
        rule = 'source-cue-main-event';
      }
    }
    for (const event of targets)
      for (const r of reporters) ctx.addFact('REPORTED_BY', event.entity.id, r.entity.id, [sentence], rule);
  });
  if (!main) return;
  // The page's own source line and dateline report its main event; the lede is their evidence.
  for (const name of pageSources) {
    const outlet = outletNamed(name);
    if (!outlet) continue;
    const mentioned = ctx.mentions.find((m) => m.entity.id === outlet.id);
    ctx.addEntity(outlet);
    ctx.addFact('REPORTED_BY', main.entity.id, outlet.id, [mentioned?.sentence ?? main.sentences[0]], 'page-source');
  }
}

export { outletNamed };
