import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from '../config';
import {
  awaitReady,
  heartbeat,
  compileLauncher,
  JavaLauncher,
  JavaLauncherError,
  javaBinary,
  lowerPriority,
  resolveClasspath,
  stderrTail,
  stopChild,
  trackChild,
  UnexpectedExit,
  watchUnexpectedExit,
} from '../jvm/java-launcher';
import { AnnotateOptions, coarseOf, Dependency, nerOf, Nlp, NlpDoc } from './types';

/** Ten steps below the app and Neo4j: under contention CFS gives it about a tenth of their share. */
const CORENLP_NICENESS = 10;

const LAUNCHER: JavaLauncher = {
  name: 'CoreNLP',
  dir: path.join(REPO_ROOT, 'server/nlp/launcher'),
  mainClass: 'readout.NlpServer',
  alternative: 'set READOUT_NLP=rules',
};

export interface CoreNlpOptions {
  heapMb?: number;
  /** Requests annotated at once inside the JVM. */
  threads?: number;
  /** Where the classpath and compiled launcher are cached; default `.readout/corenlp`. */
  cacheDir?: string;
  javaHome?: string;
  log?: (message: string) => void;
  startTimeoutMs?: number;
  /** How long to warm the JIT on invented text before the first article (0: not at all). */
  warmUpMs?: number;
  /** One article's annotation may take this long before it fails (and the others go on). */
  requestTimeoutMs?: number;
  /**
   * Told when the JVM ends without Readout stopping it. A crash is survivable (the next article starts another);
   * a stop signal to it is a request to stop the app, which the app decides on.
   */
  onUnexpectedExit?: (exit: UnexpectedExit) => void;
}

export class CoreNlpError extends JavaLauncherError {
  override name = 'CoreNlpError';
}

interface Reply {
  id?: string;
  error?: string;
  sentences?: {
    begin: number;
    end: number;
    tokens: { text: string; begin: number; end: number; pos: string; lemma: string; ner: string; norm?: string }[];
    deps?: Dependency[];
  }[];
}

interface Pending {
  text: string;
  resolve: (doc: NlpDoc) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** The CoreNLP child JVM: requests go out as JSON lines on its stdin, replies come back on its stdout. */
export class CoreNlpProcess implements Nlp {
  readonly mode = 'corenlp' as const;
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private stopping?: Promise<void>;
  /** Articles asked for so far (warm-up requests do not count). */
  private articles = 0;

  constructor(
    private readonly child: ChildProcess,
    lines: readline.Interface,
    private readonly requestTimeoutMs: number,
    private readonly stderrTail: () => string,
  ) {
    lines.on('line', (line) => this.onLine(line));
    child.once('exit', (code, signal) => {
      const reason = new CoreNlpError(
        `CoreNLP exited (${signal ?? `code ${code}`}) with ${this.pending.size} article(s) in hand` +
          (this.stopping ? '' : `:\n${this.stderrTail()}`),
      );
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(reason);
      }
      this.pending.clear();
    });
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && !this.stopping;
  }

  /** True once close() was called: an exit after that is ours. */
  get stoppingNow(): boolean {
    return this.stopping !== undefined;
  }

  get pid(): number {
    return this.child.pid!;
  }

  annotate(text: string, options: AnnotateOptions = {}): Promise<NlpDoc> {
    this.articles++;
    return this.send(text, documentDay(options.documentDate));
  }

  /**
   * A fresh JVM annotates at a third of its speed until the JIT has compiled the taggers: while nobody asks for
   * anything, it annotates invented wire copy (warmup.txt) for up to `budgetMs`; the first article stops it.
   */
  warmUpInBackground(budgetMs: number, threads: number): void {
    const until = Date.now() + budgetMs;
    const idle = () => this.articles === 0 && this.alive && Date.now() < until;
    for (let i = 0; i < threads; i++)
      void (async () => {
        while (idle()) await this.send(WARM_UP_TEXT).catch(() => undefined);
      })();
  }

  private send(text: string, date?: string): Promise<NlpDoc> {
    if (!this.alive) return Promise.reject(new CoreNlpError('CoreNLP is not running'));
    const id = String(++this.nextId);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new CoreNlpError(`CoreNLP took longer than ${this.requestTimeoutMs / 1000} s on one article`));
      }, this.requestTimeoutMs);
      this.pending.set(id, { text, resolve, reject, timer });
      this.child.stdin!.write(`${JSON.stringify({ id, text, date })}\n`);
    });
  }

  close(): Promise<void> {
    // Closing stdin is how the JVM learns to exit; SIGTERM and SIGKILL follow if it does not.
    this.stopping ??= (async () => {
      this.child.stdin!.end();
      await stopChild(this.child, 5_000);
    })();
    return this.stopping;
  }

  private onLine(line: string): void {
    let reply: Reply;
    try {
      reply = JSON.parse(line) as Reply;
    } catch {
      return; // Not ours: a library wrote to stdout.
    }
    const p = reply.id === undefined ? undefined : this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id!);
    clearTimeout(p.timer);
    if (reply.error || !reply.sentences) p.reject(new CoreNlpError(`CoreNLP could not annotate: ${reply.error}`));
    else p.resolve(toDoc(p.text, reply.sentences));
  }
}

function toDoc(text: string, sentences: NonNullable<Reply['sentences']>): NlpDoc {
  return {
    text,
    sentences: sentences.map((s) => ({
      start: s.begin,
      end: s.end,
      tokens: s.tokens.map((t, i) => ({
        text: t.text,
        start: t.begin,
        end: t.end,
        tag: t.pos,
        pos: coarseOf(t.pos),
        lemma: t.lemma.toLowerCase(),
        ner: nerOf(t.ner),
        ...(t.norm && TIMEX_TAGS.has(t.ner) ? { timex: timexOf(s.tokens, i) } : {}),
      })),
      ...(s.deps ? { deps: s.deps } : {}),
    })),
  };
}

/** NER classes whose normalised value is SUTime's date or time (numbers, money and durations are not kept). */
const TIMEX_TAGS = new Set(['DATE', 'TIME']);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * A token's TIMEX3 value. A weekday told alone ("on Monday") is left unanchored (XXXX-WXX-1): SUTime anchors it
 * before or after the document date depending on the document it read before (state shared across documents),
 * and the time stage anchors it from the tense of its clause anyway.
 */
function timexOf(tokens: NonNullable<Reply['sentences']>[number]['tokens'], i: number): string {
  const t = tokens[i];
  const day = WEEKDAYS.indexOf(t.text.toLowerCase());
  const sameTimex = (j: number) => tokens[j]?.norm === t.norm && TIMEX_TAGS.has(tokens[j]?.ner);
  if (day < 0 || sameTimex(i - 1) || sameTimex(i + 1)) return t.norm!;
  return `XXXX-WXX-${day + 1}`;
}

/** SUTime takes a day: a datetime is cut to its date, anything else is not a document date. */
function documentDay(date: string | null | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
}

/** Starts CoreNLP as a child JVM (resolving and compiling it the first time) and resolves once its models are loaded. */
export async function startCoreNlp(options: CoreNlpOptions = {}): Promise<CoreNlpProcess> {
  const log = options.log ?? (() => {});
  const cacheDir = options.cacheDir ?? path.join(REPO_ROOT, '.readout/corenlp');
  fs.mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  const classpath = await resolveClasspath(LAUNCHER, cacheDir, log);
  const classes = await compileLauncher(LAUNCHER, cacheDir, classpath, options.javaHome);
  log('starting CoreNLP (loading its models takes a few seconds)…');
  const child = spawn(
    javaBinary('java', options.javaHome),
    [
      `-Xmx${options.heapMb ?? 1024}m`,
      // One thread's objects are short-lived: the serial collector is the fastest here and the smallest.
      '-XX:+UseSerialGC',
      '-cp',
      `${classes}${path.delimiter}${classpath}`,
      LAUNCHER.mainClass,
      `--threads=${options.threads ?? 1}`,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Reading articles yields the CPU to serving them: on two cores, loading the models (seconds of CPU) at the same
  // priority as Neo4j delayed Neo4j's start, and an ingest slowed the readers' queries. CoreNLP takes what is left.
  lowerPriority(child, CORENLP_NICENESS);
  trackChild(child);
  const tail = stderrTail(child, 30);
  const lines = readline.createInterface({ input: child.stdout! });
  const beat = heartbeat(log, 'CoreNLP still loading its models');
  await awaitReady(child, lines, {
    name: 'CoreNLP',
    timeoutMs: options.startTimeoutMs ?? 120_000,
    ready: (line) => (line.startsWith('{"ready"') ? true : undefined),
    tail,
    withoutJava: 'set READOUT_NLP=rules',
    fail: (message) => new CoreNlpError(message),
  }).finally(beat);
  log(`CoreNLP ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const nlp = new CoreNlpProcess(child, lines, options.requestTimeoutMs ?? 60_000, tail);
  if (options.onUnexpectedExit) watchUnexpectedExit(child, () => nlp.stoppingNow, options.onUnexpectedExit);
  nlp.warmUpInBackground(options.warmUpMs ?? 4000, options.threads ?? 1);
  return nlp;
}

const WARM_UP_TEXT = fs.readFileSync(path.join(REPO_ROOT, 'server/nlp/warmup.txt'), 'utf8');
