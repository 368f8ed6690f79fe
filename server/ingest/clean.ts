/**
 * Turns a captured web page into the article's text: page furniture removed, and what the page says about
 * itself (URL line, date line, site name, title) kept aside as metadata found in the text.
 */
export interface CleanArticle {
  title: string | null;
  url: string | null;
  /** ISO date found in the text (a date line), or null. */
  publishedAt: string | null;
  /** A site name the page states ("Site icon X"), or null. */
  siteName: string | null;
  paragraphs: string[];
}

/** Lines that are page furniture wherever they appear (menus, widgets, promos, footers). */
const BOILERPLATE: RegExp[] = [
  /^(clicky|next news|previous news|advertisement|advertisements|source link|related topics|related articles|related news|related stories|exit mobile version|other topics of interest|read more|read also|see also|more news|top stories|trending|share( this)?( article)?|print|email|comments?|tags?:?.*|skip to (main )?content|menu|search|home|subscribe|sign in|log in|follow us.*|most read|recommended|latest news|you may also like|more from .*)$/i,
  /ctrl\s*\+\s*enter/i,
  /suggest a correction/i,
  /\b(cookie|cookies) (policy|settings)\b/i,
  /\bsign up for (our|the) newsletter\b/i,
  /^(photo|image|file photo|video)\s*[:(]/i,
  /^©|copyright \d{4}/i,
  /^all rights reserved/i,
];

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

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
  return BOILERPLATE.some((pattern) => pattern.test(line.trim()));
}

/** A headline-shaped line (no closing punctuation, several words): a title, a section head or a promo. */
function looksLikeHeadline(line: string): boolean {
  return !endsLikeSentence(line) && wordCount(line) >= 4 && wordCount(line) <= 25;
}

export function cleanArticle(raw: string): CleanArticle {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

  let title: string | null = null;
  let url: string | null = null;
  let publishedAt: string | null = null;
  let siteName: string | null = null;
  const paragraphs: string[] = [];
  const seen = new Set<string>();

  for (const line of lines) {
    const site = line.match(/^site (?:icon|logo)\s+(.+)$/i);
    if (site) {
      siteName ??= site[1].trim();
      continue;
    }
    if (/^https?:\/\/\S+$/i.test(line)) {
      url ??= line;
      continue;
    }
    const date = parseDateLine(line);
    if (date) {
      publishedAt ??= date;
      continue;
    }
    if (isBoilerplate(line)) continue;
    const key = normalize(line);
    if (seen.has(key)) continue;
    seen.add(key);
    if (looksLikeHeadline(line)) {
      // The first headline before any body text is the title; later ones are promos and section heads.
      if (title === null && paragraphs.length === 0) title = line;
      continue;
    }
    // One- to three-word lines without punctuation are navigation labels ("World", "Politics").
    if (!endsLikeSentence(line) && wordCount(line) <= 3) continue;
    paragraphs.push(line);
  }
  return { title, url, publishedAt, siteName, paragraphs };
}
