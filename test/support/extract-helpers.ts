import { ArticleMetadata, extractArticle } from '../../server/ingest/extract';
import { KnownPeople } from '../../server/ingest/knowledge/known-people';
import { ArticleGraph } from '../../server/ingest/types';
import { ruleNlp } from './rule-nlp';

/**
 * What the one-rule extraction tests read an article's graph as: short strings a sentence can be checked by. The
 * text is annotated from frozen fixtures (test/support/frozen-nlp.ts): no JVM.
 */

export const PUBLISHED: ArticleMetadata = { publishedAt: '2025-03-07' };

export function extract(text: string, meta: ArticleMetadata = PUBLISHED, known?: KnownPeople): Promise<ArticleGraph> {
  return extractArticle('test', text, ruleNlp(), meta, null, known);
}

/** "A TYPE(props) B" for every fact. */
export function factsOf(graph: ArticleGraph): string[] {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  return graph.facts.map((f) => {
    const props = Object.entries(f.props)
      .filter(([k, v]) => v !== null && k !== 'role')
      .map(([, v]) => v);
    return `${names.get(f.from)} ${f.type}${props.length ? `(${props.join(',')})` : ''} ${names.get(f.to)}`;
  });
}

/** "kind date: parties" for every event ("meeting 2025-03-03: A – B", "call undated: …"). */
export const eventsOf = (g: ArticleGraph) =>
  g.entities
    .filter((e) => e.kind === 'Event')
    .map(
      (e) =>
        `${e.props?.kind} ${e.props?.date ?? 'undated'}: ${e.name.replace(/^[^:]+: /, '').replace(/, \d{4}(-\d\d)*$/, '')}`,
    );

export const facts = async (text: string, meta?: ArticleMetadata) => factsOf(await extract(text, meta));
export const events = async (text: string, meta?: ArticleMetadata) => eventsOf(await extract(text, meta));
