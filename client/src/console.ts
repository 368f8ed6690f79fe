import { api, CypherAnswer } from './api';
import { cellText, toCsv } from './console-cells';
import { byId, el } from './dom';

/** The read-only console: results drawn on the canvas and as a table; errors shown plainly. */
export function setupConsole(draw: (answer: CypherAnswer) => void): void {
  const input = byId<HTMLTextAreaElement>('cypher-input');
  const run = byId<HTMLButtonElement>('cypher-run');
  const error = byId('cypher-error');
  const table = byId<HTMLTableElement>('cypher-table');
  const csv = byId<HTMLButtonElement>('cypher-csv');
  const tableWrap = byId('cypher-table-wrap');
  const toggle = byId<HTMLButtonElement>('cypher-table-toggle');
  const showTable = (open: boolean) => {
    tableWrap.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => showTable(tableWrap.hidden));
  let lastCsv = '';
  csv.addEventListener('click', () => {
    const link = el('a', {
      // The byte-order mark tells Excel the file is UTF-8 (without it an en dash shows as "â€“").
      href: URL.createObjectURL(new Blob(['\uFEFF', lastCsv], { type: 'text/csv;charset=utf-8' })),
      download: 'readout-query.csv',
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  const execute = async () => {
    const query = input.value.trim();
    if (!query) return;
    run.disabled = true;
    run.textContent = 'Running…';
    error.hidden = true;
    try {
      const answer = await api.cypher(query);
      const captions = new Map(
        answer.elements.nodes.map((n) => [n.data.elementId, String(n.data.caption ?? n.data.name)]),
      );
      const cells = answer.rows.map((row) => answer.columns.map((c) => cellText(row[c], captions)));
      table.replaceChildren(
        el('thead', {}, el('tr', {}, ...answer.columns.map((c) => el('th', {}, c)))),
        el(
          'tbody',
          {},
          ...(cells.length
            ? cells.map((row) => el('tr', {}, ...row.map((text) => el('td', { title: text }, text))))
            : [
                el(
                  'tr',
                  {},
                  el(
                    'td',
                    { colspan: String(Math.max(1, answer.columns.length)), 'data-testid': 'cypher-empty' },
                    'No rows',
                  ),
                ),
              ]),
        ),
      );
      csv.disabled = cells.length === 0;
      lastCsv = toCsv(answer.columns, cells);
      table.dataset.rows = String(answer.rows.length);
      // As Neo4j Browser does: what the canvas draws is seen there, the table waits behind its button; rows of
      // values only (names, counts), or no rows, are the answer itself and open the table.
      toggle.hidden = false;
      toggle.textContent = `Table · ${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'}`;
      showTable(answer.elements.nodes.length === 0);
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
      toggle.hidden = true;
      showTable(false);
      csv.disabled = true;
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
