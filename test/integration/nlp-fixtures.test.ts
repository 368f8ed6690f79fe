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
});
