import { api, CypherAnswer } from './api';
import { byId, el } from './dom';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  if (v.labels && v.properties) {
    // Another graph may have no name or title: its first text property says more than nothing.
    const p = v.properties;
    const text = Object.values(p).find((x) => typeof x === 'string');
    return `(:${v.labels.join(':')} ${String(p.name ?? p.title ?? p.id ?? text ?? '')})`;
  }
  if (v.type && v.properties) return `[:${v.type}]`;
  return JSON.stringify(value);
}

/** The read-only console: results drawn on the canvas and as a table; errors shown plainly. */
export function setupConsole(draw: (answer: CypherAnswer) => void): void {
  const input = byId<HTMLTextAreaElement>('cypher-input');
  const run = byId<HTMLButtonElement>('cypher-run');
  const error = byId('cypher-error');
  const table = byId<HTMLTableElement>('cypher-table');
  const execute = async () => {
    const query = input.value.trim();
    if (!query) return;
    run.disabled = true;
    run.textContent = 'Running…';
    error.hidden = true;
    try {
      const answer = await api.cypher(query);
      table.replaceChildren(
        el('thead', {}, el('tr', {}, ...answer.columns.map((c) => el('th', {}, c)))),
        el(
          'tbody',
          {},
          ...answer.rows.map((row) =>
            el('tr', {}, ...answer.columns.map((c) => el('td', { title: cell(row[c]) }, cell(row[c])))),
          ),
        ),
      );
      table.dataset.rows = String(answer.rows.length);
      if (answer.truncated) {
        error.textContent =
          answer.cutBy === 'bytes'
            ? `Showing the first ${answer.rows.length} rows only: the result is larger than the console sends.`
            : `Showing the first ${answer.rowLimit} rows only.`;
        error.hidden = false;
      }
      draw(answer);
    } catch (e) {
      table.replaceChildren();
      error.textContent = (e as Error).message;
      error.hidden = false;
    } finally {
      run.disabled = false;
      run.textContent = 'Run';
    }
  };
  run.addEventListener('click', () => void execute());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void execute();
  });
}
