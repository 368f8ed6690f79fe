import { gazetteer, slug } from '../knowledge/gazetteer';
import { EntityRef } from '../types';
import { CleanArticle } from './clean';

/** What a caller knows about the article beyond its text (seeds/articles.json, CLI flags, the add-article API). */
export interface ArticleMetadata {
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  /** An outlet id from the gazetteer ("outlet:xinhua") or a name ("MC PAPA LINC"). */
  outlet?: string | null;
  /** The site name a web page's meta gives (og:site_name): the outlet when nothing more certain names one. */
  siteName?: string | null;
}

/** One line of the text the NLP stage reads, and what it is. */
export interface TextLine {
  text: string;
  headline: boolean;
  /** A photo caption: it names people and places but tells no event of its own. */
  caption: boolean;
  /** A wire dateline ("HANOI, Dec. 12 (Xinhua) --"): where the story was filed and by whom. */
  dateline: boolean;
}

/** The publisher: the outlet the caller names, else the one the URL's domain belongs to, else the page's site name. */
export function outletFor(meta: ArticleMetadata, url: string | null, siteName: string | null): EntityRef | null {
  const g = gazetteer();
  const named = meta.outlet ?? null;
  if (named) {
    return (
      g.outletById.get(named) ??
      g.outletByName.get(named.toLowerCase()) ?? { id: `outlet:${slug(named)}`, kind: 'Outlet', name: named }
    );
  }
  if (url) {
    let host = '';
    try {
      host = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      host = '';
    }
    for (const [domain, outlet] of g.outletByDomain) if (host === domain || host.endsWith(`.${domain}`)) return outlet;
  }
  if (siteName)
    return (
      g.outletByName.get(siteName.toLowerCase()) ?? { id: `outlet:${slug(siteName)}`, kind: 'Outlet', name: siteName }
    );
  return null;
}

/** The text the NLP stage reads: the headline, then each paragraph on its own line, then the page's source line. */
export function articleText(clean: CleanArticle, title: string | null): { text: string; lines: TextLine[] } {
  const lines: TextLine[] = [
    ...(title ? [{ text: title, caption: false, headline: true, dateline: false }] : []),
    ...clean.paragraphs.map((p) => ({ text: p.text, caption: p.caption, headline: false, dateline: !!p.dateline })),
    ...clean.sourceLines.map((s) => ({ text: `Source: ${s}`, caption: false, headline: false, dateline: false })),
  ];
  return { text: lines.map((l) => l.text).join('\n'), lines };
}
