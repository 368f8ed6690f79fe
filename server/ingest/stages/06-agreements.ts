import { NlpToken } from '../../nlp/types';
import { ArticleContext, insideQuotes, Sentence } from '../context';
import { gazetteer, slug } from '../knowledge/gazetteer';
import { AGREEMENTS } from '../knowledge/lang/en';
import { EntityRef, Mention } from '../types';
import { Stage } from '../stage';

/**
 * Agreements, treaties and conventions, and who is party to them.
 * - agreement-name      a proper name ("the Genocide Convention", "Paris Agreement") or a quoted one (the "no
 *                       limits" partnership): one node wherever it is named
 * - agreement-concluded an ordinary phrase a conclusion verb governs ("signed a free trade agreement", "have agreed
 *                       to a major defence pact", "the agreement, which was reached between …"); its later tellings
 *                       ("the deal", "this historic treaty", "the trade agreement") are the same agreement when their
 *                       words fit. Its node is named by its most telling phrase and keyed by its parties.
 * Parties, first rule that finds some: party-between ("reached between China, Iran and Saudi Arabia"),
 * party-subject (who signed or agreed: "Australia and Indonesia have agreed to"; leaders stand for their states),
 * party-pair ("UK-India trade deal"), party-group ("the two countries" after a pair), party-in-sentence (two or more
 * states the sentence coordinates).
 */

interface Telling {
  mention: Mention;
  /** Words that say which agreement it is ("free", "trade"), not how it is judged ("historic"). */
  words: string[];
  /** The token range of the phrase: where to look for its verb and its parties. */
  first: number;
  last: number;
}

interface AgreementRecord {
  entity: EntityRef;
  named: boolean;
  tellings: Telling[];
}

const records = new WeakMap<ArticleContext, AgreementRecord[]>();
const isNoun = (t: NlpToken) => /^NN/.test(t.tag) || t.pos === 'NOUN' || t.pos === 'PROPN';
const isVerb = (t: NlpToken) => /^VB/.test(t.tag) || t.pos === 'VERB' || t.pos === 'AUX';
const QUOTE = /^(?:["“”‘’'`]+|``|'')$/;
const MODIFIER_TAGS = /^(?:JJ|JJR|JJS|NN|NNS|NNP|NNPS|HYPH|VBN|CD)$/;

/** The phrase a head word ends: its modifiers back to the determiner, quotes and hyphens included. */
function phraseBefore(tokens: NlpToken[], head: number): { first: number; determiner: string | null } {
  let j = head - 1;
  while (j >= 0 && (MODIFIER_TAGS.test(tokens[j].tag) || QUOTE.test(tokens[j].text)) && tokens[j].tag !== 'POS') j--;
  const det = tokens[j];
  const determiner = det && (det.tag === 'DT' || det.tag === 'PRP$') ? det.text.toLowerCase() : null;
  return { first: j + 1, determiner };
}

/** A conclusion verb that governs the phrase: before it in its clause, or after it ("which was reached"). */
function concluded(tokens: NlpToken[], first: number, last: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 8); j--) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';') break;
    if (AGREEMENTS.conclusionNouns.has(t.text.toLowerCase()) && tokens[j + 1]?.text === 'of') return true;
    if (isVerb(t)) {
      if (AGREEMENTS.conclusion.has(t.lemma)) return true;
      if (!['be', 'have', 'do', 'will', 'would', 'to'].includes(t.lemma) && t.tag !== 'MD') break;
    }
  }
  const after = tokens.slice(last + 1, last + 7);
  return after.some(
    (t, k) => isVerb(t) && AGREEMENTS.conclusion.has(t.lemma) && after.slice(0, k).every((x) => x.text !== '.'),
  );
}

/** Stage: agreements the sentences name, with their tellings in order. */
export function findAgreements(ctx: ArticleContext): void {
  const list: AgreementRecord[] = [];
  records.set(ctx, list);
  for (const s of ctx.sentences) {
    for (const quoted of quotedNames(s)) addTelling(ctx, list, s, quoted);
    s.tokens.forEach((t, i) => {
      const head = AGREEMENTS.heads.get(t.text.toLowerCase());
      if (!head || !isNoun(t)) return;
      const { first, determiner } = phraseBefore(s.tokens, i);
      const modifiers = s.tokens.slice(first, i).filter((x) => !QUOTE.test(x.text) && !/^[-–]$/.test(x.text));
      const proper =
        /^\p{Lu}/u.test(t.text) &&
        modifiers.some((x) => /^\p{Lu}\p{Ll}/u.test(x.text)) &&
        !insideQuotes(s.text, t.start);
      const words = modifiers
        .map((x) => x.text.toLowerCase())
        .filter((w) => !AGREEMENTS.evaluative.has(w) && !/^\d/.test(w) && !gazetteer().byForm.has(w));
      if (head.needs && !modifiers.some((x) => head.needs!.includes(x.text.toLowerCase()))) return;
      if (head.named && !proper) return;
      const isConcluded = concluded(s.tokens, first, i);
      const referring = determiner !== null && AGREEMENTS.referring.has(determiner);
      if (!proper && !isConcluded && !(referring && list.some((r) => !r.named))) return;
      // A city in an agreement's proper name is part of the name, not a place it names ("Rome Statute", "Paris
      // Agreement", "Minsk Protocol"); states stay, as parties ("UK-India Free Trade Agreement").
      if (proper)
        for (const m of ctx.mentionsIn(s.index))
          if (m.entity.kind === 'Place' && m.start >= s.tokens[first].start && m.end <= t.start) ctx.removeMention(m);
      // The mention covers the phrase from its first word no other mention holds ("UK-India trade deal" → "trade deal").
      let from = first;
      const taken = (x: NlpToken) =>
        ctx.overlaps(s.index, x.start, x.end) || x.tag === 'HYPH' || /^[-–]$/.test(x.text) || QUOTE.test(x.text);
      while (from < i && taken(s.tokens[from])) from++;
      const start = s.tokens[from].start;
      const name = proper ? s.text.slice(start, t.end) : [...words, t.text.toLowerCase()].join(' ');
      addTelling(ctx, list, s, {
        start,
        end: t.end,
        name,
        named: proper,
        words,
        first,
        last: i,
        isNew: proper || isConcluded,
      });
    });
  }
}

interface Found {
  start: number;
  end: number;
  name: string;
  /** What identifies a named agreement across tellings and articles (the quoted words, else the name). */
  key?: string;
  named: boolean;
  words: string[];
  first: number;
  last: number;
  /** A proper name or a concluded phrase may start a new agreement; "the deal" only refers back. */
  isNew: boolean;
}

/** `"no limits" partnership`, `an agreement … "no limits"`: a quoted name and its head. */
function quotedNames(s: Sentence): Found[] {
  const heads = [...AGREEMENTS.heads.keys()].join('|');
  const found: Found[] = [];
  for (const m of s.text.matchAll(new RegExp(`["“]([^"”]{2,40})["”]\\s+(${heads})\\b`, 'giu'))) {
    const tokenAt = s.tokens.findIndex((t) => t.start >= m.index!);
    found.push({
      start: m.index!,
      end: m.index! + m[0].length,
      name: `“${m[1]}” ${m[2].toLowerCase()}`,
      // The quoted words are the name: the "no limits" partnership, relationship and agreement are one.
      key: m[1],
      named: true,
      words: [m[1].toLowerCase()],
      first: tokenAt,
      last: s.tokens.findIndex((t) => t.end >= m.index! + m[0].length),
      isNew: true,
    });
  }
  return found;
}

/** Whether two tellings' words fit one agreement: one says no more than the other ("trade deal", "free trade agreement"). */
function fits(a: string[], b: string[]): boolean {
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}

function addTelling(ctx: ArticleContext, list: AgreementRecord[], s: Sentence, f: Found): void {
  const id = `agreement:${slug(f.key ?? f.name)}`;
  const known = f.named
    ? list.find((r) => r.named && r.entity.id === id)
    : [...list].reverse().find((r) => !r.named && r.tellings.some((t) => fits(t.words, f.words)));
  if (!known && !f.isNew) return;
  const entity: EntityRef = known?.entity ?? {
    id: f.named ? id : `agreement:pending-${list.length}`,
    kind: 'Agreement',
    name: f.name,
  };
  const mention: Mention = {
    sentence: s.index,
    start: f.start,
    end: f.end,
    text: s.text.slice(f.start, f.end),
    entity,
    rule: f.named ? 'agreement-name' : known ? 'agreement-refers-back' : 'agreement-concluded',
  };
  if (!ctx.addMention(mention)) return;
  const added = ctx.mentions[ctx.mentions.length - 1];
  const telling = { mention: added, words: f.words, first: f.first, last: f.last };
  if (known) known.tellings.push(telling);
  else list.push({ entity, named: f.named, tellings: [telling] });
}

const PARTY_KINDS = new Set(['Country', 'Person']);

/** The Country or Person mentions of a coordinated list ("China, Iran and Saudi Arabia") starting at a mention. */
function coordinated(ctx: ArticleContext, sentence: number, from: Mention[], exclude: Set<string>): Mention[] {
  const text = ctx.text(sentence);
  const list: Mention[] = [];
  for (const m of from) {
    if (!PARTY_KINDS.has(m.entity.kind) || exclude.has(`${sentence}:${m.start}`)) break;
    const last = list[list.length - 1];
    const gap = last ? text.slice(Math.min(last.end, m.end), Math.max(last.start, m.start)) : '';
    if (last && !/^\s*(?:,|and|,\s*and|&)\s*$/.test(gap)) break;
    list.push(m);
  }
  return list;
}

/** Leaders who sign stand for their states, when each holds office in exactly one. */
function asStates(ctx: ArticleContext, parties: EntityRef[]): EntityRef[] {
  const entities = [...new Map(parties.map((e) => [e.id, e])).values()];
  if (entities.every((e) => e.kind === 'Country')) return entities;
  const states = entities.map((e) => {
    if (e.kind === 'Country') return e;
    const holders = (ctx.roles.get(e.id) ?? []).map((r) => r.holder).filter((h) => h?.kind === 'Country');
    const distinct = [...new Map(holders.map((h) => [h!.id, h!])).values()];
    return distinct.length === 1 ? distinct[0] : null;
  });
  return states.every((x) => x) ? [...new Map(states.map((x) => [x!.id, x!])).values()] : entities;
}

const GROUP =
  /\b(?:the two (?:countries|nations|sides|states|leaders)|their (?:countries|nations)|both (?:countries|sides|leaders)|the sides)\b/i;

/** What a signing or an agreement event does to the agreement it concludes: signs it, reaches it, agrees on it. */
const CONCLUDES = /^(?:obj|nsubj:pass|obl:(?:on|to|for)|nmod:(?:of|on|to|for)|compound)$/;

/**
 * "Kenya and Haiti signed an agreement", "the treaty was signed by Albanese and Natano", "the signing of the
 * Falepili Union": the parties of the signing or agreement event whose word (or the verb that carries it) governs
 * the agreement's name are the agreement's parties; leaders stand for their states.
 */
function signatoriesOf(ctx: ArticleContext, t: Telling): EntityRef[] {
  const s = ctx.sentences[t.mention.sentence];
  const head = s.graph.headOf(t.first, t.last);
  const governors = s.graph
    .parents(head)
    .filter((e) => CONCLUDES.test(e.relation))
    .map((e) => e.governor);
  for (const event of ctx.events) {
    if (event.family !== '05' && event.family !== '06') continue;
    const told = event.tellings.find(
      (x) =>
        x.predicate.sentence === s.index &&
        (governors.includes(x.predicate.token) ||
          (x.predicate.support !== null && governors.includes(x.predicate.support))),
    );
    if (!told) continue;
    const parties = [...event.participants.values()]
      .map((p) => p.entity)
      .filter((e) => e.kind === 'Country' || e.kind === 'Person');
    return asStates(ctx, parties);
  }
  return [];
}

/** Who a telling says is party to its agreement, and by which rule. */
function partiesOf(
  ctx: ArticleContext,
  t: Telling,
  exclude: Set<string>,
): { parties: EntityRef[]; rule: string; sentences: number[] } | null {
  const s = t.mention.sentence;
  const tokens = ctx.sentences[s].tokens;
  const text = ctx.text(s);
  const signatories = signatoriesOf(ctx, t);
  if (signatories.length >= 1) return { parties: signatories, rule: 'party-signatory', sentences: [s] };
  // Entities only: an event's own mentions (its trigger words) are no party.
  const mentions = ctx.mentionsIn(s).filter((m) => m.entity.kind !== 'Event' && !exclude.has(`${s}:${m.start}`));
  const after = mentions.filter((m) => m.start >= t.mention.end);
  // "reached between China, Iran and Saudi Arabia".
  const between = text.slice(t.mention.end).match(/^[^.;]{0,80}?\b(?:between|among)\s+/);
  if (between) {
    const at = t.mention.end + between[0].length;
    const list = coordinated(
      ctx,
      s,
      after.filter((m) => m.start >= at),
      exclude,
    );
    if (list.length >= 2)
      return {
        parties: asStates(
          ctx,
          list.map((m) => m.entity),
        ),
        rule: 'party-between',
        sentences: [s],
      };
  }
  // "Australia and Indonesia have agreed to …", "with Iran, Saudi Arabia and China signing …".
  const verb = tokens.slice(0, t.first).findLastIndex((x) => isVerb(x) && AGREEMENTS.conclusion.has(x.lemma));
  if (verb >= 0) {
    const before = mentions.filter((m) => m.end <= tokens[verb].start).reverse();
    const subject = coordinated(ctx, s, before, exclude).reverse();
    const clean =
      subject.length &&
      /^\s*(?:(?:have|has|had|will|would|then|also|formally|jointly|finally|signed|agreed)\s+)*$/i.test(
        text.slice(subject[subject.length - 1].end, tokens[verb].start),
      );
    if (clean && subject.length >= 2)
      return {
        parties: asStates(
          ctx,
          subject.map((m) => m.entity),
        ),
        rule: 'party-subject',
        sentences: [s],
      };
  }
  // "the UK-India trade deal".
  const pair = mentions.filter(
    (m) => m.entity.kind === 'Country' && m.start >= tokens[t.first].start && m.end <= t.mention.start,
  );
  if (pair.length >= 2)
    return {
      parties: asStates(
        ctx,
        pair.map((m) => m.entity),
      ),
      rule: 'party-pair',
      sentences: [s],
    };
  // "the two countries": the pair the sentence or the one before coordinates.
  if (GROUP.test(text)) {
    for (let back = s; back >= Math.max(0, s - 1); back--) {
      const list = ctx
        .mentionsIn(back)
        .filter((m) => m.entity.kind === 'Country' && !insideQuotes(ctx.text(back), m.start));
      const pairAt = list.findIndex(
        (m, i) =>
          i + 1 < list.length && /^\s+and\s+(?:\p{L}+['’]s\s+)?$/u.test(ctx.text(back).slice(m.end, list[i + 1].start)),
      );
      if (pairAt >= 0 && list[pairAt].entity.id !== list[pairAt + 1].entity.id)
        return {
          parties: [list[pairAt].entity, list[pairAt + 1].entity],
          rule: 'party-group',
          sentences: [...new Set([s, back])],
        };
    }
  }
  return null;
}

/**
 * Stage: PARTY_TO facts, then each ordinary agreement's node: named by its most telling phrase, keyed by its
 * parties (two "free trade agreement"s of different states are two agreements). One no text gives parties to
 * is left out: "a trade deal" of no one is not something to explore.
 */
export function findAgreementParties(ctx: ArticleContext, exclude: Set<string>): void {
  for (const record of records.get(ctx) ?? []) {
    const found = record.tellings.map((t) => partiesOf(ctx, t, exclude)).filter((f) => f !== null);
    const states = found.filter((f) => f.parties.every((p) => p.kind === 'Country'));
    const chosen = states.length ? states : found;
    for (const f of chosen)
      for (const party of f.parties) ctx.addFact('PARTY_TO', party.id, record.entity.id, f.sentences, f.rule);
    if (record.named) continue;
    const parties = [...new Set(chosen.flatMap((f) => f.parties.map((p) => p.id)))].sort();
    if (parties.length === 0) {
      ctx.removeEntity(record.entity.id);
      continue;
    }
    const best = [...record.tellings].sort((a, b) => b.words.length - a.words.length)[0];
    const name = [...best.words, best.mention.text.split(/\s+/).pop()!.toLowerCase()].join(' ');
    const key = parties.map((id) => id.split(':')[1]).join('-');
    ctx.replaceEntity(record.entity.id, { id: `agreement:${slug(name)}:${key}`, kind: 'Agreement', name });
  }
}

export const agreementsStage: Stage = {
  name: 'agreements',
  about: 'named agreements and treaties, and the ordinary ones a verb concludes',
  run: findAgreements,
};
