import { ArticleContext } from './context';
import { escapeRegex, findGazetteerForms, gazetteer, slug } from './gazetteer';
import { tokenize } from './nlp';
import { KnownPeople } from './known-people';
import { EntityRef } from './types';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Capitalised words that start sentences or name things, never a person's name. */
const NOT_NAMES = new Set(
  `${MONTHS}|${WEEKDAYS}|The|A|An|In|On|At|Of|For|And|But|Or|If|As|By|To|From|With|This|That|These|Those|It|He|She|They|We|His|Her|Their|Its|Our|Once|During|Regarding|Speaking|Meanwhile|Earlier|Later|After|Before|Since|While|When|Under|Over|Despite|However|Also|Both|Some|Many|Most|Other|Others|Western|Eastern|Northern|Southern|Cold|War|Olympics|Winter|Summer|Games|Conference|Assembly|Ministry|Council|Union|Party|Bank|House|Street|River|Sea|Ocean|Mountains|Cup|Summit|Agency|Times|Post|News|Herald|University|Institute|Forum|Group|Initiative|Plan|Day|Organization|Organisation|Front|Forces|Force|Army|Navy|Command|Office|Department|Platform|Topics|South|North|East|West|Global|Far|Middle|Central|International|National|Federal|State|Republic|Kingdom|Empire|Ukraine|Crisis|Peace|Friends|Letters|Past|Security|Foreign|Defence|Defense|Affairs|Minister|President|Prime|Chancellor|Leader|General|Secretary|Advertisement|Source|Site|Related|Next|News|Ctrl|Enter|Clicky|Exit|Read|More|Share|Photo|Video|Reuters|Bloomberg`.split(
    '|',
  ),
);
const NAME_TOKEN = "[A-Z][\\p{Ll}]+(?:[-'’][A-Z]?[\\p{Ll}]+)*";
const NAME = `${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2}`;

/** Spelling-tolerant key, so Zelenskiy / Zelensky / Zelenskyy and Sergey / Sergei make one person. */
export function personKey(name: string): string {
  return slug(name)
    .split('-')
    .map((part) => part.replace(/(.)\1+/g, '$1').replace(/(iy|yy|ij|ii|ey|ei|y)$/, 'i'))
    .join('-');
}

export function personEntity(name: string): EntityRef {
  return { id: `person:${personKey(name)}`, kind: 'Person', name };
}

function plausibleName(name: string): boolean {
  const tokens = name.split(/\s+/);
  if (tokens.some((t) => NOT_NAMES.has(t.replace(/['’]s$/, '')))) return false;
  if (tokens.some((t) => gazetteer().byForm.has(t.toLowerCase()))) return false;
  return tokens.every((t) => /^[A-Z]/.test(t) && t !== t.toUpperCase());
}

/** Trailing words that follow a name but are not part of it ("Putin Monday"). */
function trimName(name: string): string {
  const tokens = name.split(/\s+/);
  while (tokens.length > 1 && NOT_NAMES.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join(' ');
}

/** Countries, outlets, organizations and capitals; a capital acting as its state becomes the Country. */
export function findGazetteerMentions(ctx: ArticleContext): void {
  const g = gazetteer();
  ctx.sentences.forEach((sentence, index) => {
    for (const hit of findGazetteerForms(sentence)) {
      let entity = hit.form.entity;
      if (hit.form.role === 'capital' && actsAsState(sentence, hit.start, hit.end)) {
        entity = g.countryByCode.get(entity.country!) ?? entity;
      }
      ctx.addMention({
        sentence: index,
        start: hit.start,
        end: hit.end,
        text: hit.text,
        entity,
        via: hit.form.role === 'capital' ? 'capital' : 'gazetteer',
      });
    }
  });
}

/**
 * "Beijing said", "Moscow's invasion", "Beijing and Moscow have…" name the state; "met in Beijing",
 * a dateline ("BEIJING AFP -") and "the Beijing Winter Olympics" name the city.
 */
export function actsAsState(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (/^['’]s\b/.test(after) || /\baccording to\s+$/i.test(before)) return true;
  if (
    /\b(in|at|to|from|near|into|outside|around|across|via|visit|visited|visiting|visits|of)\s+(the\s+)?$/i.test(before)
  )
    return false;
  if (sentence.slice(start, end) === sentence.slice(start, end).toUpperCase() && /^\s+[A-Z]{2,}/.test(after))
    return false;
  if (/^\s*(-|–|—|\()/.test(after) && start < 3) return false;
  if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(and|or|is|was|has|had|said|says)\b/.test(after)) return false;
  return true;
}

interface TitleMatch {
  start: number;
  end: number;
  name: string;
  nameStart: number;
  title: string | null;
  holder: EntityRef | null;
}

function titleAlternation(): string {
  const titles = gazetteer().titles.flatMap((t) => [t, t.toLowerCase()]);
  return [...new Set(titles)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

/** The country or organization a prefix names: a demonym, a country's name, an organization. */
function holderOf(prefix: string): EntityRef | null {
  const clean = prefix.replace(/['’]s$/, '').trim();
  const g = gazetteer();
  const demonym = g.demonyms.get(clean.toLowerCase());
  if (demonym) return demonym;
  const forms = g.byForm.get(clean.toLowerCase()) ?? [];
  const form = forms.find((f) => f.entity.kind === 'Country' || f.entity.kind === 'Organization');
  if (form) return form.entity;
  const capital = forms.find((f) => f.role === 'capital');
  return capital ? (g.countryByCode.get(capital.entity.country!) ?? null) : null;
}

/** "Chinese President Xi Jinping", "Russian Foreign Minister Sergey Lavrov", "NATO Secretary General X Y". */
export function findTitledPeople(ctx: ArticleContext): void {
  const pattern = new RegExp(
    `(?:\\b(?<prefix>[A-Z][\\p{L}.]+?(?:\\s[A-Z][\\p{L}.]+)??(?:['’]s)?)\\s+)?(?<title>${titleAlternation()})\\s+(?<name>${NAME})`,
    'gu',
  );
  ctx.sentences.forEach((sentence, index) => {
    for (const m of sentence.matchAll(pattern)) {
      const name = trimName(m.groups!.name);
      if (!plausibleName(name)) continue;
      const nameStart = m.index! + m[0].lastIndexOf(m.groups!.name);
      const holder = m.groups!.prefix ? holderOf(m.groups!.prefix) : null;
      const title = normalizeTitle(m.groups!.title);
      addPerson(ctx, index, { start: m.index!, end: nameStart + name.length, name, nameStart, title, holder });
    }
  });
}

function normalizeTitle(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function addPerson(ctx: ArticleContext, sentence: number, match: TitleMatch): void {
  const person = personEntity(match.name);
  ctx.addMention({
    sentence,
    start: match.nameStart,
    end: match.nameStart + match.name.length,
    text: match.name,
    entity: person,
    via: 'title',
  });
  ctx.addEntity(
    person,
    match.holder ? `${ctx.sentences[sentence].slice(match.start, match.nameStart).trim()} ${match.name}` : undefined,
  );
  if (match.holder) {
    ctx.roles.set(person.id, { holderOf: match.holder, title: match.title, sentence });
    ctx.addFact('HOLDS_ROLE', person.id, match.holder.id, [sentence], { title: match.title }, match.title ?? '');
  }
}

/** "his Russian counterpart, Vladimir Putin": the same office as the sentence's titled person, in another state. */
export function findCounterparts(ctx: ArticleContext): void {
  const pattern = new RegExp(
    `\\b(?:his|her|their)\\s+(?<prefix>[A-Z][\\p{L}.]+)\\s+counterparts?,?\\s+(?<name>${NAME})`,
    'gu',
  );
  ctx.sentences.forEach((sentence, index) => {
    for (const m of sentence.matchAll(pattern)) {
      const name = trimName(m.groups!.name);
      if (!plausibleName(name)) continue;
      const holder = holderOf(m.groups!.prefix);
      const nameStart = m.index! + m[0].lastIndexOf(m.groups!.name);
      const titled = [...ctx.roles.values()].find((r) => r.sentence === index);
      addPerson(ctx, index, {
        start: m.index!,
        end: nameStart + name.length,
        name,
        nameStart,
        title: titled?.title ?? null,
        holder,
      });
    }
  });
}

/** "Germany's Olaf Scholz": a person tied to a state; the office is not stated, so the title stays unknown. */
export function findPossessivePeople(ctx: ArticleContext): void {
  const pattern = new RegExp(`\\b(?<prefix>[A-Z][\\p{L}]+(?:\\s[A-Z][\\p{L}]+)?)['’]s\\s+(?<name>${NAME})`, 'gu');
  ctx.sentences.forEach((sentence, index) => {
    for (const m of sentence.matchAll(pattern)) {
      const holder = holderOf(m.groups!.prefix);
      const name = trimName(m.groups!.name);
      if (!holder || holder.kind !== 'Country' || name.split(/\s+/).length < 2 || !plausibleName(name)) continue;
      const nameStart = m.index! + m[0].lastIndexOf(m.groups!.name);
      const person = personEntity(name);
      if (
        !ctx.addMention({
          sentence: index,
          start: nameStart,
          end: nameStart + name.length,
          text: name,
          entity: person,
          via: 'pattern',
        })
      )
        continue;
      if (!ctx.roles.has(person.id)) ctx.roles.set(person.id, { holderOf: holder, title: null, sentence: index });
      ctx.addFact('HOLDS_ROLE', person.id, holder.id, [index], { title: null });
    }
  });
}

/** Two- and three-word runs of proper nouns that pass the name filter ("Joe Biden", "Andriy Sybiha"). */
export function findNamedPeople(ctx: ArticleContext): void {
  ctx.sentences.forEach((sentence, index) => {
    const tokens = tokenize(sentence);
    let run: typeof tokens = [];
    const flush = () => {
      if (run.length >= 2 && run.length <= 3) {
        const start = run[0].start;
        const end = run[run.length - 1].end;
        const name = sentence.slice(start, end);
        if (new RegExp(`^${NAME}$`, 'u').test(name) && plausibleName(name) && !ctx.overlaps(index, start, end)) {
          ctx.addMention({ sentence: index, start, end, text: name, entity: personEntity(name), via: 'name' });
        }
      }
      run = [];
    };
    for (const token of tokens) {
      if (token.pos === 'PROPN' && /^[A-Z]/.test(token.text) && !ctx.overlaps(index, token.start, token.end))
        run.push(token);
      else flush();
    }
    flush();
  });
}

/** After full names are known: "Xi", "Putin", "Lavrov" alone, when only one person of the article fits. */
export function findShortNames(ctx: ArticleContext, known: KnownPeople): void {
  const owners = new Map<string, Set<string>>();
  for (const entity of ctx.entities.values()) {
    if (entity.kind !== 'Person') continue;
    for (const part of entity.name.split(/\s+/)) {
      if (part.length < 2 || NOT_NAMES.has(part)) continue;
      owners.set(part, (owners.get(part) ?? new Set()).add(entity.id));
    }
  }
  // A name the article never spells out ("Xi", "Putin") may be someone the graph already knows, if only one fits.
  for (const [part, person] of known.uniqueNameParts()) {
    if (owners.has(part) || NOT_NAMES.has(part) || gazetteer().byForm.has(part.toLowerCase())) continue;
    owners.set(part, new Set([person.id]));
    if (!ctx.entities.has(person.id)) ctx.knownPeople.set(person.id, person);
  }
  const unique = [...owners].filter(([, ids]) => ids.size === 1);
  if (unique.length === 0) return;
  const pattern = new RegExp(`(?<![\\p{L}])(?:${unique.map(([p]) => escapeRegex(p)).join('|')})(?![\\p{L}])`, 'gu');
  ctx.sentences.forEach((sentence, index) => {
    for (const m of sentence.matchAll(pattern)) {
      const id = [...owners.get(m[0])!][0];
      const entity = ctx.entities.get(id) ?? ctx.knownPeople.get(id)!;
      ctx.addMention({
        sentence: index,
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        entity,
        via: 'short-name',
      });
    }
  });
}

/** "the Chinese leader", "the Russian president", "the Russian and Chinese presidents" → the people holding those offices. */
export function findDescriptors(ctx: ArticleContext, known: KnownPeople): void {
  const offices = '(?:leaders?|presidents?|premiers?|prime ministers?|chancellors?|foreign ministers?|heads? of state)';
  const pattern = new RegExp(
    `\\bthe\\s+(?<a>[A-Z][\\p{L}]+)(?:\\s+and\\s+(?<b>[A-Z][\\p{L}]+))?\\s+(?<office>${offices})\\b`,
    'giu',
  );
  ctx.sentences.forEach((sentence, index) => {
    for (const m of sentence.matchAll(pattern)) {
      const office = m.groups!.office.toLowerCase().replace(/s$/, '');
      for (const demonym of [m.groups!.a, m.groups!.b].filter(Boolean) as string[]) {
        const country = gazetteer().demonyms.get(demonym.toLowerCase());
        if (!country) continue;
        const mentioned = new Set(ctx.mentions.map((x) => x.entity.id));
        const knownHolders = known.holdersOf(country.id).filter(([id]) => mentioned.has(id) && !ctx.roles.has(id));
        const holders = [...[...ctx.roles].filter(([, r]) => r.holderOf.id === country.id), ...knownHolders];
        const best =
          holders.find(([, r]) => r.title?.toLowerCase() === office) ??
          (office === 'leader'
            ? holders.find(([, r]) => /president|leader|premier|prime minister|chancellor/i.test(r.title ?? ''))
            : undefined);
        if (!best) continue;
        const person = ctx.entities.get(best[0]) ?? ctx.knownPeople.get(best[0])!;
        const at = m.index! + m[0].indexOf(demonym);
        ctx.mentions.push({
          sentence: index,
          start: at,
          end: m.index! + m[0].length,
          text: m[0],
          entity: person,
          via: 'descriptor',
        });
        ctx.addEntity(person, m.groups!.b ? undefined : m[0].replace(/^the\s+/i, 'the '));
      }
    }
  });
}
