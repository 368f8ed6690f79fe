import type { BinaryValue } from '../api';
import { el } from '../dom';
import { plainName, plainOrder } from '../journalist-words';

/** Strings longer than this show their start and a "show all" toggle: a 50 kB description would bury the panel. */
export const LONG_TEXT = 300;

export function isBinary(value: unknown): value is BinaryValue {
  return typeof value === 'object' && value !== null && (value as { $binary?: unknown }).$binary === true;
}

/** "binary · 1,024 bytes · 0a1b2c…": the server sends a byte array's length and first 16 bytes, not the bytes. */
export function binaryText(value: BinaryValue): string {
  const hex = String(value.hex ?? '');
  const shown = Math.floor(hex.length / 2);
  return `binary · ${Number(value.bytes).toLocaleString('en-US')} bytes · ${hex}${value.bytes > shown ? '…' : ''}`;
}

/** A property value as the panel writes it. */
export function valueText(value: unknown): string {
  if (isBinary(value)) return binaryText(value);
  if (Array.isArray(value)) return value.map((v) => (isBinary(v) ? binaryText(v) : valueText(v))).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** The cell for a value: long text cut at LONG_TEXT with a toggle to read it all. */
function valueCell(value: unknown): HTMLTableCellElement {
  const text = valueText(value);
  if (text.length <= LONG_TEXT) return el('td', {}, text);
  const shown = el('span', {}, `${text.slice(0, LONG_TEXT)}…`);
  const toggle = el(
    'button',
    { class: 'show-all', 'data-testid': 'show-all', 'aria-expanded': 'false' },
    `show all (${text.length.toLocaleString('en-US')} characters)`,
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    shown.textContent = open ? text : `${text.slice(0, LONG_TEXT)}…`;
    toggle.textContent = open ? 'show less' : `show all (${text.length.toLocaleString('en-US')} characters)`;
    toggle.setAttribute('aria-expanded', String(open));
  });
  return el('td', {}, shown, ' ', toggle);
}

/** Properties named like an element field arrive as prop_<key>; the panel shows the property's own name. */
const PREFIXED = /^prop_(id|label|labels|source|target|type)$/;

/** The element's properties, without the fields that only serve the page (`skip`). */
export function propertyTable(data: Record<string, unknown>, skip: Set<string>): HTMLTableElement {
  const table = el('table', { class: 'props' });
  for (const [key, value] of Object.entries(data)) {
    if (skip.has(key) || value === null || value === undefined) continue;
    const shownKey = PREFIXED.test(key) ? key.slice(5) : key;
    table.append(el('tr', {}, el('td', {}, shownKey), valueCell(value)));
  }
  return table;
}

/**
 * A news node's properties as a journalist reads them (kind, date, other spellings … by plain names), and the
 * extractor's bookkeeping (its id, dateRule, mergedFrom, what was told before a correction) behind "Details".
 */
export function newsPropertyTable(data: Record<string, unknown>, skip: Set<string>): HTMLElement {
  const present = Object.keys(data).filter((k) => !skip.has(k) && data[k] !== null && data[k] !== undefined);
  const table = el('table', { class: 'props', 'data-testid': 'plain-properties' });
  for (const key of plainOrder(present))
    table.append(el('tr', {}, el('td', {}, plainName(key)!), valueCell(data[key])));
  const rest = present.filter((k) => plainName(k) === null);
  const details = el(
    'details',
    { class: 'developer-details', 'data-testid': 'developer-details' },
    el('summary', {}, 'Details'),
    propertyTable(Object.fromEntries(rest.map((k) => [k, data[k]])), new Set()),
  );
  return el('div', {}, table, ...(rest.length ? [details] : []));
}
