import { el } from '../dom';

/** What the page asks of the reader panels; any part of the page may ask, the panels answer (main wires them). */
export interface ArticleRequest {
  articleId: string;
  /** The sentence the reader came from: scrolled into view and marked. */
  sentenceId?: string;
}

const OPEN_ARTICLE = 'readout:open-article';
const COMPARE_READOUTS = 'readout:compare-readouts';

export function requestArticle(request: ArticleRequest): void {
  document.dispatchEvent(new CustomEvent<ArticleRequest>(OPEN_ARTICLE, { detail: request }));
}

export function onArticleRequest(handler: (request: ArticleRequest) => void): void {
  document.addEventListener(OPEN_ARTICLE, (e) => handler((e as CustomEvent<ArticleRequest>).detail));
}

export function requestReadouts(eventId: string): void {
  document.dispatchEvent(new CustomEvent<string>(COMPARE_READOUTS, { detail: eventId }));
}

export function onReadoutsRequest(handler: (eventId: string) => void): void {
  document.addEventListener(COMPARE_READOUTS, (e) => handler((e as CustomEvent<string>).detail));
}

/** "Read the article" for a sentence (or an article): opens the reader there. */
export function openArticleButton(
  articleId: string,
  sentenceId?: string,
  label = 'Read in article',
  className = 'open-article',
): HTMLButtonElement {
  const button = el(
    'button',
    { class: className, 'data-testid': 'open-article', type: 'button', title: 'Read the whole article here' },
    label,
  );
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    requestArticle({ articleId, sentenceId });
  });
  return button;
}

/** A link out to the article's own page: only http(s), in a new tab, telling it nothing about this page. */
export function externalLink(url: string | null, label = 'original ↗'): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el(
    'a',
    { class: 'external', href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'article-link' },
    label,
  );
}
