import { expect } from 'chai';
import {
  articleFromHtml,
  HTML_LIMITS,
  HtmlTooComplexError,
  NoArticleInHtmlError,
} from '../../server/ingest/read/html-article';
import { articleIdFor } from '../../server/services/article-writer';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const PARAGRAPHS = [
  'The mayor of Valparaiso opened a new desalination plant on Friday, the city council said in a statement.',
  'The plant will supply drinking water to about 40,000 homes in the hills above the port, officials said.',
  'Residents had complained for years about cuts to the water supply during the dry summer months.',
];
const ARTICLE = `<article><h1>Valparaiso opens desalination plant</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
const FURNITURE =
  '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in to continue</a></nav>' +
  '<aside><h3>Trending</h3><ul><li><a href="/x">Ten photos of cats</a></li></ul></aside>' +
  '<footer>© 2026 Coastal Times · Privacy · Cookies</footer>';

describe('a web page reduced to its article (Readability over linkedom)', () => {
  it('keeps the paragraphs, one a line, and drops menus, sidebars and footers', () => {
    const { text } = articleFromHtml(page('<title>x</title>', FURNITURE + ARTICLE + FURNITURE));
    for (const p of PARAGRAPHS) expect(text.split('\n')).to.include(p);
    for (const furniture of ['Sign in', 'Trending', 'cats', 'Privacy']) expect(text).to.not.include(furniture);
  });

  it("takes title, address, date and site name from the page's own meta, and nothing it does not state", () => {
    const meta =
      '<meta property="og:title" content="Valparaiso opens plant"><meta property="og:site_name" content="Coastal Times">' +
      '<link rel="canonical" href="https://coastal.example/valparaiso-plant">' +
      '<meta property="article:published_time" content="2026-03-06T17:45:00-03:00">';
    expect(articleFromHtml(page(meta, ARTICLE))).to.deep.include({
      title: 'Valparaiso opens plant',
      url: 'https://coastal.example/valparaiso-plant',
      publishedAt: '2026-03-06',
      siteName: 'Coastal Times',
    });
    const bare = articleFromHtml(page('', ARTICLE));
    expect(bare).to.deep.include({ url: null, publishedAt: null, siteName: null });
  });

  it('prefers og:url to the canonical link and refuses addresses that are not http(s)', () => {
    const both =
      '<meta property="og:url" content="https://coastal.example/og"><link rel="canonical" href="https://coastal.example/c">';
    expect(articleFromHtml(page(both, ARTICLE)).url).to.equal('https://coastal.example/og');
    const script = '<meta property="og:url" content="javascript:alert(1)">';
    expect(articleFromHtml(page(script, ARTICLE)).url).to.equal(null);
  });

  it("never runs the page's scripts", () => {
    const html = page(
      '<script>globalThis.ranByPage = true</script>',
      `${ARTICLE}<script>globalThis.ranByPage = true</script>`,
    );
    const { text } = articleFromHtml(html);
    expect((globalThis as { ranByPage?: boolean }).ranByPage).to.equal(undefined);
    expect(text).to.not.include('ranByPage');
  });

  it('reads what it can of broken markup, and says so when there is no text at all', () => {
    const broken = `<div><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}<b>unclosed <i>tags</b></div></span>`;
    expect(articleFromHtml(broken).text).to.include(PARAGRAPHS[1]);
    expect(() => articleFromHtml('<html><head><script>var x = 1</script></head><body></body>')).to.throw(
      NoArticleInHtmlError,
    );
  });
});

describe('a web page past the structural bound', () => {
  const nested = (depth: number) => page('', `${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`);

  it('is read when it nests as deep as real pages do', () => {
    expect(articleFromHtml(nested(60)).text).to.include(PARAGRAPHS[0]);
  });

  it('is refused, before Readability, when it nests deeper than the bound: 1,000 and 150,000 divs', () => {
    for (const depth of [HTML_LIMITS.depth + 1, 1_000, 150_000])
      expect(() => articleFromHtml(nested(depth)), String(depth)).to.throw(HtmlTooComplexError, /nested more than/);
  });

  it('is refused when it has more elements than the bound, void and implied ones counted', () => {
    const wide = page('', `${'<p>Words<br>'.repeat(HTML_LIMITS.elements / 2 + 1)}`);
    expect(() => articleFromHtml(wide)).to.throw(HtmlTooComplexError, /more than 30,000 elements/);
  });
});

describe("an added article's id", () => {
  it('comes from its text alone: the same text, however spaced, has the same id; another text another', () => {
    const id = articleIdFor('Ministers met in Lima.\n\nThey agreed on a study.');
    expect(id).to.match(/^ministers-met-in-lima-they-agreed-on-a_[0-9a-f]{16}$/);
    expect(articleIdFor('  Ministers met in Lima.  They agreed on a study. ')).to.equal(id);
    expect(articleIdFor('Ministers met in Quito.')).to.not.equal(id);
  });
});
