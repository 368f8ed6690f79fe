import { expect } from 'chai';
import { parse as parseCsv } from 'csv-parse/sync';
import fs from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { CALL, KREMLIN, loadExportGraph, PUTIN, READOUT_SENTENCE, TRICKY_SENTENCE, XI } from '../support/export-graph';
import { getTestNeo4j } from '../support/neo4j';
import { PageWindow } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

/** The toolbar's export menu in real Chromium: each format downloads under a dated name and parses. */
describe('exports from the page (Chromium)', function () {
  this.timeout(180_000);
  let rig: PageRig;
  let page: Page;
  let problems: string[];
  const onCanvas = [XI, PUTIN, CALL, KREMLIN];

  before(async () => {
    const neo4j = await getTestNeo4j();
    await loadExportGraph(neo4j.executor);
    rig = await PageRig.start(neo4j);
    ({ page, problems } = await rig.newPage());
    await rig.open(page, `#ids=${onCanvas.map(encodeURIComponent).join('|')}`);
    await page.waitForFunction((n) => (window as unknown as PageWindow).cy.nodes(':visible').length === n, 4);
  });
  after(async () => {
    await page?.close();
    await rig?.stop();
  });

  /** Picks a format in the menu and reads the file the browser saved. */
  const download = async (format: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-format').selectOption(format),
    ]);
    return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
  };

  it('downloads GEXF and GraphML of what is on the canvas, each fact with its evidence', async () => {
    const gexf = await download('gexf');
    expect(gexf.name).to.match(/^readout-\d{4}-\d{2}-\d{2}\.gexf$/);
    const fromGexf = parseGexf(Graph, gexf.text);
    expect(fromGexf.nodes()).to.have.members(onCanvas);
    const [xiCall] = fromGexf.edges(XI, CALL);
    expect(fromGexf.getEdgeAttribute(xiCall, 'evidence')).to.equal(`${READOUT_SENTENCE}\n${TRICKY_SENTENCE}`);
    // The menu shows its title again, ready for the next pick.
    expect(await page.getByTestId('export-format').inputValue()).to.equal('');

    const graphml = await download('graphml');
    expect(graphml.name).to.match(/^readout-\d{4}-\d{2}-\d{2}\.graphml$/);
    const fromGraphml = parseGraphml(Graph, graphml.text);
    expect(fromGraphml.nodes()).to.have.members(onCanvas);
    expect(fromGraphml.size).to.equal(fromGexf.size);
  });

  it('downloads both CSV files with a byte-order mark, and JSON and a Cypher script', async () => {
    const nodes = await download('csv-nodes');
    expect(nodes.name).to.match(/^readout-\d{4}-\d{2}-\d{2}-nodes\.csv$/);
    expect(nodes.text.startsWith('\uFEFF')).to.equal(true);
    expect((parseCsv(nodes.text, { bom: true, columns: true }) as { id: string }[]).map((r) => r.id)).to.have.members(
      onCanvas,
    );
    const edges = await download('csv-edges');
    expect(edges.name).to.match(/-edges\.csv$/);
    const rows = parseCsv(edges.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.source === XI && r.target === CALL)).to.include({
      evidence: `${READOUT_SENTENCE}\n${TRICKY_SENTENCE}`,
      articles: 'article:001;article:002',
    });

    const json = await download('json');
    expect(json.name).to.match(/^readout-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(json.text);
    const putinCall = doc.edges.find((e: { source: string }) => e.source === PUTIN);
    expect(putinCall.evidence).to.deep.equal([
      { articleId: 'article:001', sentenceId: 'article:001#0', text: READOUT_SENTENCE, rule: 'event-object' },
    ]);
    const cypher = await download('cypher');
    expect(cypher.name).to.match(/^readout-\d{4}-\d{2}-\d{2}\.cypher$/);
    expect(cypher.text).to.include(`MERGE (n:\`Person\` {id: '${XI}'})`);
  });

  it('says what a bounded export left out', async () => {
    // Xi's praise of the Kremlin cites more sentences than an export writes per fact.
    await download('json');
    await page
      .getByTestId('status')
      .filter({ hasText: 'Left out: 1 facts with only their first 50 sentences' })
      .waitFor();
  });

  it('gives the console’s CSV a byte-order mark too', async () => {
    await page
      .getByTestId('cypher-input')
      .fill("MATCH (p:Person {id: 'person:xi-jinping'}) RETURN p.name AS name, '–' AS dash");
    await page.getByTestId('cypher-run').click();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('[data-testid=cypher-table]')?.dataset.rows) > 0,
    );
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cypher-csv').click()]);
    expect(fs.readFileSync((await file.path())!, 'utf8')).to.equal('\uFEFFname,dash\r\nXi Jinping,–\r\n');
    expect(problems).to.deep.equal([]);
  });
});
