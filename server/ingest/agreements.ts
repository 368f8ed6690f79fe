import { ArticleContext, insideQuotes } from './context';
import { gazetteer, slug } from './gazetteer';
import { EntityRef } from './types';

const HEADS = 'partnership|relationship|agreement|treaty|pact|accord|deal|alliance|declaration|memorandum';

/** A named agreement: `"no limits" partnership`, `an agreement pledging … "no limits"`, `the Minsk Agreement`. */
export function findAgreements(ctx: ArticleContext): void {
  const quotedBefore = new RegExp(`["“]([^"”]{2,40})["”]\\s+(${HEADS})\\b`, 'giu');
  const quotedAfter = new RegExp(`\\b(?:an?|the)\\s+(${HEADS})\\b[^.;]{0,90}?["“]([^"”]{2,40})["”]`, 'giu');
  const proper = /\b((?:[A-Z][\p{L}]+\s+){1,3}(?:Agreement|Treaty|Accords?|Pact|Declaration))\b/gu;
  ctx.sentences.forEach((text, sentence) => {
    const found: { name: string; key: string; start: number; end: number }[] = [];
    for (const m of text.matchAll(quotedBefore)) {
      found.push({ name: `“${m[1]}” ${m[2].toLowerCase()}`, key: m[1], start: m.index!, end: m.index! + m[0].length });
    }
    for (const m of text.matchAll(quotedAfter)) {
      if (m[2].split(/\s+/).length > 4) continue;
      const at = m.index! + m[0].lastIndexOf(m[2]) - 1;
      found.push({ name: `“${m[2]}” ${m[1].toLowerCase()}`, key: m[2], start: at, end: at + m[2].length + 2 });
    }
    for (const m of text.matchAll(proper)) {
      if (insideQuotes(text, m.index!)) continue;
      found.push({ name: m[1], key: m[1], start: m.index!, end: m.index! + m[1].length });
    }
    for (const f of found) {
      const entity: EntityRef = { id: `agreement:${slug(f.key)}`, kind: 'Agreement', name: f.name };
      ctx.addMention({
        sentence,
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        entity,
        via: 'pattern',
      });
    }
  });
}

const GROUP_REFERENCE =
  /\b(?:the two (?:countries|nations|sides|states|leaders|presidents)|their (?:countries|nations)|both (?:countries|sides|leaders)|the sides)\b/i;

/**
 * Who is party to each agreement: the states or people the sentence names, or, for "the two countries",
 * the pair the previous sentences named (those sentences join the evidence).
 */
export function findAgreementParties(ctx: ArticleContext, exclude: Set<string>): void {
  ctx.sentences.forEach((text, sentence) => {
    const mentions = ctx.mentionsIn(sentence);
    for (const agreement of mentions.filter((m) => m.entity.kind === 'Agreement')) {
      const parties = mentions.filter(
        (m) =>
          (m.entity.kind === 'Country' || m.entity.kind === 'Person') &&
          !exclude.has(`${sentence}:${m.start}`) &&
          !insideQuotes(text, m.start) &&
          !(
            m.entity.kind === 'Country' &&
            m.text.toLowerCase() !== m.entity.name.toLowerCase() &&
            m.via === 'gazetteer' &&
            /^[A-Z][a-z]+$/.test(m.text) &&
            isDemonym(m.text)
          ),
      );
      const named = new Map(parties.map((p) => [p.entity.id, p.entity]));
      const countries = [...named.values()].filter((e) => e.kind === 'Country');
      const chosen = countries.length >= 2 ? countries : [...named.values()];
      if (chosen.length >= 2) {
        for (const party of chosen) ctx.addFact('PARTY_TO', party.id, agreement.entity.id, [sentence]);
        continue;
      }
      if (!GROUP_REFERENCE.test(text)) continue;
      const wantPeople =
        /leaders|presidents/i.test(text.match(GROUP_REFERENCE)![0]) && !/their (countries|nations)/i.test(text);
      for (let back = sentence - 1; back >= Math.max(0, sentence - 1); back--) {
        const antecedents = new Map(
          ctx
            .mentionsIn(back)
            .filter(
              (m) =>
                (wantPeople ? m.entity.kind === 'Person' : m.entity.kind === 'Country') &&
                !insideQuotes(ctx.sentences[back], m.start),
            )
            .map((m) => [m.entity.id, m.entity]),
        );
        // "Beijing and Moscow have stepped up…": a coordinated pair is the antecedent even beside other names.
        const list = ctx.mentionsIn(back).filter((m) => antecedents.has(m.entity.id));
        const pair = list.findIndex(
          (m, i) => i + 1 < list.length && /^\s+and\s+$/.test(ctx.sentences[back].slice(m.end, list[i + 1].start)),
        );
        if (pair >= 0 && list[pair].entity.id !== list[pair + 1].entity.id) {
          for (const party of [list[pair].entity, list[pair + 1].entity])
            ctx.addFact('PARTY_TO', party.id, agreement.entity.id, [sentence, back]);
          break;
        }
        if (antecedents.size === 2) {
          for (const party of antecedents.values())
            ctx.addFact('PARTY_TO', party.id, agreement.entity.id, [sentence, back]);
          break;
        }
      }
    }
  });
}

function isDemonym(word: string): boolean {
  return gazetteer().demonyms.has(word.toLowerCase());
}
