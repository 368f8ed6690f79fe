import { ArticleContext } from '../context';
import { gazetteer, slug } from '../knowledge/gazetteer';
import { locative, ORGANIZATION, VENUE } from './02-entities';
import { cleanPersonName, isParticle, personEntity } from '../knowledge/names';
import { STYLES, TITLES } from '../knowledge/lang/en';
import { lookupPlace } from '../knowledge/places';
import { findTitles } from '../knowledge/titles';
import { Stage } from '../stage';

/**
 * The rules engine has no statistical NER: this stage stands in for it with what capitalisation tells. A run of
 * two or three proper nouns that is nothing the gazetteers know is a person's name, unless a preposition of place
 * precedes it and the places dataset knows it; a single proper noun right after an office is a person too
 * ("President Lula").
 */

const MONTHS_AND_DAYS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NOT_NAME =
  /^(The|A|An|In|On|At|Of|For|And|But|Or|If|As|By|To|From|With|This|That|He|She|They|We|It|His|Her|Their|Its|Our)$/;

/** Words of offices and forms of address: "Prime Minister", "His Highness" are no one's name. */
const OFFICE_WORDS = new Set(
  [...TITLES.offices, ...STYLES].flatMap((t) => t.toLowerCase().split(/\s+/)).filter((w) => w.length > 2),
);

function plausibleName(words: string[]): boolean {
  const text = words.join(' ');
  return (
    words.every(
      (w) =>
        /^\p{Lu}\p{Ll}/u.test(w) &&
        !MONTHS_AND_DAYS.test(w) &&
        !NOT_NAME.test(w) &&
        !OFFICE_WORDS.has(w.toLowerCase()) &&
        !gazetteer().byForm.has(w.toLowerCase()),
    ) &&
    // "Ishikawa Prefecture", "Armed Forces", "Noto Peninsula Earthquake": places and bodies, not people.
    !VENUE.test(text) &&
    !ORGANIZATION.test(text) &&
    !/\b(?:Earthquake|Prefecture|Peninsula|Storm|Hurricane|Typhoon|Olympics|Games|Cup|War|Day)$/.test(text)
  );
}

export function findHeuristicNames(ctx: ArticleContext): void {
  for (const s of ctx.sentences) {
    const titleEnds = new Set(findTitles(s.text).map((t) => t.end));
    let run: typeof s.tokens = [];
    const flush = () => {
      const words = run.map((t) => t.text).filter((w) => !isParticle(w) && w !== '-' && !/^[a-z]{1,3}-/.test(w));
      if (words.length > 0 && words.length <= 4 && plausibleName(words)) {
        const start = run[0].start;
        const end = run[run.length - 1].end;
        const text = s.text.slice(start, end);
        const afterTitle = [...titleEnds].some((e) => e === start - 1);
        const place = locative(s.text, start) ? lookupPlace(text)[0] : undefined;
        if (place)
          ctx.addMention({
            sentence: s.index,
            start,
            end,
            text,
            entity: {
              id: `place:${slug(place.name)}-${place.country.toLowerCase()}`,
              kind: 'Place',
              name: place.name,
              country: place.country,
            },
            rule: 'capitalised-place',
          });
        else if (words.length >= 2 || afterTitle)
          ctx.addMention({
            sentence: s.index,
            start,
            end,
            text,
            entity: personEntity(cleanPersonName(text).name),
            rule: 'capitalised-name',
          });
      }
      run = [];
    };
    s.tokens.forEach((t, i) => {
      const free = !ctx.overlaps(s.index, t.start, t.end);
      // "Abdel Fatah al-Sisi", "Lula da Silva", "Yoon Suk-yeol": a particle or a hyphen inside a run continues it.
      const inside =
        run.length > 0 &&
        free &&
        (isParticle(t.text) || /^[a-z]{1,3}-\p{Lu}/u.test(t.text) || t.text === '-') &&
        /^\p{Lu}/u.test(s.tokens[i + 1]?.text ?? '');
      if ((t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && free) || inside) run.push(t);
      else flush();
    });
    flush();
  }
}

export const heuristicNamesStage: Stage = {
  name: 'heuristic-names',
  about: 'rules engine only: people and places from capitalisation, as NER would',
  run: (ctx) => (ctx.input.mode === 'rules' ? findHeuristicNames(ctx) : undefined),
};
