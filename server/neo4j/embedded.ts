import { ChildProcess, execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../config';

const execFileAsync = promisify(execFile);

const LAUNCHER_DIR = path.join(REPO_ROOT, 'server/neo4j/launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const SOURCE = path.join(LAUNCHER_DIR, 'src/main/java/readout/EmbeddedNeo4j.java');
const MAIN_CLASS = 'readout.EmbeddedNeo4j';

/** Neo4j 5 asks for these on Java 17 (as its own launcher passes them); without them it runs slower and warns. */
const JVM_MODULE_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  heapMb?: number;
  pageCache?: string;
  txTimeoutSeconds?: number;
  /** Memory one transaction may use (`db.memory.transaction.max`, e.g. `128m`); default: a quarter of the heap. */
  txMemoryMax?: string;
  /** Where the classpath and compiled launcher are cached; default `.readout/neo4j`. */
  cacheDir?: string;
  /** A JDK home; default: `java`/`javac` on PATH. */
  javaHome?: string;
  log?: (message: string) => void;
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  boltPort: number;
  version: string;
  pid: number;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Neo4j's Bolt port ${port} on 127.0.0.1 is already in use (another Neo4j or Readout running?). ` +
        `Stop it, set NEO4J_EMBEDDED_BOLT_PORT to another port (0 = any free one), or set NEO4J_URI to use that server.`,
    );
    this.name = 'PortInUseError';
  }
}

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

function hashOf(...files: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function javaBinary(tool: 'java' | 'javac', home: string | undefined): string {
  return home && fs.existsSync(path.join(home, 'bin', tool)) ? path.join(home, 'bin', tool) : tool;
}

async function resolveClasspath(cacheDir: string, log: (m: string) => void): Promise<string> {
  const file = path.join(cacheDir, `classpath-${hashOf(POM)}.txt`);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  log('resolving Neo4j Community from Maven Central (first start only)…');
  const started = Date.now();
  const tmp = `${file}.${process.pid}.mvn`;
  try {
    await execFileAsync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { code?: string; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new EmbeddedNeo4jError('Maven (mvn) is not installed: install Maven 3.8+ or set NEO4J_URI.');
    throw new EmbeddedNeo4jError(
      `Maven could not resolve Neo4j: ${(e.stdout ?? '') + (e.stderr ?? '')}`.slice(0, 2000),
    );
  }
  fs.renameSync(tmp, file);
  log(`Neo4j jars resolved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return fs.readFileSync(file, 'utf8').trim();
}

async function compileLauncher(cacheDir: string, classpath: string, javaHome: string | undefined): Promise<string> {
  const classes = path.join(cacheDir, `classes-${hashOf(POM, SOURCE)}`);
  if (fs.existsSync(path.join(classes, 'readout', 'EmbeddedNeo4j.class'))) return classes;
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
      SOURCE,
    ]);
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === 'ENOENT')
      throw new EmbeddedNeo4jError('javac is not installed: install a JDK 17+ or set NEO4J_URI.');
    throw new EmbeddedNeo4jError(`could not compile the Neo4j launcher: ${e.stderr ?? ''}`.slice(0, 2000));
  }
  try {
    fs.renameSync(tmp, classes);
  } catch {
    // Another process compiled the same launcher first; theirs is identical.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return classes;
}

function checkPortFree(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error),
    );
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(actual));
    });
  });
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort: whatever way Node exits, no JVM of ours stays behind. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts Neo4j Community as a child JVM and resolves once its Bolt connector answers. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const cacheDir = options.cacheDir ?? path.join(REPO_ROOT, '.readout/neo4j');
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.mkdirSync(options.dataDir, { recursive: true });
  const started = Date.now();

  const port = await checkPortFree(options.boltPort);
  const classpath = await resolveClasspath(cacheDir, log);
  const classes = await compileLauncher(cacheDir, classpath, options.javaHome);

  const heapMb = options.heapMb ?? 512;
  const args = [
    `-Xmx${heapMb}m`,
    // Bolt's network buffers live off the heap: bounded, so a huge result fails one query, not the process.
    `-XX:MaxDirectMemorySize=${heapMb}m`,
    ...JVM_MODULE_FLAGS,
    '-cp',
    `${classes}${path.delimiter}${classpath}`,
    MAIN_CLASS,
    `--data-dir=${path.resolve(options.dataDir)}`,
    `--port=${port}`,
    `--tx-timeout-seconds=${options.txTimeoutSeconds ?? 30}`,
    `--page-cache=${options.pageCache ?? '128m'}`,
    `--tx-memory-max=${options.txMemoryMax ?? `${Math.floor(heapMb / 4)}m`}`,
  ];
  const child = spawn(javaBinary('java', options.javaHome), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  installExitHook();
  child.once('exit', () => running.delete(child));

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  const ready = await new Promise<{ uri: string; version: string }>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`Neo4j did not answer within ${timeoutMs / 1000} s:\n${stderrTail.join('\n')}`));
    }, timeoutMs);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = line.match(/^READOUT_NEO4J_READY (\S+) (\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ uri: match[1], version: match[2] });
      }
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new EmbeddedNeo4jError(
          error.code === 'ENOENT' ? 'java is not installed: install Java 17+ or set NEO4J_URI.' : error.message,
        ),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 3) reject(new PortInUseError(port));
      else reject(new EmbeddedNeo4jError(`Neo4j exited (code ${code}) before it was ready:\n${stderrTail.join('\n')}`));
    });
  });
  log(
    `Neo4j ${ready.version} ready on ${ready.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${options.dataDir})`,
  );

  let stopping: Promise<void> | undefined;
  return {
    uri: ready.uri,
    boltPort: port,
    version: ready.version,
    pid: child.pid!,
    stop: () => {
      stopping ??= (async () => {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 20_000))) {
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      })();
      return stopping;
    },
  };
}
