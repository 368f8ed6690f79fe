import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from '../config';
import { classArchive } from '../jvm/class-archive';
import {
  awaitReady,
  heartbeat,
  compileLauncher,
  JavaLauncher,
  JavaLauncherError,
  javaBinary,
  resolveClasspath,
  stderrTail,
  stopChild,
  trackChild,
  UnexpectedExit,
  watchUnexpectedExit,
} from '../jvm/java-launcher';

const LAUNCHER: JavaLauncher = {
  name: 'Neo4j',
  dir: path.join(REPO_ROOT, 'server/neo4j/launcher'),
  mainClass: 'readout.EmbeddedNeo4j',
  alternative: 'set NEO4J_URI',
};

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
  /** Told when the JVM ends without Readout stopping it (signalled or crashed). */
  onUnexpectedExit?: (exit: UnexpectedExit) => void;
  /** Every database read-only (`server.databases.default_to_read_only`): nothing can be written. */
  readOnly?: boolean;
  /** Where the classpath and compiled launcher are cached; default `.readout/neo4j`. */
  cacheDir?: string;
  /** A JDK home; default: `java`/`javac` on PATH. */
  javaHome?: string;
  /** How long after the start a first start (no class archive yet) builds one; default 30 s (its first queries). */
  classArchiveAfterMs?: number;
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

export class EmbeddedNeo4jError extends JavaLauncherError {
  override name = 'EmbeddedNeo4jError';
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

/** A data directory Neo4j has not written yet: its first start creates the store, which takes longer. */
export function isNewStore(dataDir: string): boolean {
  return !fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0;
}

/** The progress line while Neo4j starts: the longer wait is explained only where it applies. */
export function startingMessage(newStore: boolean): string {
  return newStore ? 'Neo4j still starting (a new store takes longer)' : 'Neo4j still starting';
}

/** Starts Neo4j Community as a child JVM and resolves once its Bolt connector answers. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const cacheDir = options.cacheDir ?? path.join(REPO_ROOT, '.readout/neo4j');
  fs.mkdirSync(cacheDir, { recursive: true });
  const newStore = isNewStore(options.dataDir);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const started = Date.now();

  const port = await checkPortFree(options.boltPort);
  const classpath = await resolveClasspath(LAUNCHER, cacheDir, log);
  const classes = await compileLauncher(LAUNCHER, cacheDir, classpath, options.javaHome);

  const archive = classArchive(cacheDir, classpath, options.javaHome);

  const heapMb = options.heapMb ?? 512;
  const args = [
    `-Xmx${heapMb}m`,
    // Bolt's network buffers live off the heap: bounded, so a huge result fails one query, not the process.
    `-XX:MaxDirectMemorySize=${heapMb}m`,
    ...JVM_MODULE_FLAGS,
    ...archive.options,
    // The jars first, as the class archive was made from them; the launcher's own classes after.
    '-cp',
    `${classpath}${path.delimiter}${classes}`,
    LAUNCHER.mainClass,
    `--data-dir=${path.resolve(options.dataDir)}`,
    `--port=${port}`,
    `--tx-timeout-seconds=${options.txTimeoutSeconds ?? 30}`,
    `--page-cache=${options.pageCache ?? '128m'}`,
    `--tx-memory-max=${options.txMemoryMax ?? `${Math.floor(heapMb / 4)}m`}`,
    `--read-only=${options.readOnly === true}`,
  ];
  const child = spawn(javaBinary('java', options.javaHome), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  trackChild(child);
  const tail = stderrTail(child, 40);
  log(`starting Neo4j on ${options.dataDir}…`);
  const beat = heartbeat(log, startingMessage(newStore));
  const ready = await awaitReady(child, readline.createInterface({ input: child.stdout! }), {
    name: 'Neo4j',
    timeoutMs: options.startTimeoutMs ?? 120_000,
    ready: (line) => {
      const match = line.match(/^READOUT_NEO4J_READY (\S+) (\S+)/);
      return match ? { uri: match[1], version: match[2] } : undefined;
    },
    tail,
    withoutJava: 'set NEO4J_URI',
    // The launcher exits with 3 when the Bolt port is taken (checked again there: another process may have won).
    fail: (message, exitCode) => (exitCode === 3 ? new PortInUseError(port) : new EmbeddedNeo4jError(message)),
  }).finally(beat);
  log(
    `Neo4j ${ready.version} ready on ${ready.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${options.dataDir})`,
  );

  archive.buildAfter(options.classArchiveAfterMs ?? 30_000, log);

  let stopping: Promise<void> | undefined;
  if (options.onUnexpectedExit) watchUnexpectedExit(child, () => stopping !== undefined, options.onUnexpectedExit);
  return {
    uri: ready.uri,
    boltPort: port,
    version: ready.version,
    pid: child.pid!,
    stop: () => {
      stopping ??= stopChild(child, 20_000);
      return stopping;
    },
  };
}
