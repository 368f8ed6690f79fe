import { CoreNlpOptions, CoreNlpProcess, startCoreNlp } from './corenlp';
import { RulesNlp } from './rules';
import { Nlp, NlpDoc, NlpMode } from './types';

/**
 * CoreNLP started on first use and started again if it dies (an article that crashed it fails alone; the
 * next one gets a fresh process). Three failed starts in a row are an error, not a loop.
 */
class LazyCoreNlp implements Nlp {
  readonly mode = 'corenlp' as const;
  private process?: Promise<CoreNlpProcess>;
  private failedStarts = 0;

  constructor(private readonly options: CoreNlpOptions) {}

  async annotate(text: string): Promise<NlpDoc> {
    const current = await this.running();
    return current.annotate(text);
  }

  /** Starts the process now (the app's start-up) instead of on the first article. */
  async warm(): Promise<void> {
    await this.running();
  }

  async close(): Promise<void> {
    const current = this.process;
    this.process = undefined;
    await (await current?.catch(() => undefined))?.close();
  }

  private async running(): Promise<CoreNlpProcess> {
    const known = await this.process?.catch(() => undefined);
    if (known?.alive) return known;
    if (this.failedStarts >= 3) throw new Error('CoreNLP failed to start three times; see the messages above');
    this.process = startCoreNlp(this.options);
    try {
      const started = await this.process;
      this.failedStarts = 0;
      return started;
    } catch (error) {
      this.failedStarts++;
      throw error;
    }
  }
}

/** The NLP engine the configuration names; CoreNLP starts on first use (or on warm()). */
export function createNlp(mode: NlpMode, options: CoreNlpOptions = {}): Nlp & { warm(): Promise<void> } {
  if (mode === 'rules') return Object.assign(new RulesNlp(), { warm: async () => {} });
  return new LazyCoreNlp(options);
}

export type { Nlp, NlpDoc, NlpMode } from './types';
