import fs from 'node:fs';
import { createNlp } from '../../server/nlp';
import { FrozenNlp, fixturePath, listFixtures } from './frozen-nlp';

/**
 * The NLP engine of the rule tests: frozen annotations (no JVM), or, under `npm run fixtures`
 * (READOUT_FIXTURES=record), the real CoreNLP whose answers are frozen anew.
 */

let shared: FrozenNlp | undefined;
const recording = () => process.env.READOUT_FIXTURES === 'record';

export function ruleNlp(): FrozenNlp {
  shared ??= new FrozenNlp(recording() ? createNlp('corenlp', { heapMb: 1024, warmUpMs: 0 }) : undefined);
  return shared;
}

/** After a recording run of the whole rule suite: fixtures no test asked for are removed. */
export async function stopRuleNlp(): Promise<void> {
  const nlp = shared;
  shared = undefined;
  if (!nlp) return;
  if (recording() && nlp.used.size > 0)
    for (const file of listFixtures()) {
      const key = file.replace(/\.json$/, '');
      if (!nlp.used.has(key)) fs.rmSync(fixturePath(key));
    }
  await nlp.close();
}
