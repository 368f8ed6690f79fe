import { ArticleContext } from './context';
import { gazetteer, slug } from './gazetteer';
import { EntityRef, Mention } from './types';

/** Words before a source: "according to X", "citing X", "quoting AP", "say the Chinese channel CCTV". */
const CUE_BEFORE =
  /\b(?:according to|citing|quoting|cited by|reported by|says?|said|told)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
/** Words after a source: "X reported", "the Kremlin, for its part, released a statement", "X's readout". */
const CUE_AFTER =
  /^(?:\s+(?:news agency|agency|channel|newspaper|broadcaster|television|daily|website|news))?(?:['’]s\s+(?:official\s+)?(?:readout|account|statement|press release|report|version)|(?:\s*,[^,]{1,60}){0,2},?\s+(?:also\s+)?(?:reported|reports|said|says|stated|states|announced|released|published|quoted|wrote|added|noted|confirmed))/iu;
/** A dateline names the agency the story comes from: "BEIJING AFP - …", "MOSCOW (Reuters) -". */
const DATELINE = /^[A-Z][A-Z .'-]+(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s+\(?([A-Z][\p{L}]+)\)?\s*[-–—]/u;

const REPORTER_KINDS = new Set(['Outlet', 'Organization', 'Country']);

/** Sources of the sentence: outlets, bodies and governments the text says reported or gave a readout. */
export function findReporters(ctx: ArticleContext, sentence: number): Mention[] {
  const text = ctx.sentences[sentence];
  const mentions = ctx.mentionsIn(sentence).filter((m) => REPORTER_KINDS.has(m.entity.kind));
  const reporters: Mention[] = [];
  const dateline = text.match(DATELINE);
  mentions.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end);
    const cued =
      CUE_BEFORE.test(before) ||
      CUE_AFTER.test(after) ||
      (dateline !== null && m.start < dateline[0].length && m.entity.kind === 'Outlet');
    // A list continues the source: "quoting AP, Bloomberg, and Reuters".
    const listed =
      i > 0 &&
      reporters.includes(mentions[i - 1]) &&
      /^\s*(,|and|,\s*and|or)(\s+the\s+[\p{L} ]{0,30}?)?[.,]?\s*$/u.test(text.slice(mentions[i - 1].end, m.start));
    // Demonyms and plain country names are sources only through a readout or statement of theirs.
    const countryOk =
      m.entity.kind !== 'Country' || /^['’]s\s+(official\s+)?(readout|account|statement|press release)/i.test(after);
    if ((cued || listed) && countryOk) reporters.push(m);
  });
  // "an official Chinese press release says", "the Chinese readout": the state speaking through its release.
  for (const m of text.matchAll(
    /\b(?:official\s+)?([A-Z][\p{L}]+)\s+(?:press release|readout|statement|foreign ministry statement)\b/gu,
  )) {
    const country = gazetteer().demonyms.get(m[1].toLowerCase());
    const mention = ctx
      .mentionsIn(sentence)
      .find((x) => x.entity.id === country?.id && x.start === m.index! + m[0].indexOf(m[1]));
    if (mention && !reporters.includes(mention)) reporters.push(mention);
  }
  return reporters;
}

/** "China's Foreign Ministry", "the Russian Defence Ministry": a state body, named after its country. */
export function findMinistries(ctx: ArticleContext): void {
  const pattern =
    /\b(?:the\s+)?([A-Z][\p{L}]+)(?:['’]s)?\s+(Foreign|Defen[cs]e|Interior|Finance|Economy|Trade|Foreign Affairs)\s+Ministry\b|\bMinistry of (Foreign Affairs|Defen[cs]e) of ([A-Z][\p{L}]+)\b/gu;
  ctx.sentences.forEach((text, sentence) => {
    for (const m of text.matchAll(pattern)) {
      const countryWord = m[1] ?? m[4];
      const g = gazetteer();
      const country: EntityRef | undefined =
        g.demonyms.get(countryWord.toLowerCase()) ??
        g.byForm.get(countryWord.toLowerCase())?.find((f) => f.entity.kind === 'Country')?.entity;
      if (!country) continue;
      const area = (m[2] ?? m[3]).replace(/^Defense$/, 'Defence');
      const entity: EntityRef = {
        id: `org:${country.country!.toLowerCase()}-${slug(area)}-ministry`,
        kind: 'Organization',
        name: `${area} Ministry of ${country.name}`,
        country: country.country,
      };
      const start = m.index! + (m[0].startsWith('the ') ? 4 : 0);
      // The ministry replaces the country mention it contains: the source is the ministry.
      const inner = ctx.mentions.findIndex(
        (x) => x.sentence === sentence && x.start >= start && x.end <= m.index! + m[0].length,
      );
      if (inner >= 0) ctx.mentions.splice(inner, 1);
      ctx.addMention({
        sentence,
        start,
        end: m.index! + m[0].length,
        text: m[0].replace(/^the\s+/, ''),
        entity,
        via: 'pattern',
      });
    }
  });
}
