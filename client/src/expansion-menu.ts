import type { NodeSingular } from 'cytoscape';
import { byId, el } from './dom';
import type { GraphView } from './graph-view';
import { displayName } from './style';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The expansion menu: what is around a node, per relationship type and per neighbour label with counts, each
 * a choice that expands just that. Opens on right-click, long-press, or E / the context-menu key on the selected
 * node; arrows move through it, Enter picks, Esc closes.
 */
export class ExpansionMenu {
  private readonly box = byId('expand-menu');
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly view: GraphView) {
    view.cy.on('cxttap taphold', 'node', (e) => {
      const at = e.renderedPosition ?? (e.target as NodeSingular).renderedPosition();
      void this.open(e.target as NodeSingular, at);
    });
    view.cy.on('tap pan zoom', () => this.close());
    this.box.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('pointerdown', (e) => {
      if (!this.box.hidden && !this.box.contains(e.target as Node)) this.close();
    });
  }

  /** From the keyboard: the menu of the selected node, placed on it. */
  openForSelection(): void {
    const node = this.view.cy.nodes(':selected').first();
    if (node.nonempty()) void this.open(node, node.renderedPosition());
  }

  async open(node: NodeSingular, at: { x: number; y: number }): Promise<void> {
    this.returnFocus = document.activeElement as HTMLElement | null;
    const name = displayName(node.data());
    this.box.replaceChildren(
      el('div', { class: 'menu-title' }, `Expand ${name}`),
      el('div', { class: 'empty' }, 'Counting…'),
    );
    this.box.style.left = `${Math.round(at.x + 8)}px`;
    this.box.style.top = `${Math.round(at.y + 8)}px`;
    this.box.hidden = false;
    this.box.dataset.node = node.id();
    let counts;
    try {
      counts = await this.view.neighbourCounts(node);
    } catch (error) {
      this.box.replaceChildren(el('div', { class: 'error' }, (error as Error).message));
      return;
    }
    if (this.box.dataset.node !== node.id() || this.box.hidden) return;
    const item = (text: string, n: number, run: () => void, attrs: Record<string, string>) => {
      const b = el(
        'button',
        { role: 'menuitem', tabindex: '-1', ...attrs },
        el('span', {}, text),
        el('span', { class: 'count' }, count(n)),
      );
      b.addEventListener('click', () => {
        this.close();
        run();
      });
      return b;
    };
    const types = Object.entries(counts.byType).sort((a, b) => b[1] - a[1]);
    const labels = Object.entries(counts.byLabel ?? {}).sort((a, b) => b[1] - a[1]);
    const parts: HTMLElement[] = [el('div', { class: 'menu-title' }, `Expand ${name}`)];
    if (counts.total === 0) parts.push(el('div', { class: 'empty' }, 'Nothing around it.'));
    else {
      parts.push(
        item('All neighbours', counts.total, () => void this.view.expand(node), { 'data-testid': 'expand-all' }),
      );
      if (types.length) parts.push(el('div', { class: 'menu-group' }, 'By relationship'));
      for (const [type, n] of types)
        parts.push(
          item(type, n, () => void this.view.expand(node, type), { 'data-testid': 'expand-type', 'data-type': type }),
        );
      if (labels.length) parts.push(el('div', { class: 'menu-group' }, 'By kind'));
      for (const [label, n] of labels)
        parts.push(
          item(label, n, () => void this.view.expandLabel(node, label), {
            'data-testid': 'expand-label',
            'data-label': label,
          }),
        );
    }
    this.box.replaceChildren(...parts);
    this.items()[0]?.focus();
  }

  close(): void {
    if (this.box.hidden) return;
    this.box.hidden = true;
    delete this.box.dataset.node;
    this.returnFocus?.focus?.();
  }

  private items(): HTMLButtonElement[] {
    return Array.from(this.box.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
  }

  private onKey(e: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') this.close();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }
}
