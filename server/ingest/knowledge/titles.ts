import { escapeRegex, gazetteer } from './gazetteer';
import { TITLES } from './lang/en';

/** Offices as text writes them: "German Foreign Minister", "Minister of Foreign Affairs", "former President". */

export interface TitleMatch {
  /** The office as the text gives it, modifiers included, holder left out ("former President"). */
  title: string;
  start: number;
  end: number;
  /** Where an "of …" complement starts that may name the holder ("President of Egypt"): its offset, or -1. */
  ofAt: number;
}

let compiled: RegExp | undefined;

/** One pattern for every office: `[modifiers] [area] office [of|for complement]`, case-insensitive. */
function pattern(): RegExp {
  if (compiled) return compiled;
  const offices = [...TITLES.offices, ...Object.keys(TITLES.abbreviations)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  const modifiers = [...TITLES.modifiers]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  const areaOffices = [...TITLES.areaOffices].join('|');
  compiled = new RegExp(
    `(?<![\\p{L}-])(?:(?:${modifiers})[ -])*` +
      // An area before Minister/Secretary: "Foreign", "Home", "Business", "digitization".
      `(?:(?:[\\p{Lu}\\p{Ll}][\\p{Ll}]+\\s+){1,2}(?=(?:${areaOffices})\\b))?` +
      `(?<office>${offices})(?![\\p{L}])` +
      // "of International Relations and Cooperation", "for disaster management", "of the UAE Armed Forces".
      `(?:\\s+(?:of|for)\\s+(?:the\\s+)?[\\p{L}][\\p{L}.'’-]*(?:\\s+(?:and|of|for|the|[\\p{Lu}][\\p{L}.'’-]*|[\\p{Ll}]+(?=\\s+(?:management|affairs|relations|cooperation|development|security|defen[cs]e|trade|finance|justice|health|education|energy|industry))))*)?`,
    'giu',
  );
  return compiled;
}

/**
 * Words of a would-be area that show it is not one: "the", "his", "counterpart", an initialism or a country
 * ("UK Prime Minister": the UK is the holder, "Prime" belongs to the office), a verb's past form ("the court
 * removed Prime Minister …": no office is "removed").
 */
function trimArea(match: string, officeAt: number): { start: number; text: string } {
  const words = match.split(/(\s+)/);
  let offset = 0;
  const notArea = (w: string) =>
    TITLES.notAreas.has(w.toLowerCase()) ||
    /^\p{Lu}{2,}$/u.test(w) ||
    /^\p{Ll}+ed$/u.test(w) ||
    gazetteer().byForm.has(w.toLowerCase());
  while (words.length > 2 && offset < officeAt && notArea(words[0])) {
    offset += words[0].length + words[1].length;
    words.splice(0, 2);
  }
  return { start: offset, text: words.join('') };
}

/** Every office named in a sentence, longest first, not overlapping. */
export function findTitles(text: string): TitleMatch[] {
  const found: TitleMatch[] = [];
  for (const m of text.matchAll(pattern())) {
    const office = m.groups!.office;
    const officeAt = m[0].indexOf(office);
    const trimmed = trimArea(m[0], officeAt);
    const start = m.index! + trimmed.start;
    let title = trimmed.text.trim();
    // The complement starts after the office's own words ("Secretary of State of …" → the second "of").
    const officeEnd = officeAt - trimmed.start + office.length;
    const ofMatch = title.slice(officeEnd).match(/\s+(?:of|for)\s+/i);
    const ofAt = ofMatch ? start + officeEnd + ofMatch.index! : -1;
    title = expandAbbreviation(title);
    found.push({ title, start, end: start + trimmed.text.trimEnd().length, ofAt });
  }
  return found;
}

function expandAbbreviation(title: string): string {
  for (const [short, long] of Object.entries(TITLES.abbreviations))
    if (title === short || title.endsWith(` ${short}`)) return title.slice(0, title.length - short.length) + long;
  return title;
}

/** The office without what names its holder: "Minister of Foreign Affairs of Egypt" → up to "of Egypt". */
export function titleBefore(match: TitleMatch, text: string, holderStart: number): string {
  return text
    .slice(match.start, holderStart)
    .replace(/\s+(?:of|for)\s+(?:the\s+)?$/i, '')
    .trim();
}

/** "former President" and "President" are one office: compared without modifiers and case. */
export function coreTitle(title: string | null): string {
  if (!title) return '';
  const words = title.toLowerCase().split(/[\s-]+/);
  while (words.length > 1 && TITLES.modifiers.has(words[0])) words.shift();
  return words.join(' ');
}
