import type { SchemaLabel } from './api';
import { el } from './dom';
import type { LabelSettings, NodeSize } from './settings-store';

/** What the popover shows and whom it tells. */
export interface LabelSettingsChoice {
  schema: SchemaLabel;
  settings: LabelSettings;
  /** The colour the label has when the user has not chosen one (what "Reset" goes back to). */
  defaultColour: string;
  /** Called at every change, with the label's complete settings; the caller saves and restyles. */
  onChange: (next: LabelSettings) => void;
}

let current: { label: string; panel: HTMLElement; close: () => void } | null = null;

export function closeLabelSettings(): void {
  current?.close();
}

/** Labels's string properties: what a search can look in. */
function stringKeys(schema: SchemaLabel): string[] {
  const keys = schema.properties.filter((p) => p.types.some((t) => /^string$/i.test(t))).map((p) => p.key);
  return [...new Set([...keys, ...schema.searchable])];
}

function field(text: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'setting' }, el('span', {}, text), control);
}

function captionSelect(schema: SchemaLabel, chosen: string | undefined, change: (key: string) => void) {
  const select = el('select', { 'data-testid': 'caption-key' });
  const defaultText = schema.caption.length ? schema.caption.join(' + ') : 'name';
  // Byte arrays have no text to show; a key from a shared link may be one this graph lacks, it stays choosable.
  const keys = schema.properties.filter((p) => !p.types.some((t) => /byte|^list<integer/i.test(t))).map((p) => p.key);
  if (chosen && !keys.includes(chosen)) keys.unshift(chosen);
  select.append(
    el('option', { value: '' }, `Default (${defaultText})`),
    ...keys.map((k) => el('option', { value: k }, k)),
  );
  select.value = chosen ?? '';
  select.addEventListener('change', () => change(select.value));
  return select;
}

function sizeSelect(chosen: NodeSize | undefined, change: (size: string) => void) {
  const select = el(
    'select',
    { 'data-testid': 'label-size' },
    el('option', { value: '' }, 'Default'),
    el('option', { value: 'S' }, 'S · small'),
    el('option', { value: 'M' }, 'M · medium'),
    el('option', { value: 'L' }, 'L · large'),
  );
  select.value = chosen ?? '';
  select.addEventListener('change', () => change(select.value));
  return select;
}

/** One checkbox per string property; the last one ticked cannot be cleared (a search must look somewhere). */
function searchBoxes(schema: SchemaLabel, chosen: string[] | undefined, change: (keys: string[]) => void) {
  const set = el('fieldset', { class: 'search-keys', 'data-testid': 'search-keys' }, el('legend', {}, 'Searched'));
  const keys = stringKeys(schema);
  if (keys.length === 0) {
    set.append(el('p', { class: 'empty' }, 'No text properties to search.'));
    return set;
  }
  const boxes = keys.map((key) => {
    const box = el('input', { type: 'checkbox', value: key, 'data-key': key });
    box.checked = (chosen ?? schema.searchable).includes(key);
    return box;
  });
  const guard = () => {
    const ticked = boxes.filter((b) => b.checked);
    for (const b of boxes) b.disabled = ticked.length === 1 && b.checked;
  };
  for (const box of boxes) {
    box.addEventListener('change', () => {
      guard();
      change(boxes.filter((b) => b.checked).map((b) => b.value));
    });
    set.append(el('label', { class: 'search-key' }, box, ` ${box.value}`));
  }
  guard();
  return set;
}

/** The controls for one label's settings, filled with `choice.settings`. */
function controls(choice: LabelSettingsChoice, reset: () => void): HTMLElement[] {
  let settings = { ...choice.settings };
  const update = (patch: Partial<LabelSettings>) => {
    settings = { ...settings, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete settings[k as keyof LabelSettings];
    choice.onChange({ ...settings });
  };
  const colour = el('input', { type: 'color', 'data-testid': 'label-colour' });
  colour.value = settings.colour ?? choice.defaultColour;
  colour.addEventListener('input', () => update({ colour: colour.value }));
  const resetButton = el('button', { type: 'button', 'data-testid': 'label-settings-reset' }, 'Reset');
  resetButton.addEventListener('click', reset);
  const closeButton = el('button', { type: 'button', 'data-testid': 'label-settings-close' }, 'Close');
  closeButton.addEventListener('click', closeLabelSettings);
  return [
    field(
      'Caption',
      captionSelect(choice.schema, settings.caption, (key) => update({ caption: key || undefined })),
    ),
    field('Colour', colour),
    field(
      'Size',
      sizeSelect(settings.size, (size) => update({ size: (size || undefined) as NodeSize | undefined })),
    ),
    searchBoxes(choice.schema, settings.search, (keys) => update({ search: keys })),
    el('div', { class: 'actions' }, resetButton, closeButton),
  ];
}

/** Places the popover beside its legend button, inside the window. */
function place(panel: HTMLElement, anchor: HTMLElement): void {
  const at = anchor.getBoundingClientRect();
  const box = panel.getBoundingClientRect();
  panel.style.left = `${Math.max(8, Math.min(at.right + 8, window.innerWidth - box.width - 8))}px`;
  panel.style.top = `${Math.max(8, Math.min(at.top - 8, window.innerHeight - box.height - 8))}px`;
}

/**
 * Opens the settings popover for a label (or closes it when it is already open for that label): caption
 * property, colour, size, searched properties. Changes apply at once; Esc or a click elsewhere closes it.
 */
export function openLabelSettings(anchor: HTMLElement, choice: LabelSettingsChoice): void {
  const label = choice.schema.label;
  const reopening = current?.label === label;
  closeLabelSettings();
  if (reopening) return;
  const panel = el('div', {
    class: 'label-settings',
    role: 'dialog',
    'aria-label': `${label}: display and search settings`,
    'data-testid': 'label-settings-panel',
    'data-kind': label,
  });
  const fill = (settings: LabelSettings) =>
    panel.replaceChildren(
      el('h3', {}, label),
      ...controls({ ...choice, settings }, () => {
        choice.onChange({});
        fill({});
      }),
    );
  fill(choice.settings);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closeLabelSettings();
      anchor.focus();
    }
  };
  const onPointer = (e: MouseEvent) => {
    if (!panel.contains(e.target as Node) && !anchor.contains(e.target as Node)) closeLabelSettings();
  };
  document.body.append(panel);
  place(panel, anchor);
  anchor.setAttribute('aria-expanded', 'true');
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('mousedown', onPointer, true);
  current = {
    label,
    panel,
    close: () => {
      panel.remove();
      anchor.setAttribute('aria-expanded', 'false');
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('mousedown', onPointer, true);
      current = null;
    },
  };
  panel.querySelector<HTMLElement>('select, input')?.focus();
}
