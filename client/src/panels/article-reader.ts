import { api, ArticleAnswer, ArticleFact, ArticleMention, ArticleSentence } from '../api';
import { el } from '../dom';
import type { GraphView } from '../graph-view';
import { markedText } from '../marked-text';
import { Overlay } from '../overlay';
import { colourOf, formatDate } from '../style';
import { ArticleRequest, externalLink, onArticleRequest } from './reader-links';

/** What the reader asks of the canvas: an entity shown (with its neighbours), a fact shown with both its ends. */
type Canvas = Pick<GraphView, 'showNode' | 'addConnected' | 'highlightPaths' | 'cy'>;

function mentionView(mention: ArticleMention, onPick: (m: ArticleMention) => void): HTMLElement {
  const mark = el('mark', {
    class: 'mention',
    role: 'button',
    tabindex: '0',
    'data-testid': 'entity-mention',
    'data-entity': mention.entityId,
    title: `${mention.label}: ${mention.caption} — show on the canvas`,
  });
  mark.style.setProperty('--kind', colourOf(mention.label));
  mark.addEventListener('click', () => onPick(mention));
  mark.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(mention);
    }
  });
  return mark;
}

/** Facts of one subject and kind together ("Call … reported by SMH, Bloomberg, Reuters"), each object a button. */
function factGroups(facts: ArticleFact[]): ArticleFact[][] {
  const groups = new Map<string, ArticleFact[]>();
  for (const f of facts) {
    const key = `${f.source.id}|${f.type}|${f.detail ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function factGroupView(group: ArticleFact[], onPick: (f: ArticleFact) => void): HTMLElement {
  const [first] = group;
  const relation = `${first.type.toLowerCase().replace(/_/g, ' ')}${first.detail ? ` (${first.detail})` : ''}`;
  const view = el(
    'div',
    { class: 'fact-group' },
    el('span', { class: 'fact-end' }, first.source.caption),
    el('span', { class: 'fact-type' }, ` ${relation} `),
  );
  view.style.setProperty('--from', colourOf(first.source.label));
  group.forEach((fact, i) => {
    const button = el(
      'button',
      {
        class: 'fact',
        type: 'button',
        'data-testid': 'article-fact',
        title: `Show ${fact.source.caption} and ${fact.target.caption} on the canvas (rule: ${fact.rule ?? 'not recorded'})`,
      },
      fact.target.caption,
    );
    button.style.setProperty('--to', colourOf(fact.target.label));
    button.addEventListener('click', () => onPick(fact));
    view.append(...(i ? [' '] : []), button);
  });
  return view;
}

function sentenceView(
  sentence: ArticleSentence,
  current: boolean,
  onMention: (m: ArticleMention) => void,
  onFact: (f: ArticleFact) => void,
): HTMLElement {
  const byStart = new Map(sentence.mentions.map((m) => [m.start, m]));
  const text = el('p', { class: 'sentence-text' });
  text.append(
    markedText(
      sentence.text,
      [],
      () => el('span'),
      sentence.mentions,
      (span) => mentionView(byStart.get(span.start)!, onMention),
    ),
  );
  const row = el(
    'div',
    {
      class: current ? 'reader-sentence current' : 'reader-sentence',
      'data-testid': 'reader-sentence',
      'data-sentence-id': sentence.id,
      ...(current ? { 'aria-current': 'true', 'data-current': 'true' } : {}),
    },
    el('span', { class: 'sentence-index', title: `Sentence ${sentence.id}` }, String((sentence.index ?? 0) + 1)),
    text,
  );
  const facts = el(
    'div',
    { class: 'sentence-facts' },
    ...factGroups(sentence.facts).map((g) => factGroupView(g, onFact)),
  );
  if (sentence.unplaced.length)
    facts.append(
      el('div', { class: 'unplaced' }, `also refers to ${sentence.unplaced.map((u) => u.caption).join(', ')}`),
    );
  row.append(facts);
  return row;
}

function header(answer: ArticleAnswer): HTMLElement[] {
  const a = answer.article;
  const kicker = [a.outlet?.name ?? 'Outlet not recorded', a.publishedAt ? formatDate(a.publishedAt) : 'undated'];
  const out = externalLink(a.url, 'Open the original ↗');
  return [
    el('p', { class: 'overlay-kicker' }, kicker.join(' · ')),
    el('h2', { class: 'reader-title', 'data-testid': 'reader-title' }, a.title ?? 'Untitled article'),
    el(
      'p',
      { class: 'overlay-subtitle' },
      ...(out ? [out, ' · '] : [el('span', { class: 'muted' }, 'no address recorded · ')]),
      summary(answer),
    ),
  ];
}

function summary(answer: ArticleAnswer): string {
  const mentions = answer.sentences.reduce((n, s) => n + s.mentions.length, 0);
  const entities = new Set(answer.sentences.flatMap((s) => s.mentions.map((m) => m.entityId))).size;
  const facts = new Set(answer.sentences.flatMap((s) => s.facts.map((f) => f.id))).size;
  const cut = answer.article.truncated ? ' (the first 2,000)' : '';
  return `${answer.sentences.length} sentences${cut} · ${mentions} mentions of ${entities} entities · ${facts} facts — click a name or a fact to put it on the canvas`;
}

/**
 * The article reader over the canvas: the article's full text, every entity it names highlighted (a click puts
 * it on the canvas), each sentence's facts beside it (a click shows both ends), the sentence the reader came
 * from scrolled into view and marked. Closing it leaves the canvas as it is.
 */
export function setupArticleReader(canvas: Canvas): void {
  const overlay = Overlay.inPage('reader', 'Close the article');
  const toast = el('div', { class: 'reader-toast', role: 'status', 'data-testid': 'reader-status' });
  let latest = '';
  const say = (message: string) => {
    toast.textContent = message;
  };

  const showEntity = async (m: ArticleMention) => {
    say(`Adding ${m.caption} to the canvas…`);
    await canvas.showNode(m.entityId);
    const shown = canvas.cy.getElementById(m.entityId).nonempty();
    if (shown)
      overlay.body.querySelectorAll<HTMLElement>('mark.mention').forEach((mark) => {
        if (mark.dataset.entity === m.entityId) mark.classList.add('on-canvas');
      });
    say(
      canvas.cy.getElementById(m.entityId).nonempty()
        ? `${m.caption} is on the canvas (selected).`
        : `${m.caption} could not be shown.`,
    );
  };
  const showFact = async (f: ArticleFact) => {
    say(`Adding ${f.source.caption} and ${f.target.caption} to the canvas…`);
    try {
      await canvas.addConnected(await api.nodes([f.source.id, f.target.id]));
      canvas.highlightPaths([f.source.id, f.target.id, f.id]);
      // Selected, the side panel beside the reader shows the fact with its sentences.
      canvas.cy.elements().unselect();
      canvas.cy.getElementById(f.id).select();
      say(`${f.source.caption} —${f.type}→ ${f.target.caption} is on the canvas, highlighted.`);
    } catch (error) {
      say((error as Error).message);
    }
  };

  onArticleRequest(async ({ articleId, sentenceId }: ArticleRequest) => {
    latest = articleId;
    say('');
    overlay.head.replaceChildren(el('h2', { class: 'reader-title' }, 'Reading the article…'));
    overlay.body.replaceChildren();
    overlay.show();
    let answer: ArticleAnswer;
    try {
      answer = await api.article(articleId);
    } catch (error) {
      if (latest === articleId) overlay.body.replaceChildren(el('p', { class: 'error' }, (error as Error).message));
      return;
    }
    if (latest !== articleId) return;
    overlay.head.replaceChildren(...header(answer));
    const rows = answer.sentences.map((s) => sentenceView(s, s.id === sentenceId, showEntity, showFact));
    overlay.body.replaceChildren(el('article', { class: 'reader-text', 'data-testid': 'reader-text' }, ...rows), toast);
    const current = rows.find((r) => r.dataset.current === 'true');
    current?.scrollIntoView({ block: 'center' });
  });
}
