import { EntityRef, Fact, FactType, Mention } from './types';

/** What extraction knows about one article so far; every rule module reads and adds to it. */
export class ArticleContext {
  readonly mentions: Mention[] = [];
  readonly entities = new Map<string, EntityRef>();
  readonly aliases = new Map<string, Set<string>>();
  /** person id → the country (or organization) and title the text gives them. */
  readonly roles = new Map<string, { holderOf: EntityRef; title: string | null; sentence: number }>();
  /** People from earlier articles that this one names only in short. */
  readonly knownPeople = new Map<string, EntityRef>();
  private readonly facts = new Map<string, Fact>();

  constructor(
    readonly sentences: string[],
    readonly publishedAt: string | null,
  ) {}

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

  addMention(mention: Mention): boolean {
    if (this.overlaps(mention.sentence, mention.start, mention.end)) return false;
    const entity = this.addEntity(mention.entity, mention.text);
    this.mentions.push({ ...mention, entity });
    return true;
  }

  overlaps(sentence: number, start: number, end: number): boolean {
    return this.mentions.some((m) => m.sentence === sentence && m.start < end && start < m.end);
  }

  mentionsIn(sentence: number): Mention[] {
    return this.mentions.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start);
  }

  addFact(
    type: FactType,
    from: string,
    to: string,
    sentences: number[],
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
    this.facts.set(id, { type, from, to, key, props, sentences: [...sentences] });
  }

  allFacts(): Fact[] {
    return [...this.facts.values()];
  }
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
