import { byId } from './dom';
import { exportCyjs, exportPng } from './export';
import type { GraphView } from './graph-view';
import { showStatus } from './status';
import type { ViewStore } from './view-store';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The toolbar: events as edges, dates, undo/redo, re-layout, fit, clear, exports. */
export function setupToolbar(view: GraphView, store: ViewStore, changeFilters: (name: string, patch: object) => void) {
  const eventsToggle = byId<HTMLInputElement>('events-as-edges');
  eventsToggle.addEventListener('change', () =>
    changeFilters(eventsToggle.checked ? 'events as edges' : 'events as nodes', {
      eventsAsEdges: eventsToggle.checked,
    }),
  );
  const dateFrom = byId<HTMLInputElement>('date-from');
  const dateTo = byId<HTMLInputElement>('date-to');
  for (const input of [dateFrom, dateTo]) {
    input.addEventListener('change', () => {
      const bad = [dateFrom, dateTo].find((i) => i.value.trim() && !ISO.test(i.value.trim()));
      for (const i of [dateFrom, dateTo]) i.setAttribute('aria-invalid', String(i === bad));
      if (bad) return showStatus('Dates are YYYY, YYYY-MM or YYYY-MM-DD', 'error');
      showStatus('');
      changeFilters('date filter', { from: dateFrom.value.trim() || null, to: dateTo.value.trim() || null });
    });
  }
  // The controls show the filters, however they were changed (undo, a shared link).
  const reflect = () => {
    const { eventsAsEdges, from, to } = store.state;
    eventsToggle.checked = eventsAsEdges;
    if (document.activeElement !== dateFrom) dateFrom.value = from ?? '';
    if (document.activeElement !== dateTo) dateTo.value = to ?? '';
  };
  store.subscribe(reflect);
  reflect();

  const undoButton = byId<HTMLButtonElement>('undo');
  const redoButton = byId<HTMLButtonElement>('redo');
  // The buttons say what they would undo or redo, and are off when there is nothing.
  const history = view.history;
  const previousOnChange = history.onChange;
  history.onChange = () => {
    previousOnChange();
    const { nextUndo, nextRedo } = history;
    undoButton.disabled = nextUndo === null;
    redoButton.disabled = nextRedo === null;
    undoButton.title = nextUndo ? `Undo ${nextUndo} (Ctrl+Z)` : 'Nothing to undo';
    redoButton.title = nextRedo ? `Redo ${nextRedo} (Ctrl+Shift+Z)` : 'Nothing to redo';
  };
  history.onChange();
  undoButton.addEventListener('click', () => undo(view));
  redoButton.addEventListener('click', () => redo(view));
  byId('relayout').addEventListener('click', () => view.relayout());
  byId('fit').addEventListener('click', () => view.fit());
  byId('clear').addEventListener('click', () => view.clear());
  byId('export-png').addEventListener('click', () => exportPng(view.cy));
  byId('export-cyjs').addEventListener('click', () => exportCyjs(view.cy));
}

export function undo(view: GraphView): void {
  const name = view.undo();
  if (name) showStatus(`Undone: ${name}`);
}

export function redo(view: GraphView): void {
  const name = view.redo();
  if (name) showStatus(`Redone: ${name}`);
}
