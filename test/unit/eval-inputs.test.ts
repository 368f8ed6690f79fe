import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { missingInput, scorerFor } from '../../server/ingest/eval';

/** A corpus folder on disk with the three inputs eval reads, and a scorer kept elsewhere (as bench/probe is run). */
describe('eval: the corpus and its scorer', () => {
  let corpus: string;
  let elsewhere: string;
  before(() => {
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-eval-corpus-'));
    fs.mkdirSync(path.join(corpus, 'articles'));
    fs.writeFileSync(path.join(corpus, 'articles.tsv'), 'file\turl\toutlet\tpublished\ttitle\tsearch_query\n');
    fs.writeFileSync(path.join(corpus, 'gold.json'), '{"articles": {}}');
    elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-eval-scorer-'));
    fs.writeFileSync(path.join(elsewhere, 'score.mjs'), '');
  });
  after(() => {
    fs.rmSync(corpus, { recursive: true, force: true });
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });

  it("defaults to the folder's own score.mjs and says it is missing", () => {
    expect(scorerFor(corpus)).to.equal(path.join(corpus, 'score.mjs'));
    expect(missingInput(corpus, scorerFor(corpus))).to.match(/no scorer at .*score\.mjs/);
  });
  it('runs the scorer --scorer names, resolved from the working directory', () => {
    const relative = path.relative(process.cwd(), path.join(elsewhere, 'score.mjs'));
    expect(scorerFor(corpus, relative)).to.equal(path.join(elsewhere, 'score.mjs'));
    expect(missingInput(corpus, scorerFor(corpus, relative))).to.equal(null);
  });
  it('names a --scorer that does not exist', () =>
    expect(missingInput(corpus, scorerFor(corpus, path.join(elsewhere, 'nope.mjs')))).to.include('nope.mjs'));
  it('still requires the gold next to the articles', () => {
    const noGold = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-eval-nogold-'));
    fs.mkdirSync(path.join(noGold, 'articles'));
    fs.writeFileSync(path.join(noGold, 'articles.tsv'), '');
    try {
      expect(missingInput(noGold, path.join(elsewhere, 'score.mjs'))).to.include('no gold.json');
    } finally {
      fs.rmSync(noGold, { recursive: true, force: true });
    }
  });
});
