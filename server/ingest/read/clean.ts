import { BOILERPLATE } from '../knowledge/lang/en';
import { gazetteer } from '../knowledge/gazetteer';
import { Dateline, splitDateline } from './dateline';

/**
 * Turns a captured web page into the article's text: page furniture removed (menus, bylines, photo credits,
 * promos and everything after the article's end), and what the page says about itself (URL line, date line,
 * site name, title, "Source: …", the dateline's agency) kept aside as metadata found in the text.
 */
export interface CleanArticle {
  title: string | null;
  url: string | null;
  /** ISO date found in the text (a date line), or null. */
  publishedAt: string | null;
  /** A site name the page states ("Site icon X"), or null. */
  siteName: string | null;
  /** Sources the page names on a line of their own ("Source: Xinhua"). */
  sourceLines: string[];
  /** The story's dateline ("SEOUL, Nov. 10 (Yonhap) --": the place Seoul, the agency Yonhap), or null. */
  dateline: Dateline | null;
  paragraphs: Paragraph[];
}

export interface Paragraph {
  text: string;
  /** A photo caption: it names people and places, but what it shows is told again in the body. */
  caption: boolean;
  /** The dateline, on a line of its own. */
  dateline?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}; // prettier-ignore

function monthNumber(word: string): number | undefined {
  return MONTHS[word.slice(0, 3).toLowerCase()];
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Date lines as pages print them: `20220615`, `2022-06-15`, `Published : 19 Jun 2022 02:17 AM | Updated …`. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  let m = text.match(/^(\d{4})(\d{2})(\d{2})$/) ?? text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = text.match(/^(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/i);
  if (m && monthNumber(m[2])) return iso(Number(m[3]), monthNumber(m[2])!, Number(m[1]));
  m = text.match(/^(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/i);
  if (m && monthNumber(m[1])) return iso(Number(m[3]), monthNumber(m[1])!, Number(m[2]));
  // A time stamp line: "24 July 2025, 11:27 | Updated: 24 July 2025, 11:30".
  m = text.match(
    /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}),?\s+\d{1,2}:\d{2}\b[^\p{L}]*(?:(?:updated|published)\b.*)?$/iu,
  );
  if (m && monthNumber(m[2])) return iso(Number(m[3]), monthNumber(m[2])!, Number(m[1]));
  m = text.match(
    /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+\d{1,2}:\d{2}\b[^\p{L}]*(?:(?:am|pm|updated|published)\b.*)?$/iu,
  );
  if (m && monthNumber(m[1])) return iso(Number(m[3]), monthNumber(m[1])!, Number(m[2]));
  return null;
}

const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;
const endsLikeSentence = (line: string) => /[.!?…:;]["”’)]*$/.test(line.trim());
const normalize = (line: string) =>
  line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.lines.some((pattern) => pattern.test(line.trim()));
}

/** A headline-shaped line (no closing punctuation, several words): a title, a section head or a promo. */
function looksLikeHeadline(line: string): boolean {
  return !endsLikeSentence(line) && wordCount(line) >= 4 && wordCount(line) <= 25;
}

/** "1. AU Chairperson: Abdel Fattah el-Sisi, …": an item of a list, content however it ends. */
const LIST_ITEM = /^(\d+[.)]|[-•*])\s+\S|^[\p{Lu}][\p{L} ]{1,40}:\s+\S/u;

/** Photo credits and (L)/(R) markers inside a line, removed; says whether there were any. */
function withoutCredits(line: string): { text: string; credited: boolean } {
  let text = line;
  for (const credit of BOILERPLATE.credits) text = text.replace(credit, '');
  // "… on Friday. AFP": an agency name after the last full stop is the photo's credit.
  text = text.replace(/(?<=[.!?])\s+(?:AFP|Reuters|AP|EPA|Getty Images|Xinhua|Anadolu|Bloomberg|PA)$/u, '');
  text = text.trim();
  return { text, credited: text !== line.trim() };
}

/** A short line that only credits an agency the gazetteer knows: "By AFP", "ByAFP", "WORLD Anadolu Agency". */
function agencyCredit(line: string): string | null {
  const m = /^(?:by\s*|\p{Lu}{3,}\s+)?(\p{Lu}[\p{L} .&'’-]{1,40})$/u.exec(line.trim());
  if (!m || line.split(/\s+/).length > 5) return null;
  return gazetteer().outletByName.get(m[1].trim().toLowerCase())?.name ?? null;
}

/** "Orinoco Tribune, December 18, 2023 —": a source's name and date on a line of their own. */
const SOURCE_DATELINE =
  /^(\p{Lu}[\p{L}&.'’]*(?:\s+\p{Lu}[\p{L}&.'’]*){0,4}),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*[—–-]+\s*$/u;
/** "… in Hanoi. — VNS": an agency's initials after a dash closing a paragraph. */
const CLOSING_CREDIT = /(?<=[.!?”"])\s*[—–-]{1,2}\s*(\p{Lu}{2,8})\s*$/u;

/** How many paragraphs in a dateline may still open. */
const DATELINE_WITHIN = 4;

export function cleanArticle(raw: string): CleanArticle {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    // "U. S. Steel", "U. K.": an initialism typed with spaces is one word.
    .map((line) => line.replace(/\b(\p{Lu})\. (?=\p{Lu}\.)/gu, '$1.'))
    // "… Armistice Agreement.According to …": sentences a page glued together are two.
    .map((line) => line.replace(/(\p{Ll}{2,})\.(\p{Lu}\p{Ll}+)/gu, '$1. $2'))
    .filter(Boolean);

  let title: string | null = null;
  let url: string | null = null;
  let publishedAt: string | null = null;
  let siteName: string | null = null;
  const datelines: Dateline[] = [];
  const sourceLines: string[] = [];
  const kept: (Paragraph & { heading: boolean })[] = [];
  const seen = new Set<string>();

  for (let line of lines) {
    // Some captures begin with the page's own date stamp: "date 2023-03-10 Iran and Saudi Arabia have …".
    const stamp = line.match(/^date (\d{4}-\d{2}-\d{2})\b\s*/);
    if (stamp) {
      publishedAt ??= stamp[1];
      line = line.slice(stamp[0].length);
      if (!line) continue;
    }
    const site = line.match(/^site (?:icon|logo)\s+(.+)$/i);
    if (site) {
      siteName ??= site[1].trim();
      continue;
    }
    if (/^https?:\/\/\S+$/i.test(line)) {
      url ??= line;
      continue;
    }
    // "Reuters Published 06 Apr, 2023 10:54am": an agency and when it published, the page's source.
    const by = /^(.{2,40}?)\s+(?:published|updated|posted)\b.*\d{4}/i.exec(line);
    const publisher = by && agencyCredit(by[1]);
    if (publisher) {
      sourceLines.push(publisher);
      publishedAt ??= parseDateLine(line.slice(by[1].length).trim());
      continue;
    }
    const date = parseDateLine(line);
    if (date) {
      publishedAt ??= date;
      continue;
    }
    if (BOILERPLATE.endMarkers.some((p) => p.test(line))) {
      // An end marker ends the article only once there is one: menus above it end nothing.
      if (kept.some((p) => !p.heading && wordCount(p.text) >= 8)) break;
      continue;
    }
    if (BOILERPLATE.notes.some((p) => p.test(line))) {
      line = BOILERPLATE.notes.reduce((text, p) => text.replace(p, ''), line).trim();
      if (!line) continue;
    }
    const source = line.match(BOILERPLATE.sourceLine);
    if (source) {
      sourceLines.push(source[1].trim());
      continue;
    }
    // "By AFP", "ByAFP", "WORLD Anadolu Agency", "Orinoco Tribune, December 18, 2023 —": a line that credits an
    // agency is its source.
    const credit = agencyCredit(line) ?? SOURCE_DATELINE.exec(line)?.[1] ?? null;
    if (credit) {
      sourceLines.push(credit);
      continue;
    }
    if (BOILERPLATE.bylines.some((p) => p.test(line)) || isBoilerplate(line)) continue;
    // The dateline is read before credits are removed: "(Reuters)" there names the source. It opens one of the
    // first paragraphs (a caption or a stray widget may come first); a copy can carry two ("VIETNAM, December 12 -",
    // then the agency's "HÀ NỘI —"), the later the closer to the story.
    const opening: ReturnType<typeof splitDateline> =
      kept.filter((p) => !p.heading).length < DATELINE_WITHIN ? splitDateline(line) : null;
    if (opening) {
      datelines.push(opening.dateline);
      kept.push({ text: opening.dateline.text, caption: false, heading: false, dateline: true });
      line = opening.rest;
      if (!line) continue;
    }
    // "… held talks with President Xi Jinping. — VNS": the agency credited at a paragraph's end.
    const closing = CLOSING_CREDIT.exec(line);
    if (closing) {
      sourceLines.push(closing[1]);
      line = line.slice(0, closing.index).trim();
    }
    const { text, credited } = withoutCredits(line);
    if (!text) continue;
    const key = normalize(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (looksLikeHeadline(text) && !LIST_ITEM.test(text)) {
      // The first headline before any body text is the title; later ones are section heads or promos.
      if (title === null && kept.length === 0) title = text;
      else kept.push({ text, caption: credited, heading: true });
      continue;
    }
    // One- to three-word lines without punctuation are labels and names standing alone (bylines, menus); one or
    // two words are never a paragraph.
    if ((!endsLikeSentence(text) && wordCount(text) <= 3) || wordCount(text) <= 2) if (!LIST_ITEM.test(text)) continue;
    kept.push({ text, caption: credited || /\b(?:pictured|photo shows)\b/i.test(text), heading: false });
  }
  // A heading between body paragraphs heads a section and stays; headings in a row are a promo list. A long one
  // right under the title is its standfirst ("British Prime Minister visits Paris seeking a deal on …").
  const alone = (i: number) => !kept[i - 1]?.heading && !kept[i + 1]?.heading;
  const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  const standfirst = (p: (typeof kept)[number], i: number) => i === 0 && title !== null && words(p.text) >= 10;
  const paragraphs = kept.filter((p, i) => !p.heading || (alone(i) && (i > 0 || standfirst(p, i))));
  return {
    title,
    url,
    publishedAt,
    siteName,
    sourceLines,
    // The later dateline is the closer to the story; the agency is whichever names one.
    dateline: datelines.length
      ? {
          ...datelines[datelines.length - 1],
          agency: datelines.map((d) => d.agency).findLast(Boolean) ?? null,
          syndicator: datelines.map((d) => d.syndicator).findLast(Boolean) ?? null,
        }
      : null,
    paragraphs: paragraphs.map(({ text, caption, dateline }) => ({ text, caption, ...(dateline ? { dateline } : {}) })),
  };
}
