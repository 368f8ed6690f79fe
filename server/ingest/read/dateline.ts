import { gazetteer } from '../knowledge/gazetteer';
import { BOILERPLATE } from '../knowledge/lang/en';
import { lookupPlace } from '../knowledge/places';

/**
 * A wire dateline opens a story with where it was filed, often when and by whom: "HANOI, Dec. 12 (Xinhua) --",
 * "Hanoi (VNA) -", "ADDIS ABABA, Feb. 17 —", "Istanbul, IRNA –", "XI'AN. KAZINFORM –", "DUBAI:", "ALGIERS –
 * Thursday, 25 August 2022 (APS) –", "Tegucigalpa, Jan 27 (Prensa Latina) The president …", "(MENAFN- Nam News
 * Network) HONIARA, Solomon Islands, May 2 (NNN-PINA) –". Read apart from the sentence it opens, so the parser
 * does not take the city for the subject, and kept as what it is: the place and the agency of the story.
 */
export interface Dateline {
  /** The dateline as printed, without the dash that ends it. */
  text: string;
  place: string;
  agency: string | null;
  /** A syndicator's credit before it ("(MENAFN- Nam News Network)"): a source too. */
  syndicator?: string | null;
}

// A syndicator's credit before the dateline: "(MENAFN- Nam News Network)".
const SYNDICATION = String.raw`(?:\(([^()]{2,60})\)\s*)?`;
// One to four words of a place, capitalised or in capitals ("XI'AN", "ADDIS ABABA"); tried shortest first.
const placeOf = (words: number) => String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){${words - 1}})`;
// ", Solomon Islands", ", Ecuador": the country or state after the city.
const REGION = String.raw`(?:,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))?`;
// ", Dec. 12", ", July 28", " – Thursday, 25 August 2022", ", 08th January, 2022".
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)`;
const DATE = String.raw`(?:\s*[,–—-]\s*(?:${WEEKDAY},?\s*)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})(?:,?\s+\d{4})?)?`;
// "(Xinhua)", "(UrduPoint News / Sputnik - 08th January, 2022)", "/TASS/", "| XINHUA |", ". KAZINFORM", ", IRNA".
const AGENCY = String.raw`(?:\s*\(([^()]{2,80})\)|\.?\s*\/([^/]{2,20})\/\.?|\s*\|\s*([^|]{2,20}?)\s*\||[.,]\s+(\p{Lu}{2,}(?:\s+\p{Lu}{2,})?)(?=\s*[–—-]))?`;
const END = String.raw`\s*(?:--|[–—:-])\s*`;

const DATELINES = [1, 2, 3, 4].map(
  (words) => new RegExp(`^${SYNDICATION}${placeOf(words)}${REGION}${DATE}${AGENCY}(${END}|\\s+(?=\\p{Lu}))`, 'u'),
);

const isAllCaps = (s: string) => !/\p{Ll}/u.test(s);

/** A place a dateline can name: a country, a capital or a city the gazetteers know. */
function knownPlace(name: string): boolean {
  const forms = gazetteer().byForm.get(name.toLowerCase()) ?? [];
  return forms.some((f) => f.entity.kind === 'Country' || f.role === 'capital') || lookupPlace(name).length > 0;
}

/** The dateline that opens a paragraph, and the paragraph after it; null when it opens with none. */
export function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  for (const pattern of DATELINES) {
    const m = pattern.exec(paragraph);
    const found = m && datelineOf(m);
    if (found) return { dateline: found, rest: paragraph.slice(m[0].length).trim() };
  }
  return null;
}

function datelineOf(m: RegExpExecArray): Dateline | null {
  const [whole, syndicator, place, region, agencyParens, agencySlashes, agencyPipes, agencyWord, end] = m;
  // "Istanbul, IRNA –": an agency in capitals where a region would stand.
  const regionIsAgency = !!region && isAllCaps(region) && !knownPlace(region);
  const credited = (
    agencyParens ??
    agencySlashes ??
    agencyPipes ??
    agencyWord ??
    (regionIsAgency ? region : '')
  ).trim();
  // "Islamabad (Web Desk):": the paper's own desk or staff, credited where an agency would be, is no source.
  const agency = credited && !BOILERPLATE.staffCredits.some((c) => c.test(credited)) ? credited : null;
  // Without a dash or colon, only an agency in brackets, slashes or pipes ends a dateline ("(Prensa Latina) The …").
  if (!/[–—:-]/.test(end) && !agencyParens && !agencySlashes && !agencyPipes) return null;
  // "DUBAI:" or "Nairobi —" alone: the place must be one the gazetteers know; a sentence never starts "Kenya —".
  if (!knownPlace(place)) return null;
  if (!agency && !isAllCaps(place) && !/[—–:]/.test(end)) return null;
  return { text: whole.slice(0, whole.length - end.length).trim(), place, agency, syndicator: syndicator ?? null };
}
