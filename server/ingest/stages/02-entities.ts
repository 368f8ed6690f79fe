import { namePartsOf } from './05-name-echoes';
import { NlpToken } from '../../nlp/types';
import { NameParts, nameThenPlace } from './05-name-echoes';
import { ArticleContext, Sentence } from '../context';
import { escapeRegex, findGazetteerForms, gazetteer, slug } from '../knowledge/gazetteer';
import { cleanPersonName, isParticle, personEntity } from '../knowledge/names';
import { foldSpelling, STYLES, TITLES } from '../knowledge/lang/en';
import { findTitles } from '../knowledge/titles';
import { lookupPlace } from '../knowledge/places';
import { EntityRef, Mention } from '../types';
import { Stage } from '../stage';

/**
 * Entity mentions: candidates from patterns, gazetteers and the statistical NER, then one per span, longest
 * first (a ministry beats the country inside it, an organisation beats the city in its name), ties to the more
 * trusted source. Person mentions are left raw here: identity.ts decides who they are.
 */

interface Candidate extends Mention {
  /** Lower wins a tie between spans of the same length. */
  priority: number;
}

const PRIORITY = { pattern: 0, gazetteer: 1, ner: 2, heuristic: 3 } as const;

/**
 * "in/at/to/from … the X": the words before a span make it a place ("met in Beijing", "arrived at the Kremlin",
 * "in southern Israel"); a possessive after it makes it an owner instead ("in South Africa's case").
 */
export function locative(text: string, start: number, end = -1): boolean {
  if (end >= 0 && /^['’]s\b/.test(text.slice(end))) return false;
  return /\b(?:in|at|to|from|into|inside|outside|near|toward|towards|across|around|via|visit|visited|visiting|visits|tour|toured|touring|tours|on the grounds of|residence,)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?(?:[A-Z][\w-]*['’]s\s+)?$/i.test(
    text.slice(Math.max(0, start - 40), start),
  );
}

/**
 * "Beijing said", "Moscow's invasion", "Beijing and Moscow have…" name the state; "met in Beijing", a dateline
 * ("BEIJING AFP -") and "the Beijing Winter Olympics" name the city.
 */
export function actsAsState(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // "Pyongyang's Ryugyong Gymnasium", "Beijing's Great Hall of the People": a capital owning a venue is the place.
  const owned = /^['’]s\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)/u.exec(after);
  if (owned && VENUE.test(owned[1])) return false;
  if (/^['’]s\b/.test(after) || /\baccording to\s+$/i.test(before)) return true;
  if (locative(sentence, start, end) || /\bof\s+(the\s+)?$/i.test(before)) return false;
  if (sentence.slice(start, end) === sentence.slice(start, end).toUpperCase() && /^\s*[,:(A-Z]/.test(after))
    return false;
  if (/^\s*(-|–|—|\(|:)/.test(after) && start < 3) return false;
  if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(and|or|is|was|has|had|said|says)\b/.test(after)) return false;
  return /^\s+(and|or|is|was|were|are|has|had|have|said|says|will|would|wants|hopes|hoped|warned|accused|denied|insisted|urged|called|agreed|announced|responded|rejected|claims|claimed)\b/i.test(
    after,
  );
}

/** The state a word names: a demonym, the state's name, or its capital's ("Beijing's foreign ministry"). */
function stateNamedBy(word: string): EntityRef | undefined {
  const g = gazetteer();
  const forms = g.byForm.get(word.toLowerCase()) ?? [];
  const capitalOf = forms.find((f) => f.role === 'capital')?.entity.country;
  return (
    g.demonyms.get(word.toLowerCase()) ??
    forms.find((f) => f.entity.kind === 'Country')?.entity ??
    (capitalOf ? g.countryByCode.get(capitalOf) : undefined)
  );
}

/** "China's Foreign Ministry", "the Chinese foreign ministry", "Ministry of Foreign Affairs of Egypt", "the Treasury Department". */
function ministryCandidates(s: Sentence): Candidate[] {
  const found: Candidate[] = [];
  // "the Chinese foreign ministry", "India's external affairs ministry": the area in either case.
  const area =
    '([Ff]oreign [Aa]ffairs|[Ee]xternal [Aa]ffairs|[Hh]ome [Aa]ffairs|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Ee]conomy|[Tt]rade|[Jj]ustice|[Hh]ealth|[Hh]ome|Treasury|[Cc]ommerce|State)';
  const pattern = new RegExp(
    `\\b(?:the\\s+)?(?:(?<before>[A-Z][\\p{L}]+)(?:['’]s)?\\s+)?(?<area>${area})\\s+(?<kind>Ministry|ministry|Department|department|Office)\\b|\\b(?:(?<owner>[A-Z][\\p{L}]+)['’]s\\s+)?(?:the\\s+)?(?<kindOf>Ministry|Department) of (?:the\\s+)?(?<areaOf>${area})(?: of (?:the\\s+)?(?<after>[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?))?`,
    'gu',
  );
  for (const m of s.text.matchAll(pattern)) {
    const { before, owner, after } = m.groups!;
    const areaWords = (m.groups!.area ?? m.groups!.areaOf)!;
    const kindWord = (m.groups!.kind ?? m.groups!.kindOf)!;
    const countryWord = before ?? owner ?? after;
    const country = countryWord ? stateNamedBy(countryWord) : undefined;
    // "the foreign ministry" alone names no country: only whole names ("Treasury Department") stand alone.
    if (countryWord && !country) continue;
    if (!country && !/^[A-Z]/.test(areaWords) && !m.groups!.kindOf) continue;
    const areaName = areaWords.replace(/^Defense$/i, 'Defence').replace(/\b\w/g, (c) => c.toUpperCase());
    const kind = kindWord.replace(/^\w/, (c) => c.toUpperCase());
    const name = country ? `${areaName} ${kind} of ${country.name}` : `${areaName} ${kind}`;
    const start = m.index! + (m[0].startsWith('the ') ? 4 : 0);
    found.push({
      sentence: s.index,
      start,
      end: m.index! + m[0].length,
      text: s.text.slice(start, m.index! + m[0].length),
      entity: {
        id: `org:${country ? `${country.country!.toLowerCase()}-` : ''}${slug(`${areaName} ${kind}`)}`,
        kind: 'Organization',
        name,
        country: country?.country ?? null,
      },
      rule: 'ministry-pattern',
      priority: PRIORITY.pattern,
    });
  }
  return found;
}

/** Countries, outlets, organisations and capitals the gazetteers know, each typed by its context. */
function gazetteerCandidates(s: Sentence): Candidate[] {
  const g = gazetteer();
  return findGazetteerForms(s.text).map((hit) => {
    let entity = hit.form.entity;
    let rule = `gazetteer-${hit.form.role === 'name' ? entity.kind.toLowerCase() : hit.form.role}`;
    if (hit.form.role === 'capital' && actsAsState(s.text, hit.start, hit.end)) {
      entity = g.countryByCode.get(entity.country!) ?? entity;
      rule = 'capital-as-state';
    } else if (g.placeTwins.has(entity.id) && locative(s.text, hit.start, hit.end)) {
      entity = g.placeTwins.get(entity.id)!;
      rule = 'seat-as-place';
    }
    return {
      sentence: s.index,
      start: hit.start,
      end: hit.end,
      text: hit.text,
      entity,
      rule,
      priority: PRIORITY.gazetteer,
    };
  });
}

type Span = { tag: NlpToken['ner']; start: number; end: number; tokens: NlpToken[] };

/**
 * Consecutive tokens with one NER tag, as spans of the sentence. CoreNLP tags tokens, not entities, so two names
 * side by side come as one run ("Al Shati Palace Democratic Party Senator"): a venue word followed by more names
 * ends a span. A person's name runs on across a particle ("Lula da Silva") or a nickname in brackets
 * ("Rosângela (Janja) Lula da Silva").
 */
/** Tokens that open or close a nickname: brackets and quotes as CoreNLP writes them. */
const OPENERS = /^(?:\(|-LRB-|``|`|"|“|‘|')$/;
const CLOSERS = /^(?:\)|-RRB-|''|'|"|”|’)$/;

export function nerSpans(tokens: NlpToken[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const last = spans[spans.length - 1];
    const previous = last?.tokens[last.tokens.length - 1];
    const continues = t.ner !== 'O' && last && last.tag === t.ner && last.end >= t.start - 1;
    const afterVenue = previous && VENUE_HEAD.test(previous.text) && last.tokens.length > 1;
    if (continues && !afterVenue) {
      last.end = t.end;
      last.tokens.push(t);
      continue;
    }
    if (t.ner === 'PERSON' && last?.tag === 'PERSON') {
      const between = tokens.slice(tokens.indexOf(previous!) + 1, i);
      const particles = between.length > 0 && between.every((b) => isParticle(b.text));
      // "Rosa (Rosita) de la Vega": a nickname in brackets, particles around it.
      // "Rosângela (Janja) Lula da Silva", "Christopher 'Bong' Go": a nickname in brackets or quotes.
      const bracketed =
        between.length <= 5 &&
        between.some((b) => OPENERS.test(b.text)) &&
        between.every(
          (b) =>
            OPENERS.test(b.text) ||
            CLOSERS.test(b.text) ||
            b.ner === 'PERSON' ||
            isParticle(b.text) ||
            /^\p{Lu}\p{Ll}+$/u.test(b.text),
        );
      if (particles || bracketed) {
        last.end = t.end;
        last.tokens.push(...between, t);
        continue;
      }
    }
    // "Lee Jae-myung", "Yoon Suk-yeol" tagged PERSON up to "Jae": a hyphen with no space on either side joins
    // the rest of the given name (the tokenizer splits hyphenated words; NER often tags only the first part).
    const next = tokens[i + 1];
    if (
      last?.tag === 'PERSON' &&
      previous === tokens[i - 1] &&
      t.text === '-' &&
      previous.end === t.start &&
      next?.start === t.end &&
      (next.ner === 'O' || next.ner === 'PERSON') &&
      /^\p{L}+$/u.test(next.text)
    ) {
      last.tokens.push(t, next);
      last.end = next.end;
      i++;
      continue;
    }
    // "Joaquim Pereira da Costa" tagged PERSON up to "Pereira", "Rosa (Rosita) de la Vega": a particle or a
    // nickname in brackets, then a capitalised word, carry the name on.
    if (last?.tag === 'PERSON' && previous === tokens[i - 1] && (isParticle(t.text) || t.text === '(')) {
      const upTo = personContinuation(tokens, i);
      if (upTo > i) {
        last.tokens.push(...tokens.slice(i, upTo + 1));
        last.end = tokens[upTo].end;
        i = upTo;
        continue;
      }
    }
    if (t.ner !== 'O') spans.push({ tag: t.ner, start: t.start, end: t.end, tokens: [t] });
  }
  for (const span of spans) if (span.tag === 'PERSON') extendGivenNames(tokens, span);
  return spans;
}

/** Title and honorific words: "President", "Minister", "Sheikh", "Dr" never open a person's name. */
const TITLE_WORDS = new Set(
  [...TITLES.offices, ...TITLES.modifiers, ...STYLES, ...Object.keys(TITLES.abbreviations)]
    .flatMap((t) => t.toLowerCase().split(/[\s-]+/))
    .filter(Boolean),
);

/**
 * CoreNLP often leaves the first of several given names untagged ("Recep Tayyip Erdoğan" tagged from "Tayyip",
 * "Kassym-Jomart Tokayev" from "Jomart"): a capitalised proper noun right before a person's name, or joined to it
 * by a hyphen, that is no title, no honorific and no name of a place or state, is part of the name.
 */
function extendGivenNames(tokens: NlpToken[], span: Span): void {
  let first = tokens.indexOf(span.tokens[0]);
  for (let added = 0; added < 2 && first > 0; added++) {
    let j = first - 1;
    const hyphen =
      tokens[j].text === '-' && tokens[j].start === tokens[j - 1]?.end && tokens[j].end === tokens[first].start;
    if (hyphen) j--;
    const t = tokens[j];
    if (!t || t.ner !== 'O' || t.timex || !/^NNP/.test(t.tag) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
    if (TITLE_WORDS.has(t.text.toLowerCase()) || gazetteer().byForm.has(t.text.toLowerCase())) return;
    if (!hyphen && t.end + 1 !== tokens[first].start) return;
    // "Minister of Trade and Cooperation Ana Pereira Soto": a word of an office's name is no given name; a name
    // opens after a title, a state's name or adjective, or where the sentence or a clause starts.
    const before = tokens[j - 1];
    const opens =
      !before ||
      /^\p{P}$/u.test(before.text) ||
      TITLE_WORDS.has(before.text.toLowerCase()) ||
      gazetteer().byForm.has(before.text.toLowerCase());
    if (!opens) return;
    span.tokens.unshift(...tokens.slice(j, first));
    span.start = t.start;
    first = j;
  }
}

/** Index of the last token of a name that runs on from `i` (brackets, particles, capitalised words), or -1. */
function personContinuation(tokens: NlpToken[], i: number): number {
  let j = i;
  let end = -1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.text === '(') {
      const close = tokens.findIndex((x, k) => k > j && x.text === ')');
      if (close < 0 || close - j > 4) break;
      j = close + 1;
    } else if (isParticle(t.text)) j++;
    // "Leila de Lima", "Marina da Costa": after a particle, a word NER took for a place is the surname.
    else if (
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      (t.ner === 'O' || t.ner === 'PERSON' || (t.ner === 'LOCATION' && isParticle(tokens[j - 1]?.text ?? '')))
    ) {
      end = j;
      j++;
      if (
        !isParticle(tokens[j]?.text ?? '') &&
        tokens[j]?.text !== '(' &&
        !/^\p{Lu}\p{Ll}/u.test(tokens[j]?.text ?? '')
      )
        break;
    } else break;
  }
  return end;
}

const VENUE_HEAD =
  /^(Palace|House|Hall|Castle|Airport|Base|Square|Centre|Center|Stadium|Portico|Estate|Residence|Headquarters)$/;
const VENUE_OF =
  /^(?:The\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:Museum|Palace|Hall|Cathedral|Mausoleum|Cemetery)\s+of\s+/u;
export const VENUE =
  /\b(Palace|House|Hall|Castle|Airport|Base|Square|Street|Centre|Center|Stadium|School|Garden|Gardens|Portico|Office|Estate|Residence|Headquarters|Cathedral|Temple|Mosque|Church|Bridge|Park|Building|Tower|Embassy|Hotel|Cemetery|Gymnasium|Arena|Theatre|Theater|Auditorium|Memorial|Mausoleum|Monument|Pavilion|Secretariat|Museum|Cosmodrome|Villa|Plaza|Complex|Port|Prefecture|Province|Region|Peninsula|Strip|Bank|Island|Islands|Valley|Desert|Sea|Ocean|River|Lake|Mountains?)$/;
export const ORGANIZATION =
  /\b(Party|Ministry|Department|Committee|Council|Court|Authority|Agency|Fund|Bank|Corporation|Company|Inc|Ltd|Group|Association|Union|Forces|Army|Navy|Parliament|Assembly|Office|Commission|Organization|Organisation|Federation|Institute|University|Movement|Front|Service|Board|Senate|Congress|Cabinet|Government|Alliance|Coalition|Foundation|Bureau|Police|Guard)\b/;

/** A NER span as the entity it names: gazetteers first, then the places dataset and the span's own words. */
function typeNerSpan(s: Sentence, span: ReturnType<typeof nerSpans>[number]): Candidate | null {
  const text = s.text.slice(span.start, span.end);
  const base = { sentence: s.index, start: span.start, end: span.end, text, priority: PRIORITY.ner };
  const g = gazetteer();
  if (span.tag === 'PERSON') {
    // "Pres Ana Ruiz", "PM Narendra Modi": a title NER took into the name stays out of it (roles read it there).
    // "Prime Ministers Gonsalves and Skerrit": an office in the plural before names.
    const isTitleWord = (word: string) =>
      TITLE_WORDS.has(word) || (/s$/.test(word) && TITLE_WORDS.has(word.slice(0, -1)));
    const titled = span.tokens.findIndex((t) => !isTitleWord(t.text.replace(/\.$/, '').toLowerCase()));
    if (titled > 0 && titled < span.tokens.length) {
      const start = span.tokens[titled].start;
      return typeNerSpan(s, { ...span, start, tokens: span.tokens.slice(titled) });
    }
    // "Interior CS Kithure Kindiki": an office with its area words, all taken into the name.
    const office = findTitles(text).find((t) => t.start <= 16 && /^\s+\p{Lu}/u.test(text.slice(t.end)));
    const after = office ? span.tokens.findIndex((tok) => tok.start - span.start >= office.end) : -1;
    if (after > 0)
      return typeNerSpan(s, { ...span, start: span.tokens[after].start, tokens: span.tokens.slice(after) });
    const { name } = cleanPersonName(text);
    if (!/\p{L}{2}/u.test(name) || /\d/.test(name)) return null;
    // "Prince of Abu Dhabi", "Court of Abu Dhabi": an office or an institution, not a personal name.
    if (/\s(?:of|for)\s/.test(name) || !/^\p{Lu}/u.test(name)) return null;
    return { ...base, entity: personEntity(name), rule: 'ner-person' };
  }
  // "Russia-Ukraine conflict", "UK-France summit": two states side by side, each found by the gazetteer.
  const pair = text.split(/[-–]/);
  if (pair.length === 2 && pair.every((p) => g.byForm.get(p.toLowerCase())?.some((f) => f.entity.kind === 'Country')))
    return null;
  if (
    span.tag === 'LOCATION' ||
    (span.tag === 'ORGANIZATION' && locative(s.text, span.start, span.end) && lookupPlace(text).length)
  ) {
    // "the Arab Republic of Egypt", "Republic of Ghana": a state's official name is the state.
    const official = text.match(
      /^(?:the\s+)?(?:[\p{Lu}][\p{L}']*\s+)*(?:Republic|Kingdom|Federation|State|Commonwealth|Emirates|Sultanate|Principality)\s+of\s+(?:the\s+)?(.+)$/u,
    );
    const country = official
      ? g.byForm.get(official[1].toLowerCase())?.find((f) => f.entity.kind === 'Country')?.entity
      : undefined;
    if (country) return { ...base, entity: country, rule: 'official-country-name' };
    if (g.stateNouns.has(text.replace(/^the\s+/i, '').toLowerCase())) return null;
    const place = lookupPlace(text)[0];
    const entity: EntityRef = {
      id: `place:${slug(place?.name ?? text)}${place ? `-${place.country.toLowerCase()}` : ''}`,
      kind: 'Place',
      name: place?.name ?? text,
      country: place?.country ?? null,
      props: place ? { placeType: place.type } : undefined,
    };
    return { ...base, entity, rule: place ? `ner-location-${place.type}` : 'ner-location' };
  }
  if (span.tag === 'ORGANIZATION') {
    // "Bernama News Agency": a known outlet with the noun that says what it is.
    const bare = text.replace(outletAndBodyPatterns().outletNounAtEnd, '');
    const outlet = g.outletByName.get(text.toLowerCase()) ?? g.outletByName.get(bare.toLowerCase());
    if (outlet) return { ...base, entity: outlet, rule: 'ner-outlet' };
    // "Orinoco Tribune", "Khmer Times": a name with a newspaper's title word is a newspaper.
    if (g.outletNameHeads.has(text.split(/\s+/).pop()!.toLowerCase()) && text.includes(' '))
      return { ...base, entity: { id: `outlet:${slug(text)}`, kind: 'Outlet', name: text }, rule: 'ner-outlet-name' };
    // "Secretary of State", "Press Secretary": NER's one-word organisation inside an office is no body.
    if (!text.includes(' ') && TITLE_WORDS.has(text.toLowerCase())) return null;
    // "toured the Museum of Kiebe-Kiebe": a venue whose name goes on after "of".
    const venue = VENUE.test(text) || VENUE_OF.test(text);
    if (venue && !ORGANIZATION.test(text) && locative(s.text, span.start, span.end))
      return { ...base, entity: { id: `place:${slug(text)}`, kind: 'Place', name: text }, rule: 'ner-venue' };
    if (text.split(/\s+/).length === 1 && text === text.toLowerCase()) return null;
    return {
      ...base,
      entity: { id: `org:${slug(foldSpelling(text))}`, kind: 'Organization', name: text },
      rule: 'ner-organization',
    };
  }
  return null;
}

/**
 * NER sometimes calls a rare name a place or an organisation ("Naledi Pandol" after "the capital of South
 * Africa,"). An office right before the span, or an office in apposition right after it, makes it a person.
 */
function personByOffice(s: Sentence, span: Span, titles: ReturnType<typeof findTitles>): boolean {
  if (span.tag === 'PERSON' || span.tokens.some((t) => !/^\p{Lu}/u.test(t.text))) return false;
  const text = s.text.slice(span.start, span.end);
  if (gazetteer().byForm.has(text.toLowerCase()) || VENUE.test(text) || ORGANIZATION.test(text)) return false;
  const before = titles.some((t) => t.end <= span.start && /^,?\s*$/.test(s.text.slice(t.end, span.start)));
  const after = titles.some((t) => t.start >= span.end && /^,\s*(?:the\s+)?$/.test(s.text.slice(span.end, t.start)));
  return before || after;
}

function nerCandidates(s: Sentence, parts: NameParts): Candidate[] {
  const titles = findTitles(s.text);
  return nerSpans(s.tokens)
    .map((span) => {
      // "Putin China" read as one place: a named person's surname, then the country.
      const cut = span.tag === 'PERSON' ? -1 : nameThenPlace(span.tokens, parts);
      if (cut > 0) {
        const end = span.tokens[cut - 1].end;
        const text = s.text.slice(span.start, end);
        return {
          ...typeNerSpan(s, { ...span, tag: 'PERSON', end, tokens: span.tokens.slice(0, cut) })!,
          text,
          rule: 'name-echo',
        };
      }
      const person = span.tag === 'PERSON' ? -1 : personInside(span.tokens, parts);
      if (person >= 0) {
        const [from, to] = [person, personEnd(span.tokens, person)];
        const tokens = span.tokens.slice(from, to);
        const start = tokens[0].start;
        const end = tokens[tokens.length - 1].end;
        const typed = typeNerSpan(s, { ...span, tag: 'PERSON', start, end, tokens });
        return typed && { ...typed, rule: from === 0 ? 'name-echo' : 'person-after-office' };
      }
      if (span.tag !== 'PERSON' && personByRelative(s, span)) {
        const typed = typeNerSpan(s, { ...span, tag: 'PERSON' });
        return typed && { ...typed, rule: 'person-by-who' };
      }
      return typeNerSpan(s, personByOffice(s, span, titles) ? { ...span, tag: 'PERSON' } : span);
    })
    .filter((c): c is Candidate => c !== null);
}

/**
 * "from Manasseh Sogavare, who announced …": English refers to people with "who"; a name of two or three
 * capitalised words with no word of an organisation in it, that "who" follows, is a person's (NER said otherwise).
 */
function personByRelative(s: Sentence, span: ReturnType<typeof nerSpans>[number]): boolean {
  const text = s.text.slice(span.start, span.end);
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 3 || ORGANIZATION.test(text) || VENUE.test(text)) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !gazetteer().byForm.has(w.toLowerCase()))) return false;
  return /^\s*,?\s*who\b/.test(s.text.slice(span.end));
}

/**
 * A person inside a span NER gave another type: "Tusk's Cabinet" (a named person's surname before a possessive)
 * or "Cooperation Naledi Pandol" (the last word of an office's complement, then a name). Index of the name's
 * first token, or -1.
 */
function personInside(tokens: NlpToken[], parts: NameParts): number {
  const possessive = tokens.findIndex((t) => t.tag === 'POS');
  if (possessive > 0 && tokens.slice(0, possessive).every((t) => parts.has(t.text))) return 0;
  // "… that Manele had won 31 votes": NER's place or body that is all words of a person the article names in full,
  // and no place the gazetteers or the places dataset know, is that person.
  const text = tokens.map((t) => t.text).join(' ');
  if (
    tokens.every((t) => parts.get(t.text) === 'article' && /^\p{Lu}\p{Ll}/u.test(t.text)) &&
    !gazetteer().byForm.has(text.toLowerCase()) &&
    !lookupPlace(text).length
  )
    return 0;
  let i = 0;
  while (i < tokens.length && TITLES.complementNouns.has(tokens[i].text)) i++;
  const rest = tokens.slice(i);
  const named =
    rest.length >= 2 &&
    rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !gazetteer().byForm.has(t.text.toLowerCase()));
  return i > 0 && named ? i : -1;
}

/** Where that name ends: at the possessive ("Tusk's"), else with the span. */
function personEnd(tokens: NlpToken[], from: number): number {
  const possessive = tokens.findIndex((t) => t.tag === 'POS');
  return from === 0 && possessive > 0 ? possessive : tokens.length;
}

/** "the Akorda press service", "the Kremlin press office": a body's press service is an organisation of its own. */
function pressServiceCandidates(s: Sentence): Candidate[] {
  const found: Candidate[] = [];
  const press =
    /\b((?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:press (?:service|office|secretariat|centre|center)|information (?:service|office)))\b/gu;
  for (const m of s.text.matchAll(press))
    found.push({
      sentence: s.index,
      start: m.index!,
      end: m.index! + m[1].length,
      text: m[1],
      entity: { id: `org:${slug(foldSpelling(m[1]))}`, kind: 'Organization', name: m[1] },
      rule: 'press-service',
      priority: PRIORITY.pattern,
    });
  return found;
}

/** The patterns over general.json's outlet nouns and state bodies, compiled once (the gazetteer loads lazily). */
let compiled: { outletNoun: RegExp; outletNounAtEnd: RegExp; stateBody: RegExp } | null = null;
function outletAndBodyPatterns(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const g = gazetteer();
  const nouns = g.outletNouns.map(escapeRegex).join('|');
  // The body's noun in lower or title case ("presidency", "Presidency"); the state's word always capitalised.
  const bodies = [...g.stateBodies.entries()]
    .flatMap(([noun, title]) => [noun, title])
    .map(escapeRegex)
    .join('|');
  compiled = {
    outletNoun: new RegExp(`((?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’.-]*)\\s+(?:${nouns})\\b`, 'gu'),
    outletNounAtEnd: new RegExp(`\\s+(?:${nouns})$`, 'i'),
    stateBody: new RegExp(
      `\\b((?:[\\p{Lu}][\\p{L}-]*\\s+){0,2}[\\p{Lu}][\\p{L}-]*?)(?:['’]s)?\\s+(${bodies})\\b`,
      'gu',
    ),
  };
  return compiled;
}

/**
 * "the Kenyan presidency said", "Saudi Arabia's royal court": a state's body named by its state (a demonym, the
 * state's or its capital's possessive) and the body's common noun, in either case: "Presidency of Kenya".
 */
function stateBodyCandidates(s: Sentence): Candidate[] {
  const g = gazetteer();
  const found: Candidate[] = [];
  for (const m of s.text.matchAll(outletAndBodyPatterns().stateBody)) {
    // "On Monday Kenyan presidency": the state is the longest run of the words before the noun that names one.
    const words = m[1].split(/\s+/);
    const at = words.findIndex((_, i) => stateNamedBy(words.slice(i).join(' ')));
    if (at < 0) continue;
    const state = stateNamedBy(words.slice(at).join(' '))!;
    const start = m.index! + m[1].lastIndexOf(words.slice(at).join(' '));
    const body = g.stateBodies.get(m[2].toLowerCase())!;
    found.push({
      sentence: s.index,
      start,
      end: m.index! + m[0].length,
      text: s.text.slice(start, m.index! + m[0].length),
      entity: {
        id: `org:${state.country!.toLowerCase()}-${slug(body)}`,
        kind: 'Organization',
        name: `${body} of ${state.name}`,
        country: state.country ?? null,
      },
      rule: 'state-body',
      priority: PRIORITY.pattern,
    });
  }
  return found;
}

/**
 * "at the Presidential Palace", "in the Oval Office", "visited the Martyrs Cemetery", "at Pyongyang's Ryugyong
 * Gymnasium", "at the Great Hall of the People": a capitalised venue after a preposition of place or a verb of
 * visiting (a city's possessive before it is where the venue is, not its name).
 */
function venueCandidates(s: Sentence): Candidate[] {
  const found: Candidate[] = [];
  const venue =
    /\b(?:at|in|to|from|outside|inside|into|near|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*['’]s\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:Palace|House|Hall|Castle|Airport|Square|Centre|Center|Stadium|Office|Estate|Residence|Headquarters|Cathedral|Mosque|Temple|Garden|Gardens|Portico|Building|Embassy|Base|Cemetery|Gymnasium|Arena|Theatre|Theater|Auditorium|Memorial|Mausoleum|Monument|Pavilion)(?:\s+of\s+the\s+[\p{Lu}][\p{L}]+)?|\d+ Downing Street)\b/gu;
  for (const m of s.text.matchAll(venue)) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    found.push({
      sentence: s.index,
      start,
      end: start + m[1].length,
      text: m[1],
      entity: { id: `place:${slug(m[1])}`, kind: 'Place', name: m[1] },
      rule: 'venue-phrase',
      priority: PRIORITY.heuristic,
    });
  }
  return found;
}

/**
 * "the Daily Monitor newspaper reported", "the Kathimerini daily": a name the noun after it says is an outlet, when
 * the gazetteer does not know it and the name is not a state's ("the Kenyan daily", "the Monday newspaper").
 */
function outletNounCandidates(s: Sentence): Candidate[] {
  const g = gazetteer();
  const found: Candidate[] = [];
  const generic = (w: string) =>
    g.byForm.has(w.toLowerCase()) || g.demonyms.has(w.toLowerCase()) || g.outletNotNames.has(w.toLowerCase());
  for (const m of s.text.matchAll(outletAndBodyPatterns().outletNoun)) {
    // "Uganda's New Vision newspaper": the owner before a possessive is not part of the name.
    const all = m[1].split(/\s+/);
    const owner = all.findLastIndex((w) => /['’]s$/.test(w));
    const words = all.slice(owner + 1).filter((w) => !/^(?:The|A|An)$/.test(w));
    const name = words.join(' ');
    const start = m.index! + m[1].lastIndexOf(name);
    const end = start + name.length;
    const dated = s.tokens.some((t) => t.start >= start && t.end <= end && t.timex);
    if (!words.length || words.every(generic) || g.byForm.has(name.toLowerCase()) || dated) continue;
    found.push({
      sentence: s.index,
      start,
      end,
      text: name,
      entity: { id: `outlet:${slug(name)}`, kind: 'Outlet', name },
      rule: 'outlet-noun',
      priority: PRIORITY.pattern,
    });
  }
  return found;
}

/** Keeps the longest candidates that do not overlap, the more trusted source winning a tie. */
function commit(ctx: ArticleContext, candidates: Candidate[]): void {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  for (const { priority: _priority, ...mention } of candidates) ctx.addMention(mention);
}

/** Stage: every entity the sentences name, typed. */
export function findEntityMentions(ctx: ArticleContext, parts: NameParts = new Map()): void {
  for (const s of ctx.sentences) {
    if (s.dateline) commit(ctx, datelineCandidates(ctx, s));
    commit(ctx, [
      ...pressServiceCandidates(s),
      ...ministryCandidates(s),
      ...outletNounCandidates(s),
      ...stateBodyCandidates(s),
      ...gazetteerCandidates(s),
      ...nerCandidates(s, parts),
      ...venueCandidates(s),
    ]);
  }
}

/**
 * "HANOI, Dec. 12 (Xinhua)", "XI'AN. KAZINFORM": the place a dateline opens with is a place (a city, or a state when
 * the dateline names one), whatever its case and even where a capital elsewhere stands for its state.
 */
function datelineCandidates(ctx: ArticleContext, s: Sentence): Candidate[] {
  const name = ctx.input.dateline?.place;
  const at = name ? s.text.indexOf(name) : -1;
  if (!name || at < 0) return [];
  const base = { sentence: s.index, start: at, end: at + name.length, text: name, priority: PRIORITY.gazetteer };
  const place = lookupPlace(name).find((p) => p.type === 'city') ?? lookupPlace(name)[0];
  if (place)
    return [
      {
        ...base,
        entity: {
          id: `place:${slug(place.name)}-${place.country.toLowerCase()}`,
          kind: 'Place',
          name: place.name,
          country: place.country,
          props: { placeType: place.type },
        },
        rule: 'dateline-place',
      },
    ];
  const country = gazetteer()
    .byForm.get(name.toLowerCase())
    ?.find((f) => f.entity.kind === 'Country')?.entity;
  return country ? [{ ...base, entity: country, rule: 'dateline-country' }] : [];
}

export const entitiesStage: Stage = {
  name: 'entities',
  about: 'countries, outlets, organisations, places and people from gazetteers, patterns and NER',
  run: (ctx) => findEntityMentions(ctx, namePartsOf(ctx)),
};
