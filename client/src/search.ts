import { api, SearchHit } from './api';
import { byId, el } from './dom';
import { colourOf } from './style';

/** Suggestions as you type (debounced, keyboard navigable); choosing one calls `onPick`. */
export function setupSearch(onPick: (hit: SearchHit) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let latest = 0;

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const kind = hit.labels.find((l) => l !== 'Entity') ?? hit.labels[0] ?? '';
        const item = el(
          'li',
          { role: 'option', 'aria-selected': String(i === active), 'data-id': hit.id },
          el('span', {}, hit.name),
          el('span', { class: 'kind' }, kind),
        );
        (item.firstChild as HTMLElement).style.borderLeft = `3px solid ${colourOf(kind)}`;
        (item.firstChild as HTMLElement).style.paddingLeft = '6px';
        item.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0 && !list.dataset.message;
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    hits = [];
    list.hidden = true;
    input.value = hit.name;
    onPick(hit);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      hits = [];
      render();
      return;
    }
    timer = window.setTimeout(async () => {
      const ticket = ++latest;
      try {
        const answer = await api.search(q);
        if (ticket !== latest) return; // a newer keystroke won
        hits = answer.hits;
        active = hits.length ? 0 : -1;
        render();
        if (hits.length === 0) {
          list.replaceChildren(el('li', { class: 'kind' }, `No match for “${q}”`));
          list.hidden = false;
        }
      } catch (error) {
        list.replaceChildren(el('li', { class: 'kind' }, (error as Error).message));
        list.hidden = false;
      }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(Math.max(0, active));
    } else if (e.key === 'Escape') {
      list.hidden = true;
      input.blur();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(() => (list.hidden = true), 150));
}
