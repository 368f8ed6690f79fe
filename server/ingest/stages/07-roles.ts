import { ArticleContext } from '../context';
import { gazetteer } from '../knowledge/gazetteer';
import { TITLES } from '../knowledge/lang/en';
import { coreTitle, findTitles, TitleMatch, titleBefore } from '../knowledge/titles';
import { EntityRef, Mention } from '../types';
import { Stage } from '../stage';
import { datelinePlace } from './14-places';

/**
 * Offices and who holds them, from the ways news writes them:
 * - title-before-name   "Chinese President Xi Jinping", "India's Prime Minister Narendra Modi", "First Lady Jill Biden"
 * - title-of-before-name "Prime Minister of India, Narendra Modi"
 * - title-after-name    "Naledi Pandol, Minister of International Relations and Cooperation of South Africa",
 *                       "Abdel Fattah el-Sisi, President of the Arab Republic of Egypt", "James Cleverly, who was the foreign secretary"
 * - title-as            "appointed David Cameron as his new foreign secretary", "was sworn in as Polish prime minister"
 * - counterpart         "his Brazilian counterpart Luiz Inácio Lula da Silva": the office of the sentence's titled person
 * - possessive-person   "Germany's Olaf Scholz": tied to a state, office unstated
 * The holder is the country or organisation written before the office (a demonym, "India's", "NATO") or after it
 * ("of Egypt", "of the UAE Armed Forces"); without one the office is kept with no holder.
 */

const HOLDER_KINDS = new Set(['Country', 'Organization']);

function holderEntity(m: Mention | undefined): EntityRef | null {
  if (!m) return null;
  if (HOLDER_KINDS.has(m.entity.kind)) return m.entity;
  // "Crown Prince of Abu Dhabi": a capital or a city names its state's office here.
  if (m.entity.kind === 'Place' && m.entity.country) return gazetteer().countryByCode.get(m.entity.country) ?? null;
  return null;
}

const gap = (text: string, from: number, to: number) => text.slice(from, to);

/** The holder written right before the office: "Chinese", "India's", "NATO", "the UAE", "Japan's ruling". */
function holderBefore(ctx: ArticleContext, s: number, title: TitleMatch): Mention | undefined {
  const text = ctx.text(s);
  return ctx
    .mentionsIn(s)
    .filter((m) => m.end <= title.start && HOLDER_KINDS.has(m.entity.kind))
    .find((m) =>
      /^(?:['’]s)?\s*$|^\s+(?:ruling|main|opposition|counterparts?,?)\s+$/.test(gap(text, m.end, title.start)),
    );
}

/** The holder after "of": "President of Egypt", "Chairman of Abu Dhabi Executive Affairs Authority". */
function holderAfter(ctx: ArticleContext, s: number, title: TitleMatch): Mention | undefined {
  if (title.ofAt < 0) return undefined;
  const text = ctx.text(s);
  const candidates = ctx
    .mentionsIn(s)
    .filter((m) => m.start > title.ofAt && m.start <= title.end + 1 && holderEntity(m))
    .filter((m) => /\b(?:of|for)\s+(?:the\s+)?$/i.test(gap(text, Math.max(title.start, m.start - 12), m.start)));
  return candidates[candidates.length - 1];
}

/** "president of the court": the one organisation of the article that the noun names ("International Court of Justice"). */
function holderByNoun(ctx: ArticleContext, s: number, title: TitleMatch): EntityRef | null {
  if (title.ofAt < 0) return null;
  const noun = ctx
    .text(s)
    .slice(title.ofAt)
    .match(/^\s+(?:of|for)\s+the\s+([\p{Ll}]+)\b/u)?.[1];
  if (!noun) return null;
  const head = new RegExp(`\\b${noun}\\b`, 'i');
  const orgs = [...ctx.entities.values()].filter((e) => e.kind === 'Organization' && head.test(e.name));
  return orgs.length === 1 ? orgs[0] : null;
}

/**
 * "President of the Republic, Abdelmadjid Tebboune": a story filed from a state's own capital names that state's
 * offices by the noun its official style uses for it (the gazetteer's state nouns); the state is the dateline's.
 * Where the office phrase ends, and that state, or null.
 */
function officeOfTheState(
  ctx: ArticleContext,
  s: number,
  title: TitleMatch,
): { end: number; holder: EntityRef } | null {
  if (title.ofAt < 0) return null;
  const m = /^\s+of\s+the\s+(\p{L}+)/u.exec(ctx.text(s).slice(title.ofAt));
  if (!m || !gazetteer().stateNouns.has(m[1].toLowerCase())) return null;
  const place = datelinePlace(ctx);
  const holder = place?.country ? gazetteer().countryByCode.get(place.country) : undefined;
  return holder ? { end: title.ofAt + m[0].length, holder } : null;
}

/** The person right after the office: "President Xi Jinping", "Prime Minister of India, Narendra Modi". */
function personAfter(ctx: ArticleContext, s: number, from: number): Mention | undefined {
  const text = ctx.text(s);
  return ctx
    .mentionsIn(s)
    .find((m) => m.entity.kind === 'Person' && m.start >= from && /^[,:]?\s*$/.test(gap(text, from, m.start)));
}

/** ", the foreign secretary", ", who was the …", ", Egypt's …", " as his new …". */
export const APPOSITIVE =
  /^,\s*(?:(?:who|which)\s+(?:is|was|has been|had been|became)\s+)?(?:the\s+|an?\s+)?(?:[\p{Lu}][\p{L}]+['’]s\s+)?$|^\s+as\s+(?:(?:his|her|the|their)\s+)?(?:new\s+)?$/iu;
/** " is also Indonesia's ", " was the ": the person is the office. */
export const COPULA =
  /^\s+(?:is|was|has been|had been|became|becomes|remains|remained)\s+(?:also\s+|now\s+|still\s+)?(?:the\s+|an?\s+)?(?:(?:new|next|current|incoming|outgoing)\s+)?(?:[\p{Lu}][\p{L}]+(?:['’]s)?\s+)?$/u;
/** " was sworn in as Polish ", " has officially taken the reins as the next ", " served as Poland's ". */
export const TAKES_OFFICE =
  /^,?\s+(?:\d+,\s+)?(?:[\p{Ll}]+\s+){1,5}as\s+(?:the\s+|his\s+|her\s+)?(?:(?:new|next|first|current|interim|acting)\s+)?(?:[\p{Lu}][\p{L}]+(?:['’]s)?\s+)?$/u;

/** The person right before an appositive office: "Naledi Pandol, Minister of …", "Cleverly, who was the …". */
function personBefore(ctx: ArticleContext, s: number, title: TitleMatch): Mention | undefined {
  const text = ctx.text(s);
  return ctx
    .mentionsIn(s)
    .filter((m) => m.entity.kind === 'Person' && m.end <= title.start)
    .find(
      (m) =>
        APPOSITIVE.test(gap(text, m.end, title.start)) ||
        COPULA.test(gap(text, m.end, title.start)) ||
        TAKES_OFFICE.test(gap(text, m.end, title.start)),
    );
}

function record(
  ctx: ArticleContext,
  person: Mention,
  title: string | null,
  holder: EntityRef | null,
  s: number,
  rule: string,
) {
  ctx.addRole(person.entity.id, { holder, title, sentence: s, rule });
}

/** Stage: offices in every sentence, tied to the people who hold them. */
export function findRoles(ctx: ArticleContext): void {
  for (const sentence of ctx.sentences) {
    const s = sentence.index;
    const text = sentence.text;
    for (const title of findTitles(text)) {
      // An office inside a name the NER already found ("Crown Prince Court of Abu Dhabi") is not a title here.
      if (ctx.mentionsIn(s).some((m) => m.start < title.start && title.start < m.end && m.entity.kind !== 'Person'))
        continue;
      // "German Foreign Minister", "Former Thai Prime Minister": the area words took in the holder; it is the
      // holder, not the office, and the modifiers before it stay in the office ("Former Prime Minister").
      const onlyModifiers = (words: string) =>
        words
          .trim()
          .split(/[\s-]+/)
          .filter(Boolean)
          .every((w) => TITLES.modifiers.has(w.toLowerCase()));
      const inside = ctx
        .mentionsIn(s)
        .find(
          (m) =>
            m.start >= title.start &&
            m.end < title.end &&
            HOLDER_KINDS.has(m.entity.kind) &&
            (m.start < title.start + 3 || onlyModifiers(text.slice(title.start, m.start))),
        );
      if (inside) {
        const modifiers = text.slice(title.start, inside.start).trim();
        const office = text
          .slice(inside.end, title.end)
          .replace(/^['’]s/, '')
          .trim();
        title.title = modifiers.length > 2 ? `${modifiers} ${office}` : office;
        title.start = inside.end;
      }
      const before = inside ?? holderBefore(ctx, s, title);
      const after = holderAfter(ctx, s, title);
      const ofTheState = after ? null : officeOfTheState(ctx, s, title);
      // Where the holder came from, most direct first; the rule names the way it was found.
      const ways: [string, () => EntityRef | null][] = [
        ['', () => holderEntity(after) ?? holderEntity(before)],
        ['+holder-by-noun', () => holderByNoun(ctx, s, title)],
        ['+holder-its', () => holderByPossessive(ctx, s, title)],
        ['+holder-coordinated', () => coordinatedHolder(ctx, s, title)],
        ['+holder-list', () => listHolder(ctx, s, title)],
        ['+holder-of-the-state', () => ofTheState?.holder ?? null],
      ];
      let holder: EntityRef | null = null;
      let how = '';
      for (const [name, find] of ways) {
        holder = find();
        if (holder) {
          how = name;
          break;
        }
      }
      const officeText = after
        ? titleBefore(title, text, after.start)
        : how === '+holder-by-noun' || how === '+holder-of-the-state'
          ? text.slice(title.start, title.ofAt).trim()
          : title.title;
      const officeEnd = after ? after.end : how === '+holder-of-the-state' ? ofTheState!.end : title.end;
      const person = personAfter(ctx, s, officeEnd);
      if (person && !(person.start < title.end && person.end > title.start)) {
        record(ctx, person, officeText, holder, s, (after ? 'title-of-before-name' : 'title-before-name') + how);
        continue;
      }
      const appositive = personBefore(ctx, s, title);
      if (appositive) record(ctx, appositive, officeText, holder, s, 'title-after-name' + how);
    }
    findCounterparts(ctx, s);
    findPossessivePeople(ctx, s);
  }
}

/** "the IOC and its president, Thomas Bach": "its" is the organisation just named. */
function holderByPossessive(ctx: ArticleContext, s: number, title: TitleMatch): EntityRef | null {
  const text = ctx.text(s);
  const its = text.slice(Math.max(0, title.start - 6), title.start).match(/\bits\s+$/i);
  if (!its) return null;
  const orgs = ctx
    .mentionsIn(s)
    .filter((m) => m.entity.kind === 'Organization' && m.end <= title.start - its[0].length);
  return orgs[orgs.length - 1]?.entity ?? null;
}

/** "Indonesian Defence Minister and president-elect Prabowo": the second office is of the first one's state. */
function coordinatedHolder(ctx: ArticleContext, s: number, title: TitleMatch): EntityRef | null {
  const text = ctx.text(s);
  const previous = findTitles(text).find(
    (t) => t.end < title.start && /^\s+and\s+$/i.test(text.slice(t.end, title.start)),
  );
  if (!previous) return null;
  return holderEntity(holderBefore(ctx, s, previous)) ?? null;
}

/** "2. 1st Vice Chairperson: Cyril Ramaphosa" under "1. AU Chairperson: …": a numbered list keeps its holder. */
function listHolder(ctx: ArticleContext, s: number, title: TitleMatch): EntityRef | null {
  const text = ctx.text(s);
  if (!/^\s*\d+[.)]\s/.test(text.slice(0, title.start)) || !/^\s*:/.test(text.slice(title.end))) return null;
  for (let back = s - 1; back >= Math.max(0, s - 4); back--) {
    if (!/^\s*\d+[.)]\s/.test(ctx.text(back))) return null;
    const roles = [...ctx.roles.values()].flat().filter((r) => r.sentence === back && r.holder);
    const listed = roles.find((r) => r.rule.startsWith('title-before-name'));
    if (listed?.holder?.kind === 'Organization') return listed.holder;
  }
  return null;
}

/** "his Brazilian counterpart Lula": the other side's holder of the office the sentence's subject holds. */
function findCounterparts(ctx: ArticleContext, s: number): void {
  const text = ctx.text(s);
  for (const m of text.matchAll(/\b(?:his|her|their)\s+(?:([A-Z][\p{L}]+)\s+)?counterparts?\b/gu)) {
    const end = m.index! + m[0].length;
    const person = personAfter(ctx, s, end);
    if (!person) continue;
    const demonym = m[1] ? gazetteer().demonyms.get(m[1].toLowerCase()) : undefined;
    const subjectRole = ctx
      .mentionsIn(s)
      .filter((x) => x.entity.kind === 'Person' && x.end <= m.index!)
      .flatMap((x) => ctx.roles.get(x.entity.id) ?? [])
      .find((r) => r.sentence === s);
    // A Prime Minister's counterpart is a Prime Minister; a Business Secretary's holds some other office.
    const title =
      subjectRole?.title && TITLES.universalOffices.has(coreTitle(subjectRole.title)) ? subjectRole.title : null;
    record(ctx, person, title, demonym ?? null, s, 'counterpart');
  }
}

/** "Germany's Olaf Scholz", "Ukraine's Volodymyr Zelensky": a state's person, office unstated. */
function findPossessivePeople(ctx: ArticleContext, s: number): void {
  const text = ctx.text(s);
  const mentions = ctx.mentionsIn(s);
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.entity.kind !== 'Country' || !next || next.entity.kind !== 'Person') return;
    if (!/^['’]s?\s+$/.test(gap(text, m.end, next.start))) return;
    if (!(ctx.roles.get(next.entity.id) ?? []).some((r) => r.holder?.id === m.entity.id))
      record(ctx, next, null, m.entity, s, 'possessive-person');
  });
}

export const rolesStage: Stage = {
  name: 'roles',
  about: 'offices and their holders around each name',
  run: findRoles,
};
