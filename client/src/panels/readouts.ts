import { api, ReadoutCard, ReadoutColumn, ReadoutGroup, ReadoutsAnswer } from '../api';
import { browserStore } from '../appearance';
import { el } from '../dom';
import { markedText } from '../marked-text';
import { Overlay } from '../overlay';
import { columnsThatFit, comparisonSummary, orderColumns, shownColumns, togglePin } from '../readouts/column-choice';
import { colourOf, formatDate } from '../style';
import { externalLink, onReadoutsRequest, openArticleButton } from './reader-links';

const GROUPS: Record<ReadoutGroup, { title: string; note: string }> = {
  publisher: { title: 'publishing outlet', note: 'what the outlet that published the article says itself' },
  agency: { title: 'agency or outlet quoted', note: 'a wire or paper the articles credit' },
  official: { title: 'official readout', note: 'a government’s readout, or its state media' },
};

/** Pinned sources lead every comparison, in this browser. */
const PINS_KEY = 'readout.pinnedReadouts';
const store = browserStore();

function loadPins(): string[] {
  try {
    const pins: unknown = JSON.parse(store.getItem(PINS_KEY) ?? '[]');
    return Array.isArray(pins) ? pins.filter((p): p is string => typeof p === 'string').slice(0, 50) : [];
  } catch {
    return [];
  }
}

const ALONGSIDE_ROLE = { quoted: 'quoting', with: 'with' } as const;
const CREDIT = {
  graph: 'credited by the graph',
  text: 'credited in the sentence',
  publisher: 'in the outlet’s own words',
} as const;

function articleLine(card: ReadoutCard): HTMLElement {
  const a = card.article;
  const line = el('div', { class: 'card-source' });
  if (a.id) line.append(openArticleButton(a.id, card.sentenceId, a.title ?? 'Untitled article', 'article-title'));
  else line.append(el('span', { class: 'article-title' }, a.title ?? 'Unknown article'));
  const meta = [a.outlet, a.publishedAt ? formatDate(a.publishedAt) : 'undated'].filter(Boolean).join(' · ');
  line.append(el('span', { class: 'card-meta' }, meta));
  const out = externalLink(a.url);
  if (out) line.append(out);
  return line;
}

function cardView(card: ReadoutCard): HTMLElement {
  const text = el('p', { class: 'card-text' });
  text.append(
    markedText(
      card.text,
      card.claim,
      () => el('mark', { class: 'claim', 'data-testid': 'claim', title: `What was said (${card.claimRule})` }),
      card.onlyHere,
      () => el('span', { class: 'only-here', title: 'Only in this readout' }),
    ),
  );
  const notes: (HTMLElement | string)[] = [];
  for (const role of ['quoted', 'with'] as const) {
    const names = card.alongside.filter((a) => a.role === role).map((a) => a.source.name);
    if (names.length)
      notes.push(el('span', { class: `alongside ${role}` }, `${ALONGSIDE_ROLE[role]} ${names.join(', ')}`));
  }
  notes.push(el('span', { class: 'credit' }, CREDIT[card.attributedBy]));
  const parts: HTMLElement[] = [text, el('div', { class: 'card-notes' }, ...notes), articleLine(card)];
  if (card.copies.length) {
    const copies = el('div', { class: 'card-copies' }, 'Same sentence also in ');
    card.copies.forEach((copy, i) => {
      if (i) copies.append(', ');
      if (copy.article.id)
        copies.append(openArticleButton(copy.article.id, copy.sentenceId, copy.article.title ?? 'untitled', 'link'));
    });
    parts.push(copies);
  }
  const classes = card.claim.length ? 'readout-card' : 'readout-card context';
  return el(
    'article',
    { class: classes, 'data-testid': 'readout-card', 'data-sentence-id': card.sentenceId },
    ...parts,
  );
}

function chip(text: string, colour?: string): HTMLElement {
  const c = el('span', { class: 'chip' }, text);
  if (colour) c.style.setProperty('--kind', colour);
  return c;
}

function columnView(column: ReadoutColumn, alone: boolean): HTMLElement {
  const s = column.source;
  const kind = [
    GROUPS[column.group].title,
    s.label && s.label !== 'Outlet' ? s.label : null,
    s.stateAffiliated ? 'state media' : null,
    s.country,
    `${column.cards.length} sentence${column.cards.length === 1 ? '' : 's'}`,
  ];
  const head = el(
    'header',
    { class: 'column-head' },
    el('h4', {}, s.name),
    el('div', { class: 'column-meta', title: GROUPS[column.group].note }, kind.filter(Boolean).join(' · ')),
  );
  if (s.label) head.style.setProperty('--kind', colourOf(s.label));
  if (column.including.length)
    head.append(
      el('div', { class: 'column-meta' }, `with ${column.including.map((i) => `${i.name}’s readout`).join(', ')}`),
    );
  const only = column.onlyHere;
  // With one source there are no others to stand out against: no list at all rather than "only here" on everything.
  const differences = alone ? null : el('div', { class: 'only-here-list', 'data-testid': 'only-here' });
  if (differences && (only.entities.length || only.terms.length))
    differences.append(
      el('span', { class: 'only-label' }, 'Stands out here'),
      ...only.entities.map((e) => chip(e.name, colourOf(e.label))),
      ...only.terms.map((t) => chip(t)),
    );
  else differences?.append(el('span', { class: 'only-label' }, 'Nothing stands out against the other readouts'));
  return el(
    'section',
    { class: 'readout-column', 'data-testid': 'readout-column', 'data-source': s.name, 'data-group': column.group },
    head,
    differences,
    el('div', { class: 'column-cards' }, ...column.cards.map(cardView)),
  );
}

function contextView(answer: ReadoutsAnswer): HTMLElement | null {
  if (!answer.context.length) return null;
  return el(
    'section',
    { class: 'shelf context-shelf', 'data-testid': 'readouts-context' },
    el('h3', { class: 'shelf-title' }, 'Context'),
    el('p', { class: 'shelf-note' }, 'mention the event, report nobody’s words'),
    el(
      'div',
      { class: 'column-cards' },
      ...answer.context.map((c) =>
        el('div', { class: 'context-source' }, el('h4', {}, c.source.name), ...c.cards.map(cardView)),
      ),
    ),
  );
}

/** One comparison on screen: the columns picked and pinned, re-laid when the window changes. */
class Comparison {
  private chosen: Set<string> | null = null;
  private pinned = loadPins();

  constructor(
    private readonly overlay: Overlay,
    private readonly answer: ReadoutsAnswer,
  ) {}

  render(): void {
    const { overlay, answer } = this;
    const e = answer.event;
    const ordered = orderColumns(answer.columns, this.pinned);
    const fit = columnsThatFit(overlay.body.clientWidth);
    const shown = shownColumns(ordered, { pinned: this.pinned, chosen: this.chosen, fit });
    const summary = comparisonSummary(answer.columns.length, answer.sentences, answer.articles);
    overlay.head.replaceChildren(
      el('h2', {}, 'Readouts compared'),
      el(
        'p',
        { class: 'overlay-subtitle', 'data-testid': 'readouts-summary' },
        `${e.name}${e.date && !e.name.includes(e.date) ? ` · ${formatDate(e.date)}` : ''} — ${summary}${answer.truncated ? ' (the first 400 sentences)' : ''}`,
      ),
      el(
        'p',
        { class: 'overlay-keys' },
        el('mark', { class: 'claim' }, 'what was said'),
        ...(answer.columns.length > 1 ? [el('span', { class: 'only-here' }, 'stands out in this readout')] : []),
        el('span', { class: 'credit' }, 'each sentence shown once, under the source it speaks for'),
      ),
      ...(answer.columns.length > 1 ? [this.picker(ordered, shown)] : []),
    );
    const alone = answer.columns.length === 1;
    const columns = shown.map((c) => columnView(c, alone));
    const context = shown.length < fit ? contextView(answer) : null;
    overlay.body.replaceChildren(
      ...(answer.columns.length
        ? [el('div', { class: 'readout-columns' }, ...columns, ...(context ? [context] : []))]
        : [
            el('p', { class: 'empty' }, 'No sentence in this graph reports what was said.'),
            ...(context ? [context] : []),
          ]),
    );
  }

  /** A tick and a pin per source: which columns show, which lead. */
  private picker(ordered: ReadoutColumn[], shown: ReadoutColumn[]): HTMLElement {
    const picker = el('div', { class: 'column-picker', 'data-testid': 'column-picker' }, el('span', {}, 'Columns:'));
    for (const column of ordered) {
      const name = column.source.name;
      const tick = el('input', { type: 'checkbox', 'data-testid': 'column-shown' });
      tick.checked = shown.includes(column);
      tick.addEventListener('change', () => {
        const now = new Set(shown.map((c) => c.source.name));
        if (tick.checked) now.add(name);
        else now.delete(name);
        this.chosen = now;
        if (!tick.checked && this.pinned.includes(name)) this.setPins(togglePin(this.pinned, name));
        this.render();
      });
      const isPinned = this.pinned.includes(name);
      const pin = el(
        'button',
        {
          type: 'button',
          class: 'column-pin link',
          'data-testid': 'column-pin',
          'aria-pressed': String(isPinned),
          title: isPinned ? `Unpin ${name}` : `Pin ${name}: show it first, in every comparison`,
        },
        isPinned ? 'pinned' : 'pin',
      );
      pin.addEventListener('click', () => {
        this.setPins(togglePin(this.pinned, name));
        this.render();
      });
      picker.append(
        el(
          'span',
          { class: 'column-choice', 'data-source': name, title: GROUPS[column.group].note },
          el('label', {}, tick, ` ${name}`),
          pin,
        ),
      );
    }
    return picker;
  }

  private setPins(pins: string[]): void {
    this.pinned = pins;
    store.setItem(PINS_KEY, JSON.stringify(pins));
  }
}

/** "Compare readouts": one column per source over the canvas, opened from an event's side panel. */
export function setupReadouts(): void {
  const overlay = Overlay.inPage('readouts', 'Close the readouts');
  let latest = '';
  let current: Comparison | null = null;
  // Columns fill the window: a wider or narrower window shows more or fewer (unless the journalist chose them).
  let width = 0;
  new ResizeObserver(() => {
    if (overlay.body.clientWidth === width) return;
    width = overlay.body.clientWidth;
    current?.render();
  }).observe(overlay.body);
  onReadoutsRequest(async (eventId) => {
    latest = eventId;
    current = null;
    overlay.head.replaceChildren(el('h2', {}, 'Readouts compared'));
    overlay.body.replaceChildren(el('p', { class: 'empty' }, 'Reading the readouts…'));
    overlay.show();
    try {
      const answer = await api.readouts(eventId);
      if (latest !== eventId) return;
      current = new Comparison(overlay, answer);
      current.render();
    } catch (error) {
      if (latest === eventId) overlay.body.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
    }
  });
}
