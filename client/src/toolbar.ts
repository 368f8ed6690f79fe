import { byId } from './dom';
import type { ExportFormat } from './api';
import { exportCyjs, exportFromServer, exportPng } from './export';
import type { GraphView } from './graph-view';
import { showStatus } from './status';
import type { ViewStore } from './view-store';

/** The toolbar: events as edges, undo/redo, re-layout, fit, clear, exports (dates are the timeline's). */
export function setupToolbar(view: GraphView, store: ViewStore, changeFilters: (name: string, patch: object) => void) {
  const eventsToggle = byId<HTMLInputElement>('events-as-edges');
  eventsToggle.addEventListener('change', () =>
    changeFilters(eventsToggle.checked ? 'events as edges' : 'events as nodes', {
      eventsAsEdges: eventsToggle.checked,
    }),
  );
  // The toggle shows the filter, however it was changed (undo, a shared link).
  const reflect = () => {
    eventsToggle.checked = store.state.eventsAsEdges;
  };
  store.subscribe(reflect);
  reflect();

  const undoButton = byId<HTMLButtonElement>('undo');
  const redoButton = byId<HTMLButtonElement>('redo');
  // The buttons say what they would undo or redo, and are off when there is nothing.
  const history = view.history;
  history.onChange = () => {
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
  byId('export-png').addEventListener('click', () =>
    exportPng(view.cy).catch((error: Error) => showStatus(error.message, 'error')),
  );
  byId('export-cyjs').addEventListener('click', () => exportCyjs(view.cy));
  // The server's formats: picking one downloads it, then the menu shows its title again.
  const formats = byId<HTMLSelectElement>('export-format');
  formats.addEventListener('change', () => {
    const format = formats.value as ExportFormat;
    formats.value = '';
    if (!format) return;
    exportFromServer(view.cy, format)
      .then((leftOut) => leftOut && showStatus(leftOut, 'info'))
      .catch((error: Error) => showStatus(error.message, 'error'));
  });
}

export function undo(view: GraphView): void {
  const name = view.undo();
  if (name) showStatus(`Undone: ${name}`);
}

export function redo(view: GraphView): void {
  const name = view.redo();
  if (name) showStatus(`Redone: ${name}`);
}
