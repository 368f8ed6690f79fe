import { NodeView } from '../db/node-view';
import { Executor } from '../db/executor';
import { QueryRow } from '../db/query-registry';
import { NotFoundError } from '../errors';
import { CatalogueService } from './catalogue-service';
import { briefOf, candidatesOf, EntityBrief, httpUrl, strings, textOrNull } from './mentioned-entities';
import { locateMentions } from './text/mention-spans';
import { Span } from './text/span';

/** Sentences (and facts) one answer holds at most: a book-length page still answers quickly. */
const MAX_SENTENCES = 2000;
const MAX_FACTS = 2000;

export interface ArticleMention extends Span, Omit<EntityBrief, 'id'> {
  entityId: string;
}

/** A fact the article states: a relationship whose evidence lists one of its sentences. */
export interface ArticleFact {
  /** The relationship's id, as the canvas names the edge. */
  id: string;
  type: string;
  source: EntityBrief;
  target: EntityBrief;
  /** What tells it apart from others of its type: the role, the title. */
  detail: string | null;
  /** The extraction rule that made it. */
  rule: string | null;
}

export interface ArticleSentence {
  id: string;
  index: number | null;
  text: string;
  /** Every mention found in the text, in order, none overlapping. */
  mentions: ArticleMention[];
  /** Entities the sentence mentions whose words are not in it (an antecedent's, a changed spelling). */
  unplaced: EntityBrief[];
  facts: ArticleFact[];
}

export interface ArticleAnswer {
  article: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    outlet: { id: string; name: string } | null;
    /** True when the article has more sentences than one answer holds. */
    truncated: boolean;
  };
  sentences: ArticleSentence[];
}

function factOf(r: QueryRow<'articles/facts'>, view: NodeView): ArticleFact {
  const p = r.relationship.properties;
  return {
    id: r.relationship.elementId,
    type: r.relationship.type,
    source: briefOf(r.source, view),
    target: briefOf(r.target, view),
    detail: textOrNull(p.role) ?? textOrNull(p.title),
    rule: textOrNull(p.rule),
  };
}

/** Facts in a fixed order, as one reads them: by type, then subject, then object. */
const byKindThenEnds = (a: ArticleFact, b: ArticleFact) =>
  a.type.localeCompare(b.type) ||
  a.source.caption.localeCompare(b.source.caption) ||
  a.target.caption.localeCompare(b.target.caption);

/** An article to read: its sentences in order, each with the entities it names (where) and the facts it states. */
export class ArticleService {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
  ) {}

  async read(id: string): Promise<ArticleAnswer> {
    const [[found], view] = await Promise.all([this.executor.read('articles/article', { id }), this.catalogue.view()]);
    if (!found) throw new NotFoundError(`No article with id "${id}"`);
    const rows = await this.executor.read('articles/sentences', { id, limit: MAX_SENTENCES + 1 });
    const shown = rows.slice(0, MAX_SENTENCES);
    const sentenceIds = shown.map((s) => String(s.id));
    const facts = sentenceIds.length
      ? await this.executor.read('articles/facts', { id, sentenceIds, limit: MAX_FACTS })
      : [];
    const factsBySentence = new Map<string, ArticleFact[]>();
    for (const row of facts) {
      const fact = factOf(row, view);
      for (const sid of strings(row.relationship.properties.evidence))
        factsBySentence.set(sid, [...(factsBySentence.get(sid) ?? []), fact]);
    }
    const a = found.article.properties;
    return {
      article: {
        id,
        title: textOrNull(a.title),
        url: httpUrl(a.url),
        publishedAt: textOrNull(a.publishedAt),
        outlet: found.outlet ? { id: view.idOf(found.outlet), name: view.captionOf(found.outlet) } : null,
        truncated: rows.length > MAX_SENTENCES,
      },
      sentences: shown.map((s) => {
        const text = String(s.text ?? '');
        const briefs = new Map(s.mentions.map((m) => [view.idOf(m.entity), briefOf(m.entity, view)]));
        const located = locateMentions(text, candidatesOf(s.mentions, view));
        const placed = new Set(located.map((m) => m.entityId));
        return {
          id: String(s.id),
          index: typeof s.index === 'number' ? s.index : null,
          text,
          mentions: located.map(({ entityId, start, end }) => {
            const { caption, label } = briefs.get(entityId)!;
            return { entityId, caption, label, start, end };
          }),
          unplaced: [...briefs.values()].filter((b) => !placed.has(b.id)),
          facts: (factsBySentence.get(String(s.id)) ?? []).sort(byKindThenEnds),
        };
      }),
    };
  }
}
