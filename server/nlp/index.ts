import { CoreNlpOptions, CoreNlpProcess, startCoreNlp } from './corenlp';
import { RulesNlp } from './rules';
import { AnnotateOptions, Nlp, NlpDoc, NlpMode } from './types';

/**
 * CoreNLP started on first use and started again if it dies (an article that crashed it fails alone; the
 * next one gets a fresh process). Three failed starts in a row are an error, not a loop.
 */
class LazyCoreNlp implements Nlp {
  readonly mode = 'corenlp' as const;
  private current?: CoreNlpProcess;
  /** The start under way: every caller shares it, so articles asked for at once never start two JVMs. */
  private starting?: Promise<CoreNlpProcess>;
  private failedStarts = 0;

  constructor(private readonly options: CoreNlpOptions) {}

  async annotate(text: string, options?: AnnotateOptions): Promise<NlpDoc> {
    const current = await this.running();
    return current.annotate(text, options);
  }

  /** Starts the process now (the app's start-up) instead of on the first article. */
  async warm(): Promise<void> {
    await this.running();
  }

  async close(): Promise<void> {
    const { current, starting } = this;
    this.current = undefined;
    this.starting = undefined;
    await Promise.all([current?.close(), starting?.then((p) => p.close()).catch(() => undefined)]);
  }

  /** Synchronous up to the shared start: no await before `starting` is set. */
  private running(): Promise<CoreNlpProcess> {
    if (this.current?.alive) return Promise.resolve(this.current);
    if (!this.starting) {
      const start = this.start();
      this.starting = start;
      void start
        .finally(() => {
          if (this.starting === start) this.starting = undefined;
        })
        .catch(() => undefined);
    }
    return this.starting;
  }

  private async start(): Promise<CoreNlpProcess> {
    if (this.failedStarts >= 3) throw new Error('CoreNLP failed to start three times; see the messages above');
    try {
      const started = await startCoreNlp(this.options);
      this.current = started;
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
