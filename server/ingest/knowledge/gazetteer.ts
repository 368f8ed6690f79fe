import { countries } from 'countries-list';
import nationality from 'i18n-nationality';
import general from './gazetteers/general.json';
import organizationList from './gazetteers/organizations.json';
import outletList from './gazetteers/outlets.json';
import { EntityRef } from '../types';
import englishNationalities from 'i18n-nationality/langs/en.json';

/** How a gazetteer form names its entity: a capital may stand for its state ("Beijing said"). */
export type FormRole = 'name' | 'demonym' | 'capital';

export interface GazetteerForm {
  form: string;
  entity: EntityRef;
  role: FormRole;
  /** Country names and capitals are matched in any case ("kyiv"); acronyms and outlet names only as written. */
  caseInsensitive: boolean;
}

export interface OutletRecord {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  country: string | null;
  stateAffiliated: boolean;
}

export interface Gazetteer {
  forms: GazetteerForm[];
  /** One regex over every form, longest first. */
  pattern: RegExp;
  byForm: Map<string, GazetteerForm[]>;
  countryByCode: Map<string, EntityRef>;
  demonyms: Map<string, EntityRef>;
  outletByDomain: Map<string, EntityRef>;
  outletByName: Map<string, EntityRef>;
  outletById: Map<string, EntityRef>;
  /** A seat of government named for its occupant ("the Kremlin said") has a place twin ("in the Kremlin"). */
  placeTwins: Map<string, EntityRef>;
  /**
   * Nouns an official style uses for the state itself ("President of the Republic", "the Kingdom's envoy"): never
   * the towns that happen to bear them (Republic, Missouri), in lower case.
   */
  stateNouns: Set<string>;
  /** "the Daily Monitor newspaper", "the Kathimerini daily": the nouns that say the name before them is an outlet. */
  outletNouns: string[];
  /** "Orinoco Tribune", "Khmer Times": the last words of a name that make it a newspaper's. */
  outletNameHeads: Set<string>;
  /** "the Kenyan presidency", "the Saudi royal court": a state's bodies named by the state and a common noun. */
  stateBodies: Map<string, string>;
  /** "State TV", "the national broadcaster", "the Sunday newspaper": words before an outlet noun that name none. */
  outletNotNames: Set<string>;
  /** Words that make a demonym a region's adjective ("North American", "Latin American"). */
  regionQualifiers: RegExp;
}

const lowerKey = (s: string) => s.toLowerCase();

/** A literal string inside a RegExp. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let built: Gazetteer | undefined;

/** General knowledge only: countries (names, demonyms, capitals), outlets, organizations, titles. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  nationality.registerLocale(englishNationalities);
  const forms: GazetteerForm[] = [];
  const countryByCode = new Map<string, EntityRef>();
  const demonyms = new Map<string, EntityRef>();
  const add = (form: string, entity: EntityRef, role: FormRole, caseInsensitive: boolean) => {
    // "The Guardian" is matched as "Guardian": the article's own "the" may be lower case.
    form = form.replace(/^The\s+/, '');
    if (form.length < 2) return;
    forms.push({ form, entity, role, caseInsensitive });
  };

  const extraAliases = general.countryAliases as Record<string, string[]>;
  // "Gold Coast" (a city in Australia), "Formosa" (a province of Argentina): a country's old name now another's.
  const aliasesElsewhere = new Set(general.countryAliasesElsewhere);
  const extraDemonyms = general.demonyms as Record<string, string[]>;
  const extraCapitals = general.capitals as Record<string, string[]>;
  for (const [code, info] of Object.entries(countries)) {
    const country: EntityRef = { id: `country:${code.toLowerCase()}`, kind: 'Country', name: info.name, country: code };
    countryByCode.set(code, country);
    // The country list's own aliases ("Turkey" for Türkiye, "Holland"), less those that today name another place.
    const aliases = ((info as { alias?: string[] }).alias ?? []).filter((a) => !aliasesElsewhere.has(a));
    for (const name of new Set([info.name, ...aliases, ...(extraAliases[code] ?? [])]))
      add(name, country, 'name', name.length > 3);
    const demonymSet = new Set(
      [nationality.getName(code, 'en'), ...(extraDemonyms[code] ?? [])].filter(Boolean) as string[],
    );
    for (const demonym of demonymSet) {
      demonyms.set(lowerKey(demonym), country);
      add(demonym, country, 'demonym', false);
    }
    const capitals = new Set([info.capital, ...(extraCapitals[code] ?? [])].filter((c) => c && c.length > 2));
    // "Hà Nội" and "Ha Noi" are Hanoi spelled with its tones or its syllables apart: one place, named as the
    // country list names it.
    const spelled = new Map<string, EntityRef>();
    for (const capital of capitals) {
      const letters = slug(capital).replace(/-/g, '');
      const place: EntityRef = spelled.get(letters) ?? {
        id: `place:${slug(capital)}-${code.toLowerCase()}`,
        kind: 'Place',
        name: capital,
        country: code,
        props: { capitalOf: code },
      };
      spelled.set(letters, place);
      add(capital, place, 'capital', true);
    }
  }

  const outletByDomain = new Map<string, EntityRef>();
  const outletByName = new Map<string, EntityRef>();
  const outletById = new Map<string, EntityRef>();
  for (const outlet of outletList as OutletRecord[]) {
    const entity: EntityRef = {
      id: outlet.id,
      kind: 'Outlet',
      name: outlet.name,
      country: outlet.country,
      props: { stateAffiliated: outlet.stateAffiliated, domains: outlet.domains.join(' ') || null },
    };
    for (const name of [outlet.name, ...outlet.aliases]) {
      add(name, entity, 'name', false);
      outletByName.set(lowerKey(name), entity);
    }
    for (const domain of outlet.domains) outletByDomain.set(domain, entity);
    outletById.set(outlet.id, entity);
  }

  const placeTwins = new Map<string, EntityRef>();
  for (const org of organizationList as {
    id: string;
    name: string;
    aliases: string[];
    country: string | null;
    seat?: boolean;
  }[]) {
    const entity: EntityRef = { id: org.id, kind: 'Organization', name: org.name, country: org.country };
    for (const name of [org.name, ...org.aliases]) add(name, entity, 'name', false);
    if (org.seat)
      placeTwins.set(org.id, { id: `place:${slug(org.name)}`, kind: 'Place', name: org.name, country: org.country });
  }

  forms.sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map<string, GazetteerForm[]>();
  for (const f of forms) {
    const key = lowerKey(f.form);
    byForm.set(key, [...(byForm.get(key) ?? []), f]);
  }
  const alternatives = [...new Set(forms.map((f) => escapeRegex(f.form)))];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  built = {
    forms,
    pattern,
    byForm,
    countryByCode,
    demonyms,
    outletByDomain,
    outletByName,
    outletById,
    placeTwins,
    stateNouns: new Set(general.stateNouns.map(lowerKey)),
    outletNouns: general.outletNouns,
    outletNameHeads: new Set(general.outletNameHeads.map(lowerKey)),
    stateBodies: new Map(Object.entries(general.stateBodies as Record<string, string>)),
    outletNotNames: new Set(general.outletNotNames.map(lowerKey)),
    regionQualifiers: new RegExp(`\\b(?:${general.regionQualifiers.map(escapeRegex).join('|')})[\\s-]$`, 'u'),
  };
  return built;
}

/** A stable, readable id fragment: ASCII, lower case, dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface GazetteerHit {
  start: number;
  end: number;
  text: string;
  form: GazetteerForm;
}

/** Every gazetteer form in the text, longest first, without overlaps; case rules per form. */
export function findGazetteerForms(text: string): GazetteerHit[] {
  const g = gazetteer();
  const hits: GazetteerHit[] = [];
  const formOf = (words: string) => {
    const candidates = g.byForm.get(lowerKey(words)) ?? [];
    return candidates.find((c) => c.form === words) ?? candidates.find((c) => c.caseInsensitive);
  };
  for (const match of text.matchAll(g.pattern)) {
    // "Tasnim news agency reported": the pattern matches "Tasnim News Agency" whatever the case, and the name is
    // not in that case; its longest leading words that are a form in their own case ("Tasnim") are the hit.
    let words = match[0];
    let form = formOf(words);
    while (!form && /\s/.test(words)) {
      words = words.replace(/\s+\S+$/, '');
      form = formOf(words);
    }
    if (!form) continue;
    // "The North American nation" is Haiti as well as the US: a region's adjective names no state.
    if (form.role === 'demonym' && g.regionQualifiers.test(text.slice(Math.max(0, match.index! - 12), match.index!)))
      continue;
    hits.push({ start: match.index!, end: match.index! + words.length, text: words, form });
  }
  return hits;
}
