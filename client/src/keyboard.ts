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
    if (e.key === '/' && !command) byId('search-input').focus();
    else if (e.key === 'Escape') view.cy.elements().unselect();
    else if (e.key === 'Delete' || e.key === 'Backspace') view.removeSelected();
    else if ((e.key === 'e' || e.key === 'ContextMenu') && !command) menu.openForSelection();
    else if (command && (e.key === 'y' || ((e.key === 'z' || e.key === 'Z') && e.shiftKey))) redo(view);
    else if (command && e.key === 'z') undo(view);
    else return;
    e.preventDefault();
  });
}
