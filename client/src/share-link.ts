import { api } from './api';
import { allSettings } from './appearance';
import { packLink, unpackLink } from './compact-link';
import type { GraphView } from './graph-view';
import { showStatus, withStatus } from './status';
import { DecodedView, decodeView, encodeView, SharedPath, sharedViewReport } from './url-state';
import type { ViewStore } from './view-store';

/**
 * The address always holds the view (nodes, where they are, what is selected, filters, per-label settings),
 * compactly, so a copied link rebuilds it; a shared link is rebuilt in one request, saying what it lost.
 */
export class ShareLink {
  private writes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private active = false;
  /** The path the path finder shows, which the address carries too (set once the finder exists). */
  pathShown: () => SharedPath | null = () => null;

  constructor(
    private readonly view: GraphView,
    private readonly store: ViewStore,
  ) {}

  /** The view the address holds now; a damaged link reads as an empty view, and says so. */
  static async read(): Promise<DecodedView> {
    const { plain, damaged } = await unpackLink(location.hash);
    if (damaged) showStatus('This link is damaged: it opens an empty view.', 'error');
    return decodeView(plain);
  }

  /** Writes the view into the address soon: a drag or a burst of expansions writes once. */
  save(): void {
    if (!this.active) return;
    if (this.timer) clearTimeout(this.timer);
    // Tests (and anyone copying the address) can tell when the address has caught up.
    document.body.dataset.linkPending = 'true';
    this.timer = setTimeout(() => void this.write(), 150);
  }

  private async write(): Promise<void> {
    this.timer = null;
    const ticket = ++this.writes;
    const nodes = this.view.cy.nodes();
    const ids = nodes.map((n) => n.id());
    const { hiddenKinds, hiddenFamilies, from, to, slice, eventsAsEdges } = this.store.state;
    const selected: number[] = [];
    nodes.forEach((n, i) => void (n.selected() && selected.push(i)));
    const plain = encodeView({
      ids,
      positions: nodes.map((n) => [n.position().x, n.position().y] as [number, number]),
      selected,
      hiddenKinds: [...hiddenKinds],
      hiddenFamilies: [...hiddenFamilies],
      from,
      to,
      ...(slice ? { slice } : {}),
      eventsAsEdges,
      settings: allSettings(),
      path: this.pathShown() ?? undefined,
    });
    const packed = await packLink(plain);
    // A later write started while this one was compressing: it holds the newer view.
    if (ticket !== this.writes) return;
    history.replaceState(null, '', packed ? `#${packed}` : location.pathname + location.search);
    document.body.dataset.linkBytes = String(packed.length);
    if (!this.timer) document.body.dataset.linkPending = 'false';
  }

  /** Rebuilds a shared view: its nodes where they were (or laid out), its selection; then keeps the link. */
  async restore(initial: DecodedView): Promise<void> {
    if (initial.ids.length > 0) {
      const answer = await withStatus('Rebuilding the shared view', () => api.nodes(initial.ids));
      if (answer) {
        const at = new Map(
          (initial.positions ?? []).map(
            ([x, y], i) => [initial.ids[i], { x, y }] as [string, { x: number; y: number }],
          ),
        );
        this.view.addPlaced(answer, 'open shared view', (id) => at.get(id));
        const selected = new Set((initial.selected ?? []).map((i) => initial.ids[i]));
        this.view.cy.nodes().forEach((n) => void (selected.has(n.id()) && n.select()));
      }
      const report = sharedViewReport({
        requested: initial.ids.length,
        idsBeyondCap: initial.idsBeyondCap,
        missing: answer?.missing.length ?? 0,
        truncated: answer?.truncated ?? false,
      });
      if (answer && report) showStatus(report, answer.missing.length ? 'error' : 'info');
    }
    this.active = true;
    this.save();
  }
}
