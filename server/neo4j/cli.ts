import path from 'node:path';
import { REPO_ROOT } from '../config';
import { startEmbeddedNeo4j } from './embedded';

/** `ts-node server/neo4j/cli.ts [--data DIR] [--port N]`: the embedded Neo4j alone, until Ctrl-C. */
async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const neo4j = await startEmbeddedNeo4j({
    dataDir: path.resolve(REPO_ROOT, arg('data') ?? '.readout/data'),
    boltPort: Number(arg('port') ?? 7687),
    log: (message) => console.log(message),
  });
  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
