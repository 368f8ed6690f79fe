import { createNlp } from '../../server/nlp';
import { Nlp, NlpMode } from '../../server/nlp/types';

let shared: Nlp | undefined;

/**
 * The NLP engine every test in this mocha run shares, started on first use: CoreNLP (its child JVM loads its
 * models once, ~3–6 s), or the rules engine when READOUT_NLP=rules.
 */
export function getTestNlp(): Nlp {
  shared ??= createNlp((process.env.READOUT_NLP as NlpMode | undefined) ?? 'corenlp', { heapMb: 1024 });
  return shared;
}

export async function stopSharedTestNlp(): Promise<void> {
  const running = shared;
  shared = undefined;
  await running?.close();
}
