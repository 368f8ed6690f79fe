import { AddedArticle, api, GraphChange } from './api';
import { putOnCanvas } from './article-canvas';
import { refreshCanvas } from './canvas-refresh';
import { byId, el } from './dom';
import type { GraphView } from './graph-view';

/**
 * The articles this page added itself: already on its canvas, they raise no notice. The stream may tell of an
 * article before its POST has answered, so a notice waits for the page's adds in flight to settle first.
 */
export class LocalAdds {
  readonly ids = new Set<string>();
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  /** The id is known before anyone waiting is woken: a notice decided then must see it. */
  async track(work: Promise<AddedArticle>): Promise<AddedArticle> {
    this.inFlight += 1;
    try {
      const added = await work;
      this.ids.add(added.article.id);
      return added;
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  settled(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/**
 * Open pages hear of every article added (GET /api/changes, Server-Sent Events): the canvas is redrawn as the
 * graph now is, nodes on it that the article speaks of are marked as having new facts, and a notice offers to
 * show the article's entities. The page's own additions are already on its canvas and raise none.
 */
export function watchChanges(view: GraphView, local: LocalAdds): void {
  if (typeof EventSource === 'undefined') return;
  const pending = { articles: [] as string[], entityIds: new Set<string>(), title: '' };
  const notice = byId('change-notice');

  const render = () => {
    const count = pending.articles.length;
    if (count === 0) {
      notice.hidden = true;
      return;
    }
    const show = el('button', { 'data-testid': 'change-notice-show' }, 'Show');
    show.addEventListener('click', () => {
      const ids = [...pending.entityIds];
      dismiss();
      void putOnCanvas(view, ids, count === 1 ? 'show the added article' : `show ${count} added articles`);
    });
    const close = el('button', { class: 'link', title: 'Dismiss', 'aria-label': 'Dismiss' }, '×');
    close.addEventListener('click', dismiss);
    const what =
      count === 1 ? `1 article added: ${pending.title}` : `${count} articles added, the last: ${pending.title}`;
    notice.replaceChildren(el('span', {}, `${what} — `), show, close);
    notice.hidden = false;
  };
  const dismiss = () => {
    pending.articles = [];
    pending.entityIds.clear();
    render();
  };

  const source = new EventSource('/api/changes');
  source.addEventListener('change', (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as GraphChange;
    // A correction (here or on another page): what the canvas shows of it is redrawn as the graph now is.
    if (change.type === 'corrections') {
      const shown = change.entityIds.filter((id) => view.cy.getElementById(id).nonempty());
      if (shown.length) void refreshCanvas(view, shown);
      return;
    }
    // Articles added or re-ingested (here or elsewhere): what the canvas draws is fetched again, so a fact the
    // re-ingest re-stated is not drawn twice, once without evidence.
    if (view.cy.nodes().nonempty()) void refreshCanvas(view);
    void local.settled().then(() => notify(change));
  });
  const notify = async (change: GraphChange) => {
    const others = change.articleIds.filter((id) => !local.ids.has(id));
    if (others.length === 0) return;
    markNewFacts(view, change.entityIds);
    await api
      .article(others[others.length - 1])
      .then((answer) => answer.article.title ?? 'an untitled article')
      .catch(() => 'an article')
      .then((title) => {
        pending.articles.push(...others);
        for (const id of change.entityIds) pending.entityIds.add(id);
        pending.title = title;
        render();
      });
  };
  // EventSource reconnects by itself after a restart of the server; nothing else to do here.
}

/** Nodes already shown that an added article speaks of: marked until the reader looks at them again. */
function markNewFacts(view: GraphView, entityIds: string[]): void {
  for (const id of entityIds) {
    const node = view.cy.getElementById(id);
    if (node.empty() || node.hasClass('new-facts')) continue;
    node.addClass('new-facts');
    node.once('select dbltap', () => void node.removeClass('new-facts'));
  }
}
