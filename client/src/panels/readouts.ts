import { api, ReadoutCard, ReadoutColumn, ReadoutGroup, ReadoutsAnswer } from '../api';
import { el } from '../dom';
import { markedText } from '../marked-text';
import { Overlay } from '../overlay';
import { colourOf, formatDate } from '../style';
import { externalLink, onReadoutsRequest, openArticleButton } from './reader-links';

const SHELVES: Record<ReadoutGroup, { title: string; note: string }> = {
  publisher: { title: 'Publishing outlets', note: 'what the outlets that published the articles say themselves' },
  agency: { title: 'Agencies and outlets they quote', note: 'wires and papers the articles credit' },
  official: { title: 'Official bodies, states and state media', note: 'governments’ readouts and their outlets' },
};

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

function columnView(column: ReadoutColumn): HTMLElement {
  const s = column.source;
  const kind = [
    s.label ?? 'Outlet',
    s.stateAffiliated ? 'state media' : null,
    s.country,
    `${column.cards.length} sentence${column.cards.length === 1 ? '' : 's'}`,
  ];
  const head = el(
    'header',
    { class: 'column-head' },
    el('h4', {}, s.name),
    el('div', { class: 'column-meta' }, kind.filter(Boolean).join(' · ')),
  );
  if (s.label) head.style.setProperty('--kind', colourOf(s.label));
  if (column.including.length)
    head.append(
      el('div', { class: 'column-meta' }, `with ${column.including.map((i) => `${i.name}’s readout`).join(', ')}`),
    );
  const only = column.onlyHere;
  const differences = el('div', { class: 'only-here-list', 'data-testid': 'only-here' });
  if (only.entities.length || only.terms.length)
    differences.append(
      el('span', { class: 'only-label' }, 'Only here'),
      ...only.entities.map((e) => chip(e.name, colourOf(e.label))),
      ...only.terms.map((t) => chip(t)),
    );
  else differences.append(el('span', { class: 'only-label' }, 'Nothing the others do not mention'));
  return el(
    'section',
    { class: 'readout-column', 'data-testid': 'readout-column', 'data-source': s.name },
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

function render(overlay: Overlay, answer: ReadoutsAnswer): void {
  const e = answer.event;
  const sources = answer.columns.length;
  overlay.head.replaceChildren(
    el('h2', {}, 'Readouts compared'),
    el(
      'p',
      { class: 'overlay-subtitle' },
      `${e.name}${e.date && !e.name.includes(e.date) ? ` · ${formatDate(e.date)}` : ''} — ${sources} source${sources === 1 ? '' : 's'}, ${answer.sentences} sentences from ${answer.articles} articles${answer.truncated ? ' (the first 400 sentences)' : ''}`,
    ),
    el(
      'p',
      { class: 'overlay-keys' },
      el('mark', { class: 'claim' }, 'what was said'),
      el('span', { class: 'only-here' }, 'only in this readout'),
      el('span', { class: 'credit' }, 'each sentence shown once, under the source it speaks for'),
    ),
  );
  const shelves = (Object.keys(SHELVES) as ReadoutGroup[]).flatMap((group) => {
    const columns = answer.columns.filter((c) => c.group === group);
    if (!columns.length) return [];
    return [
      el(
        'section',
        { class: `shelf shelf-${group}` },
        el('h3', { class: 'shelf-title' }, SHELVES[group].title),
        el('p', { class: 'shelf-note' }, SHELVES[group].note),
        el('div', { class: 'shelf-columns' }, ...columns.map(columnView)),
      ),
    ];
  });
  const context = contextView(answer);
  overlay.body.replaceChildren(
    ...(shelves.length ? shelves : [el('p', { class: 'empty' }, 'No sentence in this graph reports what was said.')]),
    ...(context ? [context] : []),
  );
}

/** "Compare readouts": one column per source over the canvas, opened from an event's side panel. */
export function setupReadouts(): void {
  const overlay = Overlay.inPage('readouts', 'Close the readouts');
  let latest = '';
  onReadoutsRequest(async (eventId) => {
    latest = eventId;
    overlay.head.replaceChildren(el('h2', {}, 'Readouts compared'));
    overlay.body.replaceChildren(el('p', { class: 'empty' }, 'Reading the readouts…'));
    overlay.show();
    try {
      const answer = await api.readouts(eventId);
      if (latest === eventId) render(overlay, answer);
    } catch (error) {
      if (latest === eventId) overlay.body.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
    }
  });
}
