import type { Core } from 'cytoscape';
import { el } from './dom';
import { familyEntries, FamilyEntry, familyTitle } from './event-families';
import { eventColour } from './style';

/** A click (or Enter, or Space) on a family's entry: hide or show its events. */
export type FamilyToggle = (code: string, name: string) => void;

/**
 * Under the legend's Event entry, one entry per event family on the canvas (swatch, name, count), each a toggle
 * button as the label entries are. Updated in place on every change of the canvas or the filters: an entry keeps
 * its element, so the keyboard focus stays on the entry just toggled.
 */
export function renderFamilyLegend(
  legend: HTMLElement,
  cy: Core,
  hidden: ReadonlySet<string>,
  toggle: FamilyToggle,
): void {
  const entries = familyEntries(cy.nodes().map((n) => n.data() as Record<string, unknown>));
  let holder = legend.querySelector<HTMLElement>(':scope > li.legend-families');
  if (entries.length === 0) return void holder?.remove();
  if (!holder) {
    holder = el(
      'li',
      { class: 'legend-families', 'data-testid': 'legend-families' },
      el('ul', { role: 'group', 'aria-label': 'Event families' }),
    );
    // Right under Event (the label the families divide); at the end on a graph whose legend has no Event.
    const event = legend.querySelector(':scope > li[data-kind="Event"]');
    if (event) event.after(holder);
    else legend.append(holder);
  }
  const group = holder.firstElementChild as HTMLElement;
  const current = new Map(
    (Array.from(group.children) as HTMLElement[]).map((item) => [item.dataset.family!, item] as const),
  );
  const items = entries.map((entry) => {
    const item = current.get(entry.code) ?? familyItem(entry.code, toggle);
    showEntry(item, entry, hidden.has(entry.code));
    return item;
  });
  // Only a change in which families are on the canvas rebuilds the list (moving an element would drop its focus).
  const unchanged = items.length === group.children.length && items.every((item, i) => group.children[i] === item);
  if (!unchanged) group.replaceChildren(...items);
}

function familyItem(code: string, toggle: FamilyToggle): HTMLElement {
  const item = el(
    'li',
    {
      'data-family': code,
      'data-testid': 'legend-family',
      // A toggle button for keyboards and screen readers, as the label entries are.
      role: 'button',
      tabindex: '0',
      'aria-pressed': 'true',
    },
    el('span', { class: 'swatch family-swatch' }),
    el('span', { class: 'legend-label' }, ''),
    el('span', { class: 'count' }, ''),
  );
  const flip = () => toggle(code, item.dataset.name ?? code);
  item.addEventListener('click', flip);
  item.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    flip();
  });
  return item;
}

function showEntry(item: HTMLElement, entry: FamilyEntry, off: boolean): void {
  item.dataset.name = entry.name;
  item.title = `${familyTitle(entry.code, entry.name)}: ${entry.count.toLocaleString('en-US')} on the canvas; click (or Enter) to hide or show`;
  item.classList.toggle('off', off);
  item.setAttribute('aria-pressed', String(!off));
  (item.querySelector('.swatch') as HTMLElement).style.backgroundColor = eventColour(entry.code);
  (item.querySelector('.legend-label') as HTMLElement).textContent = entry.name;
  (item.querySelector('.count') as HTMLElement).textContent = String(entry.count);
}
