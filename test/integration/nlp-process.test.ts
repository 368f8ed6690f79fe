import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createNlp } from '../../server/nlp';

/** Java children of this test process running Readout's CoreNLP server. */
function nlpChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,ppid=,args=', '-e'], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => Number(f[1]) === process.pid && f.slice(2).join(' ').includes('readout.NlpServer'))
    .map((f) => Number(f[0]));
}

describe('the CoreNLP process', function () {
  this.timeout(120_000);

  it('starts once however many articles ask for it at once, and stops with close()', async function () {
    if (process.env.READOUT_NLP === 'rules') return this.skip();
    const before = nlpChildren().length;
    const nlp = createNlp('corenlp', { heapMb: 1024, warmUpMs: 0 });
    try {
      const docs = await Promise.all(
        ['Ana Lima flew to Lisbon.', 'The minister spoke.', 'Rain fell in Oslo.', 'Talks ended.'].map((t) =>
          nlp.annotate(t),
        ),
      );
      expect(docs.map((d) => d.sentences.length)).to.deep.equal([1, 1, 1, 1]);
      expect(nlpChildren().length - before).to.equal(1);
    } finally {
      await nlp.close();
    }
    expect(nlpChildren().length).to.equal(before);
  });
});
