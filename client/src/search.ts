import { api, SearchHit } from './api';
import { captionKeysOf, currentSearchFields, isNewsGraph } from './appearance';
import { byId, el } from './dom';
import { valueText } from './panels/property-table';
import { colourOf } from './style';

const SHORT = 60;
const short = (value: unknown) => {
  const text = valueText(value);
  return text.length > SHORT ? `${text.slice(0, SHORT)}…` : text;
};

/** The hit's kind: Readout's own label rather than the shared :Entity. */
const kindOf = (hit: SearchHit) => hit.labels.find((l) => l !== 'Entity') ?? hit.labels[0] ?? '';

/**
 * What tells a hit apart from similar ones: its distinguishing property (a price, a city, a date), and where the
 * query matched when that is not in the caption already on show ("matched in description").
 */
function hitDetails(hit: SearchHit): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const line = (cls: string, text: string) => el('span', { class: cls }, text);
  const detail = hit.detail;
  // On a news graph an id says nothing a journalist needs ("id: person:xi-jinping"); on another graph it may.
  if (detail && !(isNewsGraph() && detail.key === 'id'))
    parts.push(line('hit-detail', `${detail.key}: ${short(detail.value)}`));
  const matched = hit.matched;
  if (matched && !captionKeysOf(kindOf(hit)).includes(matched.key) && matched.key !== detail?.key)
    parts.push(line('hit-matched', `matched in ${matched.key}: “${short(matched.value)}”`));
  return parts;
}

/** The main search box: choosing a suggestion calls `onPick`. */
export function setupSearch(onPick: (hit: SearchHit) => void): void {
  attachSuggestions(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-results'), onPick);
}

/**
 * Suggestions as you type into `input` (debounced, keyboard navigable, an ARIA combobox over `list`, the number
 * of suggestions announced to screen readers); choosing one calls `onPick`.
 */
export function attachSuggestions(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (hit: SearchHit) => void,
): void {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', `Suggestions for ${input.getAttribute('aria-label') ?? input.placeholder}`);
  const announce = byId('announcer');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let latest = 0;

  const optionId = (i: number) => `${list.id}-option-${i}`;
  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open && active >= 0 && hits[active]) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  };
  const message = (text: string) => {
    hits = [];
    active = -1;
    list.replaceChildren(el('li', { class: 'kind', role: 'presentation' }, text));
    setOpen(true);
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const kind = kindOf(hit);
        const text = el('span', { class: 'hit-text' }, el('span', { class: 'hit-name' }, hit.name), ...hitDetails(hit));
        text.style.borderLeft = `3px solid ${colourOf(kind)}`;
        text.style.paddingLeft = '6px';
        const item = el(
          'li',
          { role: 'option', id: optionId(i), 'aria-selected': String(i === active), 'data-id': hit.id },
          text,
          el('span', { class: 'kind' }, kind),
        );
        item.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    setOpen(hits.length > 0);
    list.querySelector('[aria-selected=true]')?.scrollIntoView({ block: 'nearest' });
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    hits = [];
    active = -1;
    setOpen(false);
    input.value = hit.name;
    onPick(hit);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      ++latest; // an answer still on its way is for text no longer there
      hits = [];
      render();
      return;
    }
    timer = window.setTimeout(async () => {
      const ticket = ++latest;
      try {
        const answer = await api.search(q, 8, currentSearchFields());
        if (ticket !== latest) return; // a newer keystroke won
        hits = answer.hits;
        active = hits.length ? 0 : -1;
        announce.textContent = hits.length
          ? `${hits.length} suggestion${hits.length === 1 ? '' : 's'}; arrow keys to choose, Enter to pick`
          : '';
        if (hits.length === 0) message(`No match for “${q}”`);
        else render();
      } catch (error) {
        if (ticket === latest) message((error as Error).message);
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
      setOpen(false);
      input.blur();
    }
  });
  input.addEventListener('blur', () => {
    // Suggestions on their way are for a field no longer being typed in: shown after it closed, they would cover
    // whatever the person went on to (the path finder's button under its "from" field).
    window.clearTimeout(timer);
    ++latest;
    window.setTimeout(() => setOpen(false), 150);
  });
}
