import { byId } from './dom';
import type { ExpansionMenu } from './expansion-menu';
import type { GraphView } from './graph-view';
import { redo, undo } from './toolbar';

/**
 * Page-wide keys: "/" searches, Esc clears the selection, Delete removes it, E (or the menu key) opens the
 * expansion menu of the selected node, Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes. None fire while typing.
 */
export function setupKeyboard(view: GraphView, menu: ExpansionMenu): void {
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
    if (typing) return;
    const command = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (e.key === '/' && !command) byId('search-input').focus();
    else if (e.key === 'Escape') view.cy.elements().unselect();
    else if (e.key === 'Delete' || e.key === 'Backspace') view.removeSelected();
    else if ((key === 'e' || key === 'ContextMenu') && !command) menu.openForSelection();
    // Letters compared in lower case: Caps Lock (or Shift) must not turn Ctrl+Z into nothing.
    else if (command && (key === 'y' || (key === 'z' && e.shiftKey))) redo(view);
    else if (command && key === 'z') undo(view);
    else return;
    e.preventDefault();
  });
}
