import { expect } from 'chai';
import fs from 'node:fs';
import { FrozenAnnotation, fixtureKey, fixturePath, listFixtures } from '../support/frozen-nlp';
import { getTestNlp } from '../support/nlp';

/**
 * The rule tests read CoreNLP's annotations from frozen fixtures; this checks that the real CoreNLP (the jars and
 * options Readout runs) still gives exactly what is frozen, so the rule tests test what production does.
 * `npm run fixtures` refreshes them.
 */
describe('frozen NLP fixtures match the real CoreNLP', function () {
  this.timeout(600_000);
  const files = listFixtures();

  it('there are fixtures, each named by its text and day', () => {
    expect(files.length).to.be.greaterThan(50);
    for (const file of files) {
      const frozen = JSON.parse(fs.readFileSync(fixturePath(file.replace(/\.json$/, '')), 'utf8')) as FrozenAnnotation;
      expect(`${fixtureKey(frozen.text, frozen.documentDate)}.json`).to.equal(file);
    }
  });

  it('CoreNLP annotates every frozen text exactly as frozen', async () => {
    if (process.env.READOUT_NLP === 'rules') return;
    const nlp = getTestNlp();
    const stale: string[] = [];
    for (const file of files) {
      const frozen = JSON.parse(fs.readFileSync(fixturePath(file.replace(/\.json$/, '')), 'utf8')) as FrozenAnnotation;
      const fresh = await nlp.annotate(frozen.text, { documentDate: frozen.documentDate });
      if (JSON.stringify(fresh.sentences) !== JSON.stringify(frozen.doc.sentences))
        stale.push(frozen.text.slice(0, 60));
    }
    expect(stale, 'stale fixtures: run npm run fixtures').to.deep.equal([]);
  });

  it('annotates a text the same whatever document CoreNLP read before', async () => {
    if (process.env.READOUT_NLP === 'rules') return;
    const nlp = getTestNlp();
    const day = { documentDate: '2025-03-07' };
    const probe = async () =>
      JSON.stringify((await nlp.annotate('The envoy arrived in Lima on Monday.', day)).sentences);
    // SUTime anchors a lone weekday by state the document before leaves behind (a future "would" or a past verb).
    await nlp.annotate('She told him in a phone call on Monday that Chile would help.', day);
    const afterFuture = await probe();
    await nlp.annotate('She visited Peru on Monday.', day);
    expect(await probe()).to.equal(afterFuture);
  });
});
