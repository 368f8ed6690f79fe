import { ArticleContext } from './context';
import { gazetteer, slug } from './gazetteer';
import { locative } from './entities';
import { cleanPersonName, personEntity } from './names';
import { lookupPlace } from './places';
import { findTitles } from './titles';

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

function plausibleName(words: string[]): boolean {
  return words.every(
    (w) =>
      /^\p{Lu}\p{Ll}/u.test(w) &&
      !MONTHS_AND_DAYS.test(w) &&
      !NOT_NAME.test(w) &&
      !gazetteer().byForm.has(w.toLowerCase()),
  );
}

export function findHeuristicNames(ctx: ArticleContext): void {
  for (const s of ctx.sentences) {
    const titleEnds = new Set(findTitles(s.text).map((t) => t.end));
    let run: typeof s.tokens = [];
    const flush = () => {
      const words = run.map((t) => t.text);
      if (run.length > 0 && run.length <= 3 && plausibleName(words)) {
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
        else if (run.length >= 2 || afterTitle)
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
    for (const t of s.tokens) {
      if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !ctx.overlaps(s.index, t.start, t.end)) run.push(t);
      else flush();
    }
    flush();
  }
}
