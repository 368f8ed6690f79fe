import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { api, Sentence } from '../api';
import { isNewsGraph } from '../appearance';
import { byId, el, highlighted } from '../dom';
import { eventKindLine, familyOf } from '../event-families';
import { colourOf, displayName, eventColour, formatDate } from '../style';
import { CorrectionDone, factCorrections, nodeCorrections } from './corrections';
import { newsPropertyTable, propertyTable } from './property-table';
import { factPhrase, ruleWords } from '../journalist-words';
import { openArticleButton, requestReadouts } from './reader-links';

/** Element fields that only serve the page; `name` repeats the title (on another graph it is the caption). */
const FIELDS = ['id', 'elementId', 'label', 'labels', 'name', 'source', 'target', 'caption'];
/** Readout's provenance bookkeeping, shown as sentences instead; on another graph these are ordinary properties. */
const NEWS_FIELDS = ['evidence', 'articles', 'key'];

const skipped = () => new Set(isNewsGraph() ? [...FIELDS, ...NEWS_FIELDS] : FIELDS);

function sentenceView(sentence: Sentence): HTMLElement {
  const a = sentence.article;
  const source = el(
    'div',
    { class: 'source' },
    [a.outlet, a.publishedAt ? formatDate(a.publishedAt) : null, a.title].filter(Boolean).join(' · ') ||
      'Unknown source',
  );
  if (a.url && /^https?:\/\//.test(a.url)) {
    source.append(' · ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'article'));
  }
  if (a.id) source.append(' · ', openArticleButton(a.id, sentence.id, 'read in article', 'link'));
  const parts: HTMLElement[] = [el('p', {}, highlighted(sentence.text, sentence.highlights)), source];
  // How the extractor found it here: the rule behind the mention, for judging (or reporting) a wrong one.
  if (sentence.rules?.length)
    parts.push(
      el(
        'details',
        { class: 'rules', 'data-testid': 'mention-rules' },
        el('summary', {}, `How it was found: ${ruleWords(sentence.rules)}`),
        el('span', { class: 'rule-ids' }, `Rules: ${sentence.rules.join(', ')}`),
      ),
    );
  return el('div', { class: 'sentence', 'data-testid': 'evidence-sentence' }, ...parts);
}

function header(name: string, label: string): HTMLElement {
  const badge = el('span', { class: 'kind-badge' }, label);
  badge.style.backgroundColor = colourOf(label);
  return el('div', {}, el('h2', { class: 'title' }, name), badge);
}

/** An event's precise kind and its family, with the family's swatch: "arrest — Coerce (CAMEO 17)". */
function eventKindView(data: Record<string, unknown>): HTMLElement | null {
  const line = eventKindLine(data);
  if (line === null) return null;
  const swatch = el('span', { class: 'swatch family-swatch', 'aria-hidden': 'true' });
  swatch.style.backgroundColor = eventColour(familyOf(data));
  return el('p', { class: 'event-kind', 'data-testid': 'event-kind' }, swatch, line);
}

/** An event's readouts side by side, an article's full text: each opens over the canvas. */
function readerActions(data: { id: string; label: string }): HTMLElement[] {
  if (data.label === 'Event') {
    const compare = el(
      'button',
      { class: 'primary-action', 'data-testid': 'compare-readouts', type: 'button' },
      'Compare readouts',
    );
    compare.addEventListener('click', () => requestReadouts(data.id));
    return [
      el(
        'div',
        { class: 'panel-actions' },
        compare,
        el('span', { class: 'hint' }, 'what each source said, side by side'),
      ),
    ];
  }
  if (data.label === 'Article')
    return [
      el(
        'div',
        { class: 'panel-actions' },
        openArticleButton(data.id, undefined, 'Read the article', 'primary-action'),
      ),
    ];
  return [];
}

/** The side panel for a node: properties, and in Readout's graph the sentences that mention it; an event's readouts
 * and an article's text open over the canvas from here. */
export async function showNode(node: NodeSingular, corrected?: CorrectionDone): Promise<void> {
  const panel = byId('details');
  const data = node.data();
  const head = header(displayName(data), data.label);
  const kind = eventKindView(data);
  if (kind) head.append(kind);
  // Another graph has no sentences: no "Mentions (0)", no request for them.
  if (!isNewsGraph()) return void panel.replaceChildren(head, propertyTable(data, skipped()));
  const evidence = el('div', { 'data-testid': 'evidence' }, el('p', { class: 'empty' }, 'Loading evidence…'));
  panel.replaceChildren(head, ...readerActions(data), newsPropertyTable(data, skipped()), evidence);
  try {
    const answer = await api.evidenceForNode(data.id);
    if (node.id() !== (panel.dataset.current ?? node.id())) return;
    const parts: HTMLElement[] = [
      el('h3', {}, `Mentions (${answer.sentences.length})`),
      ...answer.sentences.slice(0, 50).map(sentenceView),
    ];
    if (answer.sentences.length === 0)
      parts.push(el('p', { class: 'empty' }, 'No sentences in this graph mention it.'));
    if (corrected && !['Article', 'Sentence'].includes(data.label)) {
      const aliases = Array.isArray(data.aliases) ? (data.aliases as string[]) : [];
      parts.unshift(await nodeCorrections({ id: data.id, name: data.name, label: data.label, aliases }, corrected));
    }
    evidence.replaceChildren(...parts);
  } catch (error) {
    evidence.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
  }
}

/** The side panel for an edge: its properties and the sentences that state it. */
export async function showEdge(
  edge: EdgeSingular,
  onEvent: (eventId: string) => void,
  corrected?: CorrectionDone,
): Promise<void> {
  const panel = byId('details');
  const data = edge.data();
  if (data.event) return onEvent(data.event);
  const head = header(
    isNewsGraph()
      ? `${displayName(edge.source().data())} ${factPhrase(data.type)} ${displayName(edge.target().data())}`
      : `${displayName(edge.source().data())} ${data.type} ${displayName(edge.target().data())}`,
    data.type,
  );
  if (!isNewsGraph()) return void panel.replaceChildren(head, propertyTable(data, skipped()));
  const evidence = el('div', { 'data-testid': 'evidence' }, el('p', { class: 'empty' }, 'Loading evidence…'));
  panel.replaceChildren(head, newsPropertyTable(data, skipped()), evidence);
  try {
    const answer = await api.evidenceForRel(data.id);
    evidence.replaceChildren(
      el('h3', {}, `Evidence (${answer.sentences.length})`),
      ...(answer.sentences.length
        ? answer.sentences.map(sentenceView)
        : [el('p', { class: 'empty' }, 'This relationship carries no evidence.')]),
    );
    const fact = {
      type: data.type,
      from: edge.source().id(),
      to: edge.target().id(),
      key: data.key as string | undefined,
    };
    const reject = corrected && (await factCorrections(fact, corrected));
    if (reject) evidence.append(reject);
  } catch (error) {
    evidence.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
  }
}

export function clearDetails(): void {
  const what = isNewsGraph() ? 'its properties and the sentences behind it' : 'its properties';
  byId('details').replaceChildren(el('p', { class: 'empty' }, `Select a node or an edge to see ${what}.`));
}
