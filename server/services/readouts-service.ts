import { primaryLabel } from '../db/elements';
import { Executor } from '../db/executor';
import { NodeView } from '../db/node-view';
import { PlainNode } from '../db/to-plain';
import { NotFoundError } from '../errors';
import { CatalogueService } from './catalogue-service';
import { httpUrl, namesOf, strings, textOrNull } from './mentioned-entities';
import { NodeLookup } from './node-lookup';
import { Comparison, compareReadouts } from './readouts/compare';
import { EntityRef, EventSentence } from './readouts/types';

/** Sentences about one event that one comparison reads at most. */
const MAX_SENTENCES = 400;

export interface ReadoutsAnswer {
  event: { id: string; name: string; kind: string | null; date: string | null };
  /** Publishing outlets first, then the agencies they quote, then official bodies and states. */
  columns: Comparison['columns'];
  /** Sources whose sentences only mention the event, reporting nobody's words. */
  context: Comparison['context'];
  /** Distinct sentences shown (copies folded) and the articles they come from. */
  sentences: number;
  articles: number;
  /** True when the event has more sentences than one comparison reads. */
  truncated: boolean;
}

function entityRef(node: PlainNode, view: NodeView): EntityRef {
  const p = node.properties;
  return {
    id: view.idOf(node),
    name: view.captionOf(node),
    label: primaryLabel(node.labels),
    country: textOrNull(p.country),
    stateAffiliated: p.stateAffiliated === true,
  };
}

/** An event's readouts side by side: who reported it, what each said, what each alone mentions. */
export class ReadoutsService {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
    private readonly lookup: NodeLookup,
  ) {}

  async compare(id: string): Promise<ReadoutsAnswer> {
    const [node, view] = await Promise.all([this.lookup.find(id), this.catalogue.view()]);
    if (!node.labels.includes('Event')) throw new NotFoundError(`No event with id "${id}"`);
    const [idRows, reporterRows] = await Promise.all([
      this.executor.read('readouts/event-sentences', { event: node.elementId, limit: MAX_SENTENCES + 1 }),
      this.executor.read('evidence/readouts', { node: node.elementId }),
    ]);
    const ids = idRows.slice(0, MAX_SENTENCES).map((r) => String(r.id));
    const reportersOf = new Map<string, EntityRef[]>();
    for (const r of reporterRows)
      for (const sid of strings(r.evidence))
        reportersOf.set(sid, [...(reportersOf.get(sid) ?? []), entityRef(r.reporter, view)]);
    const rows = ids.length ? await this.executor.read('readouts/sentences', { ids }) : [];
    const sentences: EventSentence[] = rows.map((r) => ({
      id: String(r.id),
      text: String(r.text ?? ''),
      index: typeof r.index === 'number' ? r.index : null,
      article: {
        id: textOrNull(r.article?.id),
        title: textOrNull(r.article?.title),
        url: httpUrl(r.article?.url),
        publishedAt: textOrNull(r.article?.publishedAt),
        outlet: r.publisher ? view.captionOf(r.publisher) : null,
      },
      publisher: r.publisher ? entityRef(r.publisher, view) : null,
      reporters: reportersOf.get(String(r.id)) ?? [],
      mentions: r.mentions.map((m) => ({
        entity: entityRef(m.entity, view),
        surfaces: strings(m.surface),
        names: namesOf(m.entity, view),
      })),
    }));
    const eventId = view.idOf(node);
    const { columns, context } = compareReadouts(sentences, eventId);
    const cards = [...columns, ...context].flatMap((c) => c.cards);
    return {
      event: {
        id: eventId,
        name: view.captionOf(node),
        kind: textOrNull(node.properties.kind),
        date: textOrNull(node.properties.date),
      },
      columns,
      context,
      sentences: cards.length,
      articles: new Set(cards.flatMap((c) => [c.article.id, ...c.copies.map((x) => x.article.id)])).size,
      truncated: idRows.length > MAX_SENTENCES,
    };
  }
}
