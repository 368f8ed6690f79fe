import { api, PathsAnswer, PathsThrough } from './api';
import { currentSearchFields } from './appearance';
import { byId, el } from './dom';
import { attachSuggestions } from './search';
import type { GraphView } from './graph-view';
import { openArticleButton } from './panels/reader-links';
import { showStatus, withStatus } from './status';

/**
 * The path finder: the best search hit for each name, then the shortest paths between them, each hop with the
 * sentence that states it.
 */
export function setupPathFinder(view: GraphView): void {
  // Each end is chosen from suggestions (its id kept); text typed without choosing falls back to the best hit.
  for (const end of ['path-from', 'path-to']) {
    const input = byId<HTMLInputElement>(end);
    attachSuggestions(input, byId<HTMLUListElement>(`${end}-results`), (hit) => {
      input.dataset.id = hit.id;
      input.dataset.name = hit.name;
    });
  }
  const stepper = pathStepper(view);
  const chosen = (input: HTMLInputElement) =>
    input.dataset.id && input.dataset.name === input.value.trim() ? input.dataset.id : null;
  byId('path-run').addEventListener('click', async () => {
    const from = byId<HTMLInputElement>('path-from').value.trim();
    const to = byId<HTMLInputElement>('path-to').value.trim();
    const hops = Number(byId<HTMLSelectElement>('path-hops-max').value);
    const through = byId<HTMLSelectElement>('path-through').value as PathsThrough;
    if (!from || !to) return showStatus('Give both ends of the path', 'error');
    const result = await withStatus('Finding paths', async () => {
      const [a, b] = await Promise.all([
        chosen(byId<HTMLInputElement>('path-from')) ?? bestHit(from),
        chosen(byId<HTMLInputElement>('path-to')) ?? bestHit(to),
      ]);
      return api.paths(a, b, hops, through);
    });
    stepper.clear();
    if (!result) return;
    if (result.paths.length === 0) return showStatus(`No path within ${hops} hops through ${through}`, 'error');
    view.add(result, `path ${from} → ${to}`);
    stepper.show(result);
    const widened = result.through !== through ? ` (through ${result.through}: an end is an outlet)` : '';
    showStatus(`${result.paths.length} shortest path(s) of ${result.paths[0].edges.length} hops${widened}`);
  });
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
function pathStepper(view: GraphView) {
  const box = byId('path-stepper');
  const list = byId('path-hops');
  const prev = byId<HTMLButtonElement>('path-prev');
  const next = byId<HTMLButtonElement>('path-next');
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
  };
  prev.addEventListener('click', () => showPath(index - 1));
  next.addEventListener('click', () => showPath(index + 1));
  return {
    show(answer: PathsAnswer) {
      result = answer;
      box.hidden = answer.paths.length < 2;
      showPath(0);
    },
    clear() {
      result = null;
      box.hidden = true;
      list.replaceChildren();
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
