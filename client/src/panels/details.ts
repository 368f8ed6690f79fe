import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { api, Sentence } from '../api';
import { byId, el, highlighted } from '../dom';
import { colourOf, formatDate } from '../style';

const SKIP = new Set([
  'id',
  'elementId',
  'label',
  'labels',
  'name',
  'source',
  'target',
  'caption',
  'evidence',
  'articles',
  'key',
]);

function propertyTable(data: Record<string, unknown>): HTMLTableElement {
  const table = el('table', { class: 'props' });
  for (const [key, value] of Object.entries(data)) {
    if (SKIP.has(key) || value === null || value === undefined) continue;
    const text = Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
    table.append(el('tr', {}, el('td', {}, key), el('td', {}, text)));
  }
  return table;
}

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
  const parts = [el('p', {}, highlighted(sentence.text, sentence.highlights)), source];
  // How the extractor found it here: the rule behind the mention, for judging (or reporting) a wrong one.
  if (sentence.rules?.length)
    parts.push(el('div', { class: 'rules', 'data-testid': 'mention-rules' }, `found by ${sentence.rules.join(', ')}`));
  return el('div', { class: 'sentence', 'data-testid': 'evidence-sentence' }, ...parts);
}

function header(name: string, label: string): HTMLElement {
  return el('div', {}, el('h2', { class: 'title' }, name), el('span', { class: 'kind-badge', style: '' }, label));
}

function badge(headerEl: HTMLElement, label: string): void {
  const b = headerEl.querySelector('.kind-badge') as HTMLElement;
  b.removeAttribute('style');
  b.style.backgroundColor = colourOf(label);
}

/** The side panel for a node: properties, the sentences that mention it, and for events the readouts compared. */
export async function showNode(node: NodeSingular): Promise<void> {
  const panel = byId('details');
  const data = node.data();
  const head = header(data.name, data.label);
  badge(head, data.label);
  const evidence = el('div', { 'data-testid': 'evidence' }, el('p', { class: 'empty' }, 'Loading evidence…'));
  panel.replaceChildren(head, propertyTable(data), evidence);
  try {
    const answer = await api.evidenceForNode(data.id);
    if (node.id() !== (panel.dataset.current ?? node.id())) return;
    const parts: HTMLElement[] = [];
    if (answer.byReporter?.length) {
      const readouts = el('div', { class: 'readouts', 'data-testid': 'readouts' });
      for (const r of answer.byReporter) {
        readouts.append(
          el(
            'div',
            { class: 'readout', 'data-testid': 'readout' },
            el('h4', {}, r.reporter.name),
            ...r.sentences.map(sentenceView),
          ),
        );
      }
      parts.push(el('h3', {}, `Readouts compared (${answer.byReporter.length})`), readouts);
    }
    parts.push(
      el('h3', {}, `Mentions (${answer.sentences.length})`),
      ...answer.sentences.slice(0, 50).map(sentenceView),
    );
    if (answer.sentences.length === 0 && !answer.byReporter?.length)
      parts.push(el('p', { class: 'empty' }, 'No sentences in this graph mention it.'));
    evidence.replaceChildren(...parts);
  } catch (error) {
    evidence.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
  }
}

/** The side panel for an edge: its properties and the sentences that state it. */
export async function showEdge(edge: EdgeSingular, onEvent: (eventId: string) => void): Promise<void> {
  const panel = byId('details');
  const data = edge.data();
  if (data.event) return onEvent(data.event);
  const head = header(`${edge.source().data('name')} ${data.type} ${edge.target().data('name')}`, data.type);
  badge(head, data.type);
  const evidence = el('div', { 'data-testid': 'evidence' }, el('p', { class: 'empty' }, 'Loading evidence…'));
  panel.replaceChildren(head, propertyTable(data), evidence);
  try {
    const answer = await api.evidenceForRel(data.id);
    evidence.replaceChildren(
      el('h3', {}, `Evidence (${answer.sentences.length})`),
      ...(answer.sentences.length
        ? answer.sentences.map(sentenceView)
        : [el('p', { class: 'empty' }, 'This relationship carries no evidence.')]),
    );
  } catch (error) {
    evidence.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
  }
}

export function clearDetails(): void {
  byId('details').replaceChildren(
    el('p', { class: 'empty' }, 'Select a node or an edge to see its properties and the sentences behind it.'),
  );
}
