import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** The nearest folder upwards holding package.json: the same from server/ (ts-node) and dist/server/ (built). */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

/** The repository root: everything relative in the configuration is resolved against it. */
export const REPO_ROOT = findRepoRoot(__dirname);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** An address or subnet Express's `trust proxy` takes, or one of its names for a range. */
function isProxyAddress(text: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(text)) return true;
  const [address, prefix, ...rest] = text.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every environment variable Readout reads, in one place (the README and docker-compose.yml list the same). */
const environmentObject = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: positiveInt.default(15000),

  NEO4J_EMBEDDED_DATA_DIR: z.string().min(1).default('.readout/data'),
  NEO4J_EMBEDDED_BOLT_PORT: port.default(7687),
  NEO4J_EMBEDDED_HEAP_MB: positiveInt.default(512),
  NEO4J_EMBEDDED_PAGE_CACHE: z
    .string()
    .regex(/^\d+[kmg]$/i, 'like 128m or 1g')
    .default('128m'),
  NEO4J_EMBEDDED_TX_TIMEOUT_S: positiveInt.default(30),
  /** Memory one transaction may use on the embedded server (`db.memory.transaction.max`); default: heap / 4. */
  NEO4J_EMBEDDED_TX_MEMORY: z
    .string()
    .regex(/^\d+[kmg]$/i, 'like 128m or 1g')
    .optional(),
  /** The JDK that runs the embedded Neo4j; unset = `java` and `javac` on PATH. */
  JAVA_HOME: z.string().optional(),

  /** How articles are read: Stanford CoreNLP in a child JVM (statistical NER), or the rules engine (no Java). */
  READOUT_NLP: z.enum(['corenlp', 'rules']).default('corenlp'),
  READOUT_NLP_HEAP_MB: z.coerce.number().int().min(768).max(8192).default(1024),
  READOUT_NLP_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  SEED_ON_EMPTY: booleanFlag.default(true),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  CYPHER_ROW_LIMIT: positiveInt.default(1000),
  CONSOLE_RATE_LIMIT: positiveInt.default(60),
  CONSOLE_CONCURRENCY: positiveInt.max(64).default(1),
  CONSOLE_QUEUE_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  CYPHER_MAX_RESPONSE_MB: positiveInt.max(1024).default(16),
  CONSOLE_WORKER_HEAP_MB: z.coerce.number().int().min(32).max(8192).default(128),
  CORS_ORIGINS: z.string().default(''),
  /**
   * Which proxies to believe about the client's address (X-Forwarded-For), as Express's `trust proxy`: the number
   * of proxies in front (`1` for one nginx), or their addresses and subnets; unset or `false`: none.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(
      (v) => /^(false|true|\d{1,2})$/.test(v) || v.split(',').every((part) => isProxyAddress(part.trim())),
      'false, a number of proxies (1), or their addresses/subnets (10.0.0.1, 172.16.0.0/12, loopback)',
    )
    .default('false'),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  CHANGE_STREAMS_MAX: positiveInt.max(100_000).default(1_000),
  CHANGE_STREAMS_PER_CLIENT: positiveInt.max(1_000).default(10),
  /** Serve the page's TypeScript sources and source maps (for debugging the page); off by default. */
  SERVE_SOURCES: booleanFlag.default(false),
  /** Opens the write API (articles, corrections) to requests carrying it as a Bearer token; unset = read-only. */
  READOUT_EDIT_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)')
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces (it travels in an HTTP header)')
    .optional(),
});

export const ENVIRONMENT_VARIABLES = Object.keys(environmentObject.shape);

export const environmentSchema = environmentObject.superRefine((env, ctx) => {
  if (env.NEO4J_URI && env.NEO4J_PASSWORD === '') {
    ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
  }
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Config {
  http: {
    port: number;
    host: string;
    corsOrigins: string[];
    serveSources: boolean;
    /** Express's `trust proxy`: false, a hop count, or addresses and subnets. */
    trustProxy: TrustProxy;
    timeouts: { headersTimeoutMs: number; requestTimeoutMs: number };
    changeStreams: { total: number; perClient: number };
  };
  logLevel: Environment['LOG_LEVEL'];
  neo4j: {
    /** null: start the embedded Neo4j and use it. */
    external: Neo4jTarget | null;
    database: string;
    queryTimeoutMs: number;
    embedded: {
      dataDir: string;
      boltPort: number;
      heapMb: number;
      pageCache: string;
      txTimeoutSeconds: number;
      txMemoryMax?: string;
      javaHome?: string;
    };
  };
  seeding: { onEmpty: boolean; dir: string };
  nlp: { mode: 'corenlp' | 'rules'; heapMb: number; threads: number; javaHome?: string };
  cypherRowLimit: number;
  consoleRequestsPerMinute: number;
  /** null: the app is read-only. */
  editToken: string | null;
  console: { concurrency: number; queueMs: number; maxResponseBytes: number; workerHeapMb: number };
}

export type TrustProxy = boolean | number | string;

/** TRUST_PROXY as Express takes it. */
function trustProxyOf(value: string): TrustProxy {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`).join('\n');
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(`Invalid environment:\n${describeIssues(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    http: {
      port: e.PORT,
      host: e.HOST,
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      serveSources: e.SERVE_SOURCES,
      trustProxy: trustProxyOf(e.TRUST_PROXY),
      timeouts: { headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS, requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS },
      changeStreams: { total: e.CHANGE_STREAMS_MAX, perClient: e.CHANGE_STREAMS_PER_CLIENT },
    },
    logLevel: e.LOG_LEVEL,
    neo4j: {
      external: e.NEO4J_URI
        ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
        : null,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      embedded: {
        dataDir: path.resolve(REPO_ROOT, e.NEO4J_EMBEDDED_DATA_DIR),
        boltPort: e.NEO4J_EMBEDDED_BOLT_PORT,
        heapMb: e.NEO4J_EMBEDDED_HEAP_MB,
        pageCache: e.NEO4J_EMBEDDED_PAGE_CACHE,
        txTimeoutSeconds: e.NEO4J_EMBEDDED_TX_TIMEOUT_S,
        txMemoryMax: e.NEO4J_EMBEDDED_TX_MEMORY,
        javaHome: e.JAVA_HOME,
      },
    },
    seeding: { onEmpty: e.SEED_ON_EMPTY, dir: path.resolve(REPO_ROOT, e.SEEDS_DIR) },
    nlp: { mode: e.READOUT_NLP, heapMb: e.READOUT_NLP_HEAP_MB, threads: e.READOUT_NLP_THREADS, javaHome: e.JAVA_HOME },
    cypherRowLimit: e.CYPHER_ROW_LIMIT,
    editToken: e.READOUT_EDIT_TOKEN ?? null,
    consoleRequestsPerMinute: e.CONSOLE_RATE_LIMIT,
    console: {
      concurrency: e.CONSOLE_CONCURRENCY,
      queueMs: e.CONSOLE_QUEUE_MS,
      maxResponseBytes: e.CYPHER_MAX_RESPONSE_MB * 1024 * 1024,
      workerHeapMb: e.CONSOLE_WORKER_HEAP_MB,
    },
  };
}

let loaded: Config | undefined;

/** The configuration of this process, read from the environment once. */
export function loadConfig(): Config {
  loaded ??= parseConfig(process.env);
  return loaded;
}

/** Tests may point at an existing server instead of starting a throwaway embedded one. */
export function testNeo4jTarget(): Neo4jTarget | null {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) return null;
  return {
    uri,
    username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
    database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
  };
}
