import { api, PathsAnswer } from './api';
import { currentSearchFields } from './appearance';
import { byId, el } from './dom';
import { attachSuggestions } from './search';
import type { GraphView } from './graph-view';
import { openArticleButton } from './panels/reader-links';
import { showStatus, withStatus } from './status';
import type { SharedPath } from './url-state';

/** The path finder as the page's address sees it: the path on show, and a shared one shown again. */
export interface PathFinder {
  /** The question and the path on show, while that path is on the canvas. */
  shown(): SharedPath | null;
  reopen(path: SharedPath): Promise<void>;
}

/**
 * The path finder: the best search hit for each name, then the shortest paths between them, each hop with the
 * sentence that states it. `changed` hears when the path on show changes (the address follows).
 */
export function setupPathFinder(view: GraphView, changed: () => void): PathFinder {
  // Each end is chosen from suggestions (its id kept); text typed without choosing falls back to the best hit.
  const ends = (['path-from', 'path-to'] as const).map((end) => {
    const input = byId<HTMLInputElement>(end);
    attachSuggestions(input, byId<HTMLUListElement>(`${end}-results`), (hit) => {
      input.dataset.id = hit.id;
      input.dataset.name = hit.name;
    });
    return input;
  });
  const hopsBox = byId<HTMLSelectElement>('path-hops-max');
  const throughBox = byId<HTMLSelectElement>('path-through');
  const stepper = pathStepper(view, changed);
  const chosen = (input: HTMLInputElement) =>
    input.dataset.id && input.dataset.name === input.value.trim() ? input.dataset.id : null;

  const find = async (question: Omit<SharedPath, 'index'>, index: number, label: string) => {
    const result = await withStatus('Finding paths', () =>
      api.paths(question.from, question.to, question.hops, question.through),
    );
    stepper.clear();
    if (!result) return;
    const { hops, through } = question;
    if (result.paths.length === 0) return showStatus(`No path within ${hops} hops through ${through}`, 'error');
    await view.addConnected(result, label);
    stepper.show(question, result, index);
    const widened = result.through !== through ? ` (through ${result.through}: an end is an outlet)` : '';
    showStatus(`${result.paths.length} shortest path(s) of ${result.paths[0].edges.length} hops${widened}`);
  };

  byId('path-run').addEventListener('click', async () => {
    const [from, to] = ends.map((input) => input.value.trim());
    if (!from || !to) return showStatus('Give both ends of the path', 'error');
    const ids = await withStatus('Finding paths', () =>
      Promise.all(ends.map((input) => chosen(input) ?? bestHit(input.value.trim()))),
    );
    if (!ids) return stepper.clear();
    const question = { from: ids[0], to: ids[1], hops: Number(hopsBox.value), through: throughBox.value };
    await find(question as Omit<SharedPath, 'index'>, 0, `path ${from} → ${to}`);
  });

  return {
    shown: () => stepper.shown(),
    async reopen(path) {
      // The ends as they are named on the canvas the link rebuilt (its nodes came first).
      ends.forEach((input, i) => {
        const id = i === 0 ? path.from : path.to;
        const name = String(view.cy.getElementById(id).data('name') ?? '');
        Object.assign(input.dataset, { id, name });
        input.value = name;
      });
      hopsBox.value = String(path.hops);
      throughBox.value = path.through;
      await find(path, path.index, 'open shared path');
    },
  };
}

async function bestHit(text: string): Promise<string> {
  const answer = await api.search(text, 1, currentSearchFields());
  if (!answer.hits[0]) throw new Error(`No match for “${text}”`);
  return answer.hits[0].id;
}

/**
 * One path at a time: lit on the canvas and listed hop by hop, with "‹ Path 2 of 10 ›" to step through the others
 * (lighting every path at once, as the finder did, showed ten paths and listed one).
 */
function pathStepper(view: GraphView, changed: () => void) {
  const box = byId('path-stepper');
  const list = byId('path-hops');
  const prev = byId<HTMLButtonElement>('path-prev');
  const next = byId<HTMLButtonElement>('path-next');
  let question: Omit<SharedPath, 'index'> | null = null;
  let result: PathsAnswer | null = null;
  let index = 0;
  const showPath = (i: number) => {
    if (!result) return;
    index = Math.max(0, Math.min(i, result.paths.length - 1));
    const path = result.paths[index];
    view.highlightPaths([...path.nodes, ...path.edges]);
    list.replaceChildren(...pathHops(result, index));
    byId('path-count').textContent = `Path ${index + 1} of ${result.paths.length}`;
    prev.disabled = index === 0;
    next.disabled = index === result.paths.length - 1;
    changed();
  };
  prev.addEventListener('click', () => showPath(index - 1));
  next.addEventListener('click', () => showPath(index + 1));
  return {
    show(asked: Omit<SharedPath, 'index'>, answer: PathsAnswer, at: number) {
      question = asked;
      result = answer;
      box.hidden = answer.paths.length < 2;
      showPath(at);
    },
    clear() {
      question = result = null;
      box.hidden = true;
      list.replaceChildren();
    },
    shown(): SharedPath | null {
      if (!question || !result) return null;
      const onCanvas = result.paths[index].nodes.every((id) => view.cy.getElementById(id).nonempty());
      return onCanvas ? { ...question, index } : null;
    },
  };
}

/** A path's hops as "A —TYPE→ B", each with the first sentence that states it. */
function pathHops(result: PathsAnswer, index: number): HTMLElement[] {
  const caption = new Map(result.nodes.map((n) => [n.data.id, String(n.data.caption ?? n.data.name)]));
  const edges = new Map(result.edges.map((e) => [e.data.id, e.data]));
  return result.paths[index].edges.map((edgeId) => {
    const e = edges.get(edgeId);
    const hop = e ? `${caption.get(e.source) ?? e.source} —${e.type}→ ${caption.get(e.target) ?? e.target}` : edgeId;
    const sentence = result.evidence[edgeId]?.[0];
    const read = sentence?.article.id ? [openArticleButton(sentence.article.id, sentence.id, 'read', 'link')] : [];
    return el('li', {}, el('span', { class: 'hop' }, hop), ...(sentence ? [el('q', {}, sentence.text), ...read] : []));
  });
}
