import { el } from '../dom';

export interface UndatedEvent {
  id: string;
  caption: string;
  /** Hidden on the canvas by the date filter (selecting it still opens its details). */
  hidden: boolean;
}

/**
 * "N undated": events the timeline cannot place, counted apart from the bars; a click lists them, and a click on
 * one selects it on the canvas.
 */
export class UndatedList {
  constructor(
    private readonly button: HTMLButtonElement,
    private readonly list: HTMLElement,
    private readonly picked: (id: string) => void,
  ) {
    button.addEventListener('click', () => this.open(this.list.hidden));
    list.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      this.open(false);
      button.focus();
    });
  }

  /**
   * `total` may count more than `events` lists: the whole graph's undated events, of which these are on the canvas.
   * For a property other than events' date (`slice`), the nodes of its label without a value: "N no value".
   */
  render(
    total: number,
    events: UndatedEvent[],
    scope: 'canvas' | 'graph',
    slice?: { label: string; property: string },
  ): void {
    this.button.hidden = total === 0;
    this.button.textContent = `${total.toLocaleString('en-US')} ${slice ? 'no value' : 'undated'}`;
    this.button.title = slice
      ? `${slice.label} nodes on the canvas with no ${slice.property}; click to list them`
      : scope === 'graph'
        ? 'Events in the graph with no date; click to list those on the canvas'
        : 'Events on the canvas with no date; click to list them';
    const items = events.map((event) => {
      const pick = el(
        'button',
        { type: 'button', 'data-testid': 'timeline-undated-item', 'data-id': event.id },
        event.caption,
        event.hidden ? el('span', { class: 'note' }, `hidden by the ${slice ? 'range' : 'date filter'}`) : null,
      );
      pick.addEventListener('click', () => this.picked(event.id));
      return el('li', {}, pick);
    });
    if (items.length === 0) items.push(el('li', { class: 'empty' }, 'None of them is on the canvas'));
    this.list.replaceChildren(...items);
    if (total === 0) this.open(false);
  }

  private open(open: boolean): void {
    // Above its button, wherever the strip's header wrapped it to.
    if (open) this.list.style.left = `${this.button.offsetLeft}px`;
    this.list.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
  }
}
