import type { Core } from 'cytoscape';
import type { GraphSchema } from './api';
import { assignedColour, schemaLabel, settingsOf, updateLabelSettings } from './appearance';
import { el } from './dom';
import { openLabelSettings } from './label-settings';
import { colourOf, eventColour } from './style';

export interface LegendHooks {
  /** A click on a label's entry: hide or show that kind. */
  toggle: (label: string) => void;
  /** A label's settings changed: restyle and save the view. */
  settingsChanged: () => void;
}

/** One entry per label in the graph (not Readout's shared :Entity), each with its settings button. */
export function renderLegend(legend: HTMLElement, schema: GraphSchema, hooks: LegendHooks): void {
  legend.replaceChildren(
    ...schema.labels
      .filter((l) => l.label !== 'Entity')
      .map((l) => {
        const settings = el(
          'button',
          {
            type: 'button',
            class: 'label-settings-button',
            'data-testid': 'label-settings',
            'data-kind': l.label,
            title: `Caption, colour, size and search for ${l.label}`,
            'aria-label': `Settings for ${l.label}`,
            'aria-haspopup': 'dialog',
            'aria-expanded': 'false',
          },
          '⚙',
        );
        settings.addEventListener('click', (e) => {
          e.stopPropagation(); // the entry itself hides the kind
          const entry = schemaLabel(l.label);
          if (!entry) return;
          openLabelSettings(settings, {
            schema: entry,
            settings: settingsOf(l.label),
            defaultColour: assignedColour(l.label) ?? colourOf(l.label),
            onChange: (next) => {
              updateLabelSettings(l.label, next);
              hooks.settingsChanged();
            },
          });
        });
        const item = el(
          'li',
          {
            'data-kind': l.label,
            title: `${l.count.toLocaleString('en-US')} in the graph; click (or Enter) to hide or show`,
            // A toggle button for keyboards and screen readers: Tab to it, Enter or Space flips it.
            role: 'button',
            tabindex: '0',
            'aria-pressed': 'true',
          },
          el('span', { class: 'swatch' }),
          el('span', { class: 'legend-label' }, l.label),
          el('span', { class: 'count' }, ''),
          settings,
        );
        item.addEventListener('click', () => hooks.toggle(l.label));
        item.addEventListener('keydown', (e) => {
          if (e.target !== item || (e.key !== 'Enter' && e.key !== ' ')) return;
          e.preventDefault();
          hooks.toggle(l.label);
        });
        return item;
      }),
  );
  renderSwatches(legend);
}

/** The entries of labels (not the event families under Event: family-legend.ts). */
const labelItems = (legend: HTMLElement) => Array.from(legend.querySelectorAll<HTMLElement>(':scope > li[data-kind]'));

/** Swatch colours, again after a colour was chosen (one chosen for Event recolours the families' too). */
export function renderSwatches(legend: HTMLElement): void {
  for (const item of labelItems(legend))
    (item.querySelector('.swatch') as HTMLElement).style.backgroundColor = colourOf(item.dataset.kind!);
  for (const item of Array.from(legend.querySelectorAll<HTMLElement>('li[data-family]')))
    (item.querySelector('.swatch') as HTMLElement).style.backgroundColor = eventColour(item.dataset.family);
}

/** How many of each kind are on the canvas, and which kinds are hidden. */
export function renderLegendCounts(legend: HTMLElement, cy: Core, hidden: ReadonlySet<string>): void {
  const counts = new Map<string, number>();
  cy.nodes().forEach((n) => {
    const label = String(n.data('label'));
    counts.set(label, (counts.get(label) ?? 0) + 1);
  });
  for (const item of labelItems(legend)) {
    const kind = item.dataset.kind!;
    item.classList.toggle('off', hidden.has(kind));
    item.setAttribute('aria-pressed', String(!hidden.has(kind)));
    const n = counts.get(kind) ?? 0;
    (item.querySelector('.count') as HTMLElement).textContent = n ? String(n) : '';
  }
}
