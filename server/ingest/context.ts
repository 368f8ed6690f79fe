import { NlpDoc, NlpMode, NlpToken } from '../nlp/types';
import type { ArticleEvent, Telling } from './events';
import { KnownPeople } from './knowledge/known-people';
import { Dateline } from './read/dateline';
import { TextLine } from './read/article-text';
import { DependencyGraph } from './syntax/graph';
import { EntityRef, Fact, FactType, Mention } from './types';

/** One sentence of the article, with its tokens (offsets relative to the sentence) and its dependency graph. */
export interface Sentence {
  index: number;
  text: string;
  tokens: NlpToken[];
  graph: DependencyGraph;
  /** Sentence 0 when the article has a headline. */
  headline: boolean;
  /** From a photo caption: it names people and places but creates no events. */
  caption: boolean;
  /** The wire dateline ("HANOI, Dec. 12 (Xinhua)"), a sentence of its own. */
  dateline: boolean;
}

/** What the stages start from: the annotated text and what is known about the article. */
export interface ArticleInput {
  doc: NlpDoc;
  lines: TextLine[];
  mode: NlpMode;
  /** ISO date (or datetime) of publication, when known. */
  publishedAt: string | null;
  /** Publication date, or the year and month the URL gives: what relative dates resolve against. */
  referenceDate: string | null;
  known: KnownPeople;
  dateline: Dateline | null;
  /** Sources the page names on lines of their own ("Source: Xinhua") or credits. */
  pageSources: string[];
}

export interface Role {
  holder: EntityRef | null;
  title: string | null;
  sentence: number;
  rule: string;
}

/**
 * What extraction knows about one article so far; every stage reads and adds to it. Each mention and fact says
 * which rule made it, so a wrong one can be traced to its rule (npm run explain, the side panel).
 */
export class ArticleContext {
  readonly mentions: Mention[] = [];
  readonly entities = new Map<string, EntityRef>();
  readonly aliases = new Map<string, Set<string>>();
  /** person id → the offices the text gives them. */
  readonly roles = new Map<string, Role[]>();
  /** People from earlier articles that this one names only in short. */
  readonly knownPeople = new Map<string, EntityRef>();
  /** Each event predicate told, with what the sentence says of it (the event stages fill it). */
  readonly tellings: Telling[] = [];
  /** One event per happening the article tells. */
  events: ArticleEvent[] = [];
  /** Where sources are named ("sentence:start"): a source is not a party to the agreement its sentence tells. */
  readonly sourcePositions = new Set<string>();
  private readonly facts = new Map<string, Fact>();
  private allSentences: Sentence[] = [];

  constructor(readonly input: ArticleInput) {}

  get sentences(): Sentence[] {
    return this.allSentences;
  }

  setSentences(sentences: Sentence[]): void {
    this.allSentences = sentences;
  }

  get publishedAt(): string | null {
    return this.input.publishedAt;
  }

  get referenceDate(): string | null {
    return this.input.referenceDate;
  }

  text(sentence: number): string {
    return this.sentences[sentence].text;
  }

  addEntity(entity: EntityRef, alias?: string): EntityRef {
    const known = this.entities.get(entity.id);
    if (!known) this.entities.set(entity.id, entity);
    if (alias) {
      const set = this.aliases.get(entity.id) ?? new Set<string>();
      set.add(alias);
      this.aliases.set(entity.id, set);
    }
    return known ?? entity;
  }

  /** Adds a mention unless another already covers some of its characters; says whether it was added. */
  addMention(mention: Mention): boolean {
    if (this.overlaps(mention.sentence, mention.start, mention.end)) return false;
    const entity = this.addEntity(mention.entity, mention.text);
    this.mentions.push({ ...mention, entity });
    return true;
  }

  /** Points a mention at another entity (identity resolution): the surface form follows it. */
  retarget(mention: Mention, entity: EntityRef, rule: string): void {
    const target = this.addEntity(entity, mention.text);
    mention.entity = target;
    mention.rule = `${mention.rule}+${rule}`;
  }

  /** Takes a mention back; an entity no other mention names goes with it. */
  removeMention(mention: Mention): void {
    const i = this.mentions.indexOf(mention);
    if (i >= 0) this.mentions.splice(i, 1);
    if (!this.mentions.some((m) => m.entity.id === mention.entity.id)) {
      this.entities.delete(mention.entity.id);
      this.aliases.delete(mention.entity.id);
    }
  }

  overlaps(sentence: number, start: number, end: number): boolean {
    return this.mentions.some((m) => m.sentence === sentence && m.start < end && start < m.end);
  }

  mentionsIn(sentence: number): Mention[] {
    return this.mentions.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start);
  }

  mentionAt(sentence: number, start: number, end: number): Mention | undefined {
    return this.mentions.find((m) => m.sentence === sentence && m.start <= start && end <= m.end);
  }

  addRole(personId: string, role: Role): void {
    const list = this.roles.get(personId) ?? [];
    if (!list.some((r) => r.holder?.id === role.holder?.id && sameTitle(r.title, role.title))) list.push(role);
    this.roles.set(personId, list);
  }

  addFact(
    type: FactType,
    from: string,
    to: string,
    sentences: number[],
    rule: string,
    props: Record<string, string | null> = {},
    key = '',
  ): void {
    if (from === to) return;
    const id = `${type}|${from}|${to}|${key}`;
    const known = this.facts.get(id);
    if (known) {
      for (const s of sentences) if (!known.sentences.includes(s)) known.sentences.push(s);
      return;
    }
    this.facts.set(id, { type, from, to, key, props, rule, sentences: [...sentences] });
  }

  /** Facts about an entity that identity resolution merged away now belong to the entity it merged into. */
  renameEntity(from: string, to: string): void {
    for (const [id, fact] of [...this.facts]) {
      if (fact.from !== from && fact.to !== from) continue;
      this.facts.delete(id);
      const moved = { ...fact, from: fact.from === from ? to : fact.from, to: fact.to === from ? to : fact.to };
      this.addFact(moved.type, moved.from, moved.to, moved.sentences, moved.rule, moved.props, moved.key);
    }
    const roles = this.roles.get(from);
    if (roles) {
      for (const r of roles) this.addRole(to, r);
      this.roles.delete(from);
    }
  }

  /** An entity taken back altogether: its mentions, its names and every fact about it. */
  removeEntity(id: string): void {
    for (const m of this.mentions.filter((x) => x.entity.id === id)) this.mentions.splice(this.mentions.indexOf(m), 1);
    for (const [key, fact] of [...this.facts]) if (fact.from === id || fact.to === id) this.facts.delete(key);
    this.entities.delete(id);
    this.aliases.delete(id);
  }

  /** One entity becomes another (an agreement's final id once its parties are known): mentions, names, facts. */
  replaceEntity(fromId: string, to: EntityRef): void {
    if (fromId === to.id) return;
    const target = this.addEntity(to);
    for (const m of this.mentions) if (m.entity.id === fromId) m.entity = target;
    for (const alias of this.aliases.get(fromId) ?? []) this.addEntity(target, alias);
    this.aliases.delete(fromId);
    this.entities.delete(fromId);
    this.renameEntity(fromId, to.id);
  }

  allFacts(): Fact[] {
    return [...this.facts.values()];
  }
}

function sameTitle(a: string | null, b: string | null): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** True when the character range sits inside quotation marks: quoted speech is what someone said, not a fact. */
export function insideQuotes(sentence: string, index: number): boolean {
  let open = false;
  for (let i = 0; i < index; i++) {
    const c = sentence[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
