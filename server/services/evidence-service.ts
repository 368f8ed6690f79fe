import { primaryLabel } from '../db/elements';
import { NodeView } from '../db/node-view';
import { Executor } from '../db/executor';
import { Plain, PlainNode } from '../db/to-plain';
import { NotFoundError } from '../errors';
import { CatalogueService } from './catalogue-service';
import { NodeLookup } from './node-lookup';

export interface EvidenceSentence {
  id: string;
  text: string;
  index: number | null;
  article: {
    id: string | null;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    outlet: string | null;
  };
  /** Words of the sentence that name the entities in question, for highlighting. */
  highlights: string[];
  /** For a node's sentences: the extraction rules that found it there ("ner-person+identity", "descriptor"). */
  rules?: string[];
}

export interface Evidence {
  subject: { kind: 'relationship' | 'node'; id: string; label: string; name: string };
  sentences: EvidenceSentence[];
  byReporter?: { reporter: { id: string; name: string; labels: string[] }; sentences: EvidenceSentence[] }[];
}

const asStrings = (v: Plain | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export class EvidenceService {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: CatalogueService,
    private readonly lookup: NodeLookup,
  ) {}

  async sentences(
    ids: string[],
    highlights: string[] = [],
    rules: Map<string, string[]> = new Map(),
  ): Promise<EvidenceSentence[]> {
    if (ids.length === 0) return [];
    const rows = await this.executor.read('evidence/sentences', { ids });
    const sentences = rows.map((r) => ({
      id: String(r.id),
      text: String(r.text),
      index: typeof r.index === 'number' ? r.index : null,
      article: {
        id: (r.articleId as string) ?? null,
        title: (r.title as string) ?? null,
        url: (r.url as string) ?? null,
        publishedAt: (r.publishedAt as string) ?? null,
        outlet: (r.outlet as string) ?? null,
      },
      highlights: highlights.filter((h) => h && String(r.text).toLowerCase().includes(h.toLowerCase())),
      ...(rules.has(String(r.id)) ? { rules: rules.get(String(r.id)) } : {}),
    }));
    return sentences.sort(newestFirst);
  }

  /** The sentences that state a fact (its `evidence`), with both ends' names to highlight. */
  async forRelationship(rel: string): Promise<Evidence> {
    const [row] = await this.executor.read('evidence/relationship', { rel });
    if (!row) throw new NotFoundError(`No relationship with id "${rel}"`);
    const r = row.relationship;
    const source = row.source;
    const target = row.target;
    const view = await this.catalogue.view();
    const names = [...namesOf(source, view), ...namesOf(target, view)];
    return {
      subject: {
        kind: 'relationship',
        id: r.elementId,
        label: r.type,
        name: `${view.captionOf(source)} ${r.type} ${view.captionOf(target)}`,
      },
      sentences: await this.sentences(asStrings(r.properties.evidence), names),
    };
  }

  /** The sentences that mention a node; for an event, also each reporting body's own sentences. */
  async forNode(id: string): Promise<Evidence> {
    const [node, view] = await Promise.all([this.lookup.find(id), this.catalogue.view()]);
    const mentions = await this.executor.read('evidence/mentions', { node: node.elementId, limit: 200 });
    const surfaces = mentions.flatMap((m) => asStrings(m.surface));
    const evidence: Evidence = {
      subject: { kind: 'node', id: view.idOf(node), label: primaryLabel(node.labels), name: view.captionOf(node) },
      sentences: await this.sentences(
        mentions.map((m) => String(m.id)),
        [...new Set([...surfaces, ...namesOf(node, view)])],
        new Map(mentions.map((m) => [String(m.id), asStrings(m.rules)])),
      ),
    };
    const readouts = await this.executor.read('evidence/readouts', { node: node.elementId });
    if (readouts.length > 0) {
      evidence.byReporter = await Promise.all(
        readouts.map(async (r) => {
          const reporter = r.reporter;
          return {
            reporter: { id: view.idOf(reporter), name: view.captionOf(reporter), labels: reporter.labels },
            sentences: await this.sentences(asStrings(r.evidence), namesOf(reporter, view)),
          };
        }),
      );
    }
    return evidence;
  }
}

/** As the mentions list reads: the newest article first, undated ones last, each article's sentences in order. */
function newestFirst(a: EvidenceSentence, b: EvidenceSentence): number {
  const byDate = (b.article.publishedAt ?? '').localeCompare(a.article.publishedAt ?? '');
  const byArticle = (a.article.id ?? '').localeCompare(b.article.id ?? '');
  return byDate || byArticle || (a.index ?? 0) - (b.index ?? 0);
}

function namesOf(node: PlainNode, view: NodeView): string[] {
  return [view.captionOf(node), ...asStrings(node.properties.aliases)];
}
