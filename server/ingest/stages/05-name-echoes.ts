import { NlpToken } from '../../nlp/types';
import { ArticleContext } from '../context';
import { gazetteer } from '../knowledge/gazetteer';
import { KnownPeople } from '../knowledge/known-people';
import { cleanPersonName, isParticle, personEntity } from '../knowledge/names';
import { Stage } from '../stage';

/**
 * Statistical NER tags a name it has seen in full ("Xi Jinping") but often not the bare surname a later sentence
 * or a headline uses ("Xi also pledged …", "Xi tells Putin China will …", where it reads "Putin China" as one
 * place). A capitalised proper noun that is part of a person's name, given in full in this article or held by
 * exactly one person the graph knows, names that person.
 */

export type NameParts = Map<string, 'article' | 'graph'>;

const capitalised = (t: NlpToken) => /^\p{Lu}\p{Ll}/u.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text);

const computed = new WeakMap<ArticleContext, NameParts>();

/** The article's name parts, worked out once (the entity stage and this one both read them). */
export function namePartsOf(ctx: ArticleContext): NameParts {
  let parts = computed.get(ctx);
  if (!parts) computed.set(ctx, (parts = personNameParts(ctx, ctx.input.known)));
  return parts;
}

/** Parts of the people's names this article gives in full (two words or more), then the graph's unique ones. */
export function personNameParts(ctx: ArticleContext, known: KnownPeople): NameParts {
  const parts: NameParts = new Map();
  for (const s of ctx.sentences) {
    let run: NlpToken[] = [];
    const flush = () => {
      const { name } = cleanPersonName(run.map((t) => t.text).join(' '));
      const words = name.split(' ').filter((w) => !isParticle(w));
      if (words.length >= 2) for (const w of words) if (w.length >= 2) parts.set(w, 'article');
      run = [];
    };
    for (const t of s.tokens) {
      if (t.ner === 'PERSON') run.push(t);
      else flush();
    }
    flush();
  }
  for (const part of known.uniqueNameParts().keys()) if (!parts.has(part)) parts.set(part, 'graph');
  // A word that is also a country, a capital or an outlet ("Jordan", "Paris") is not taken on a name's say-so.
  for (const part of [...parts.keys()]) if (gazetteer().byForm.has(part.toLowerCase())) parts.delete(part);
  return parts;
}

/** Whether the span's words are name parts followed (or preceded) by one gazetteer name: "Putin China". */
export function nameThenPlace(tokens: NlpToken[], parts: NameParts): number {
  for (let cut = 1; cut < tokens.length; cut++) {
    const head = tokens.slice(0, cut);
    const tail = tokens.slice(cut);
    const tailText = tail.map((t) => t.text).join(' ');
    if (head.every((t) => parts.has(t.text)) && gazetteer().byForm.has(tailText.toLowerCase())) return cut;
  }
  return -1;
}

/** Stage: proper nouns that are part of a named person's name, where NER saw nothing, are that person. */
export function findNameEchoes(ctx: ArticleContext, parts: NameParts): void {
  if (parts.size === 0) return;
  for (const s of ctx.sentences) {
    s.tokens.forEach((t, i) => {
      if (!parts.has(t.text) || !capitalised(t) || t.tag !== 'NNP') return;
      if (ctx.overlaps(s.index, t.start, t.end)) return;
      // "Xi Jinping" missed as a whole: the run of parts is one mention.
      let last = i;
      while (parts.has(s.tokens[last + 1]?.text ?? '') && s.tokens[last + 1].tag === 'NNP') last++;
      const end = s.tokens[last].end;
      if (ctx.overlaps(s.index, t.start, end)) return;
      const text = s.text.slice(t.start, end);
      ctx.addMention({
        sentence: s.index,
        start: t.start,
        end,
        text,
        entity: personEntity(text),
        rule: [t, ...s.tokens.slice(i + 1, last + 1)].every((x) => parts.get(x.text) === 'article')
          ? 'name-echo'
          : 'known-name',
      });
    });
  }
}

export const nameEchoesStage: Stage = {
  name: 'name-echoes',
  about: 'a surname alone where NER missed it, when a full name in the article or the graph has it',
  run: (ctx) => findNameEchoes(ctx, namePartsOf(ctx)),
};
