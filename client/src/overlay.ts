import { byId, el } from './dom';

/** The panels open over the canvas, the last opened on top: Esc and its close button close that one. */
const open: Overlay[] = [];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

// Before the page's own keys (Esc clears the canvas selection, Delete hides it): with a panel over the canvas,
// Esc closes the panel and Delete must not remove nodes the reader cannot see.
window.addEventListener(
  'keydown',
  (e) => {
    const top = open[open.length - 1];
    if (!top || typing(e.target)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      top.close();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.stopPropagation();
    }
  },
  true,
);

/**
 * A panel over the canvas (the canvas stays as it is underneath): a header with a title, a close button, and a
 * body its owner fills. Focus moves into it when it opens and back to where it was when it closes.
 */
export class Overlay {
  readonly head: HTMLElement;
  readonly body: HTMLElement;
  private returnFocus: Element | null = null;
  onClose: () => void = () => {};

  constructor(
    private readonly root: HTMLElement,
    closeLabel: string,
  ) {
    const close = el('button', {
      class: 'overlay-close',
      'data-testid': 'overlay-close',
      title: `${closeLabel} (Esc)`,
    });
    close.append('Close ', el('kbd', {}, 'Esc'));
    close.addEventListener('click', () => this.close());
    this.head = el('div', { class: 'overlay-title' });
    this.body = el('div', { class: 'overlay-body' });
    root.replaceChildren(el('header', { class: 'overlay-head' }, this.head, close), this.body);
    root.tabIndex = -1;
  }

  static inPage(id: string, closeLabel: string): Overlay {
    return new Overlay(byId(id), closeLabel);
  }

  get isOpen(): boolean {
    return open.includes(this);
  }

  show(): void {
    if (!this.isOpen) {
      this.returnFocus = document.activeElement;
      // What lies beneath is out of sight and out of reach until this one closes.
      open[open.length - 1]?.cover(true);
      open.push(this);
    }
    this.root.hidden = false;
    this.root.focus({ preventScroll: true });
  }

  private cover(covered: boolean): void {
    this.root.classList.toggle('covered', covered);
    this.root.inert = covered;
  }

  close(): void {
    const at = open.indexOf(this);
    if (at === -1) return;
    open.splice(at, 1);
    this.root.hidden = true;
    open[open.length - 1]?.cover(false);
    if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus();
    this.onClose();
  }
}
