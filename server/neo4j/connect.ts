import { Config, Neo4jTarget } from '../config';
import { UnexpectedExit } from '../jvm/java-launcher';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded';

export interface Neo4jConnection {
  target: Neo4jTarget;
  mode: 'embedded' | 'external';
  /** Stops the embedded JVM when there is one; a no-op for an external server. */
  stop(): Promise<void>;
}

/** A server Readout does not run: nothing to stop. */
export function externalConnection(target: Neo4jTarget): Neo4jConnection {
  return { target, mode: 'external', stop: async () => {} };
}

/** NEO4J_URI wins; without it Readout runs its own Neo4j Community as a child JVM. */
export async function connectNeo4j(
  config: Config,
  log: (message: string) => void,
  onUnexpectedExit?: (exit: UnexpectedExit) => void,
): Promise<Neo4jConnection> {
  if (config.neo4j.external) {
    return externalConnection(config.neo4j.external);
  }
  const { dataDir, boltPort, heapMb, pageCache, txTimeoutSeconds, txMemoryMax } = config.neo4j.embedded;
  const embedded: EmbeddedNeo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort,
    heapMb,
    pageCache,
    txTimeoutSeconds,
    txMemoryMax,
    log,
    onUnexpectedExit,
  });
  return {
    target: { uri: embedded.uri, username: 'neo4j', password: '', database: config.neo4j.database },
    mode: 'embedded',
    stop: () => embedded.stop(),
  };
}
