import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { PIPELINE } from '../../server/ingest/pipeline';

/** The folder shows the pipeline: one numbered file per stage, in the order the stages run. */
describe('the extraction pipeline', () => {
  const dir = path.join(__dirname, '../../server/ingest/stages');
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{2}-.*\.ts$/.test(f))
    .sort();

  it('has one numbered file per stage, in the order they run', () =>
    expect(files.map((f) => f.replace(/^\d{2}-|\.ts$/g, ''))).to.deep.equal(PIPELINE.map((s) => s.name)));
  it('names each stage once, with what it does', () => {
    expect(new Set(PIPELINE.map((s) => s.name)).size).to.equal(PIPELINE.length);
    for (const stage of PIPELINE) expect(stage.about.length, stage.name).to.be.greaterThan(15);
  });
});
