import { ChildProcess, execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import readline from 'node:readline';

const execFileAsync = promisify(execFile);

/**
 * A small Java program Readout runs as a child JVM (the embedded Neo4j, the CoreNLP process): its dependencies
 * come from Maven Central through a pom.xml (resolved once, the classpath cached), its sources are compiled once
 * with javac. Nothing of it is committed but our own launcher source and the pom.
 */
export interface JavaLauncher {
  /** What it is, for messages: "Neo4j", "CoreNLP". */
  name: string;
  /** Folder with pom.xml and src/main/java/readout/*.java. */
  dir: string;
  /** The class with main(), e.g. readout.EmbeddedNeo4j. */
  mainClass: string;
  /** What to set or install instead, appended to "not installed" messages. */
  alternative: string;
}

export class JavaLauncherError extends Error {
  override name = 'JavaLauncherError';
}

function hashOf(...files: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export function javaBinary(tool: 'java' | 'javac', home: string | undefined): string {
  return home && fs.existsSync(path.join(home, 'bin', tool)) ? path.join(home, 'bin', tool) : tool;
}

function sourcesOf(launcher: JavaLauncher): string[] {
  const dir = path.join(launcher.dir, 'src/main/java/readout');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.java'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The dependency classpath, from Maven once (a first run downloads the jars into ~/.m2), then from the cache. */
export async function resolveClasspath(
  launcher: JavaLauncher,
  cacheDir: string,
  log: (m: string) => void,
): Promise<string> {
  const pom = path.join(launcher.dir, 'pom.xml');
  const file = path.join(cacheDir, `classpath-${hashOf(pom)}.txt`);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  log(`resolving ${launcher.name} from Maven Central (first start only)…`);
  const beat = heartbeat(log, `still fetching ${launcher.name}'s jars`);
  const started = Date.now();
  const tmp = `${file}.${process.pid}.mvn`;
  try {
    await execFileAsync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { code?: string; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new JavaLauncherError(`Maven (mvn) is not installed: install Maven 3.8+ or ${launcher.alternative}.`);
    throw new JavaLauncherError(
      `Maven could not resolve ${launcher.name}: ${(e.stdout ?? '') + (e.stderr ?? '')}`.slice(0, 2000),
    );
  } finally {
    beat();
  }
  fs.renameSync(tmp, file);
  log(`${launcher.name} jars resolved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return fs.readFileSync(file, 'utf8').trim();
}

/** The launcher's classes, compiled once per version of its sources and pom. */
export async function compileLauncher(
  launcher: JavaLauncher,
  cacheDir: string,
  classpath: string,
  javaHome: string | undefined,
): Promise<string> {
  const sources = sourcesOf(launcher);
  const classes = path.join(cacheDir, `classes-${hashOf(path.join(launcher.dir, 'pom.xml'), ...sources)}`);
  const mainFile = path.join(classes, ...launcher.mainClass.split('.')) + '.class';
  if (fs.existsSync(mainFile)) return classes;
  const tmp = `${classes}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    await execFileAsync(javaBinary('javac', javaHome), [
      '--release',
      '17',
      '-nowarn',
      '-cp',
      classpath,
      '-d',
      tmp,
      ...sources,
    ]);
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new JavaLauncherError(`javac is not installed: install a JDK 17+ or ${launcher.alternative}.`);
    throw new JavaLauncherError(`could not compile the ${launcher.name} launcher: ${e.stderr ?? ''}`.slice(0, 2000));
  }
  try {
    fs.renameSync(tmp, classes);
  } catch {
    // Another process compiled the same launcher first; theirs is identical.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return classes;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort: whatever way Node exits, no JVM of ours stays behind. */
export function trackChild(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const c of running) c.kill('SIGKILL');
  });
}

/**
 * Says every few seconds that `what` is still under way, so a first start (jars to fetch, a store to create) is
 * never long silence; returns how to stop saying it.
 */
export function heartbeat(log: (message: string) => void, what: string, everyMs = 5000): () => void {
  const started = Date.now();
  const timer = setInterval(() => log(`${what}… (${Math.round((Date.now() - started) / 1000)} s)`), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs a child at a lower CPU priority (a nice value; a process may lower its children's priority, never raise
 * it back). Where the OS refuses, it runs as it is: priority is a preference, not a requirement.
 */
export function lowerPriority(child: ChildProcess, niceness: number): void {
  if (child.pid === undefined) return;
  try {
    os.setPriority(child.pid, niceness);
  } catch {
    // Not permitted here (some containers), or the child already exited: nothing to lower.
  }
}

/** How a child JVM ended when Readout did not stop it. */
export interface UnexpectedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Ended by SIGTERM or SIGINT: someone asked it to stop (a JVM's shutdown hooks exit with 143 or 130). */
  asked: boolean;
}

/**
 * Calls `onExit` when `child` ends and `stopping()` says Readout was not stopping it: a service manager or a
 * person signalled it, or it crashed. The app decides what that means for the rest.
 */
export function watchUnexpectedExit(
  child: ChildProcess,
  stopping: () => boolean,
  onExit: (exit: UnexpectedExit) => void,
): void {
  child.once('exit', (code, signal) => {
    if (stopping()) return;
    const asked = signal === 'SIGTERM' || signal === 'SIGINT' || code === 143 || code === 130;
    onExit({ code, signal, asked });
  });
}

export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** SIGTERM, then SIGKILL if the JVM has not exited in `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  child.kill('SIGTERM');
  if (!(await waitForExit(child, graceMs))) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }
}

/** Keeps the last `keep` lines a child wrote to stderr: what a failed start or a crash is explained with. */
export function stderrTail(child: ChildProcess, keep: number): () => string {
  const tail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > keep) tail.shift();
  });
  return () => tail.join('\n');
}

/**
 * Waits for the stdout line in which a launched JVM says it is ready (`ready` returns what it reports, or
 * undefined for any other line). Past `timeoutMs` the child is killed; a missing `java`, an exit or a timeout
 * rejects with the error `fail` makes of the message (and the exit code, where it exited).
 */
export function awaitReady<T>(
  child: ChildProcess,
  lines: readline.Interface,
  options: {
    name: string;
    timeoutMs: number;
    ready: (line: string) => T | undefined;
    tail: () => string;
    /** What to do without Java: the other way to run ("set NEO4J_URI"). */
    withoutJava: string;
    fail: (message: string, exitCode?: number | null) => Error;
  },
): Promise<T> {
  const { name, timeoutMs, fail } = options;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(fail(`${name} did not start within ${timeoutMs / 1000} s:\n${options.tail()}`));
    }, timeoutMs);
    const onLine = (line: string) => {
      const found = options.ready(line);
      if (found === undefined) return;
      clearTimeout(timer);
      lines.off('line', onLine);
      resolve(found);
    };
    lines.on('line', onLine);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        fail(
          error.code === 'ENOENT'
            ? `java is not installed: install Java 17+ or ${options.withoutJava}.`
            : error.message,
        ),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(fail(`${name} exited (code ${code}) before it was ready:\n${options.tail()}`, code));
    });
  });
}
