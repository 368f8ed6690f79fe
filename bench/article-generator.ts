import fs from 'node:fs';
import path from 'node:path';
import { gazetteer } from '../server/ingest/knowledge/gazetteer';
import { FAMILY_NAMES, GIVEN_NAMES } from './support/names';
import { Random, Zipf } from './support/random';

/**
 * Synthetic but realistic articles: leaders of real countries (drawn from the gazetteer, Zipf-weighted, so a
 * few dominate the news) call, meet and visit each other, outlets from the gazetteer report it, in sentences
 * shaped like wire copy. Nothing here restates the seed articles.
 */
interface Leader {
  name: string;
  family: string;
  title: string;
  country: string;
  demonym: string;
  capital: string | null;
}

const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Chancellor', 'Defence Minister'];
const PROMINENT = [
  'US',
  'CN',
  'RU',
  'GB',
  'FR',
  'DE',
  'IN',
  'JP',
  'BR',
  'TR',
  'IR',
  'SA',
  'UA',
  'PL',
  'IT',
  'ES',
  'CA',
  'AU',
  'ZA',
  'NG',
  'EG',
  'KR',
  'MX',
  'ID',
  'PK',
  'IL',
  'QA',
  'AE',
  'KZ',
  'VN',
  'AR',
  'KE',
  'ET',
  'HU',
  'SE',
  'NO',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const TOPICS = [
  'trade and energy cooperation',
  'the security situation in the region',
  'grain exports and shipping routes',
  'climate finance ahead of the summit',
  'a ceasefire proposal',
  'investment in infrastructure',
  'sanctions and their effect on both economies',
];
const FILLER = [
  'Analysts said the talks signalled a closer relationship between the two governments.',
  'Neither side gave details of any agreement.',
  'The two countries have expanded trade in recent years.',
  'Officials declined to comment further on the discussions.',
  'Markets showed little reaction to the news.',
  'Opposition lawmakers criticised the lack of transparency.',
];

function leaders(random: Random, count: number): Leader[] {
  const g = gazetteer();
  const countries = [...new Map([...g.countryByCode.values()].map((c) => [c.id, c])).values()];
  const demonymOf = new Map<string, string>();
  for (const [demonym, country] of g.demonyms)
    if (!demonymOf.has(country.id) && /^[a-z]+$/i.test(demonym)) demonymOf.set(country.id, demonym);
  const capitalOf = new Map<string, string>();
  for (const f of g.forms) if (f.role === 'capital' && !capitalOf.has(f.entity.id)) capitalOf.set(f.entity.id, f.form);
  // Countries often in international news lead (they get the most-covered leaders); the rest follow.
  const prominence = (id: string) => {
    const rank = PROMINENT.indexOf(id.split(':')[1]?.toUpperCase() ?? '');
    return rank < 0 ? PROMINENT.length : rank;
  };
  const usable = countries.filter((c) => demonymOf.has(c.id)).sort((x, y) => prominence(x.id) - prominence(y.id));
  return Array.from({ length: count }, (_, i) => {
    const country = usable[i % usable.length];
    const given = GIVEN_NAMES[random.int(GIVEN_NAMES.length)];
    const family = FAMILY_NAMES[(i * 7 + random.int(FAMILY_NAMES.length)) % FAMILY_NAMES.length];
    const demonym = demonymOf.get(country.id)!;
    return {
      name: `${given} ${family}`,
      family,
      title: TITLES[Math.floor(i / usable.length) % TITLES.length],
      country: country.name,
      demonym: demonym[0].toUpperCase() + demonym.slice(1),
      capital: capitalOf.get(country.id) ?? null,
    };
  });
}

export interface GeneratedArticle {
  file: string;
  text: string;
  meta: { title: string; url: string | null; publishedAt: string | null; outlet: string | null };
}

/** `count` articles, deterministic for a seed. */
export function generateArticles(count: number, seed = 7): GeneratedArticle[] {
  const random = new Random(seed);
  const people = leaders(random, 400);
  const outlets = [...gazetteer().outletById.values()];
  const personRank = new Zipf(people.length, 1);
  const outletRank = new Zipf(outlets.length, 1.1);
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const a = people[personRank.sample(random)];
    let b = people[personRank.sample(random)];
    if (b === a) b = people[(people.indexOf(a) + 1) % people.length];
    const outlet = outlets[outletRank.sample(random)];
    const second = outlets[outletRank.sample(random)];
    const day = new Date(Date.UTC(2016, 0, 1) + random.int(9 * 365) * 86_400_000);
    const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const published = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
    const topic = random.pick(TOPICS);
    const kind = random.int(3);
    let title: string;
    const body: string[] = [];
    if (kind === 0) {
      title = `${a.family} and ${b.family} discuss ${topic} in phone call`;
      body.push(
        `${a.demonym} ${a.title} ${a.name} held a phone call with ${b.demonym} ${b.title} ${b.name} on ${date}, ${outlet.name} reported.`,
        `${a.family} told ${b.family} that both sides should deepen cooperation on ${topic}, according to ${second.name}.`,
      );
    } else if (kind === 1) {
      title = `${a.family} meets ${b.family} to discuss ${topic}`;
      body.push(
        `${a.demonym} ${a.title} ${a.name} met ${b.demonym} ${b.title} ${b.name}${a.capital ? ` in ${a.capital}` : ''} on ${date}, ${outlet.name} reported.`,
        `The two leaders discussed ${topic}, ${second.name} said.`,
      );
    } else {
      title = `${a.family} visits ${b.country}`;
      body.push(
        `${a.demonym} ${a.title} ${a.name} began a visit to ${b.country} on ${date}, ${outlet.name} reported.`,
        `During the visit ${a.family} met ${b.title} ${b.name} to discuss ${topic}.`,
      );
    }
    body.push(random.pick(FILLER), random.pick(FILLER));
    articles.push({
      file: `synthetic-${String(i).padStart(6, '0')}.txt`,
      text: `${title}\n\n${body.slice(0, 2).join(' ')}\n\n${body.slice(2).join(' ')}\n`,
      meta: {
        title,
        url: random.chance(0.7) ? `https://${outlet.name.toLowerCase().replace(/[^a-z]+/g, '')}.example/${i}` : null,
        publishedAt: random.chance(0.8) ? published : null,
        outlet: random.chance(0.7) ? outlet.id : null,
      },
    });
  }
  return articles;
}

/** Writes the articles and their articles.json into `dir`, as `npm run ingest` reads them. */
export function writeArticles(dir: string, articles: GeneratedArticle[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const a of articles) fs.writeFileSync(path.join(dir, a.file), a.text);
  fs.writeFileSync(
    path.join(dir, 'articles.json'),
    JSON.stringify(Object.fromEntries(articles.map((a) => [a.file, a.meta]))),
  );
}
