import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';
import { ingestPaths } from '../../server/ingest/ingest';
import { graphFingerprint } from '../support/graph-fingerprint';
import { clearDatabase, getTestNeo4j } from '../support/neo4j';
import { SEEDS_DIR } from '../support/seed-graph';
import { getTestNlp } from '../support/nlp';

/** kill -9 in the middle of a run, run again: the graph equals a clean ingest (no duplicates, no half article). */
describe('crash-safe ingestion', function () {
  this.timeout(180_000);

  it('a re-run after kill -9 gives exactly the graph of a clean ingest', async () => {
    const neo4j = await getTestNeo4j();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-crash-'));
    try {
      // Many distinct articles, so the run lasts long enough to be interrupted: each seed under several names,
      // each copy's text told apart by a page-furniture line the cleaner drops (the same text under two names is
      // one article; the copies' extractions stay the seed's).
      const seeds = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
      for (let copy = 0; copy < 16; copy++) {
        for (const f of seeds) {
          const text = fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8');
          fs.writeFileSync(path.join(dir, `${String(copy).padStart(2, '0')}_${f}`), `${text}\n\nTags: copy ${copy}\n`);
        }
      }
      await clearDatabase(neo4j.executor);
      await ingestPaths(neo4j.executor, [dir], { nlp: getTestNlp() });
      const clean = await graphFingerprint(neo4j.executor);

      await clearDatabase(neo4j.executor);
      const child = spawn(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          'server/ingest/cli.ts',
          dir,
          // Small batches, so the kill lands between commits of one run.
          '--batch-size',
          '4',
        ],
        {
          cwd: REPO_ROOT,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            NEO4J_URI: neo4j.target.uri,
            NEO4J_PASSWORD: 'unused-auth-is-off',
          },
          stdio: 'ignore',
        },
      );
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Kill it once some, but not all, articles are in.
      let articles = 0;
      while (articles < 10) {
        await new Promise((r) => setTimeout(r, 50));
        articles = Number((await neo4j.executor.readText('MATCH (a:Article) RETURN count(a) AS n'))[0].n);
      }
      child.kill('SIGKILL');
      await exited;
      const partial = Number((await neo4j.executor.readText('MATCH (a:Article) RETURN count(a) AS n'))[0].n);
      expect(partial, 'the run was interrupted midway').to.be.below(seeds.length * 16);
      // Every article present is whole: as many sentences as it says it has.
      const torn = await neo4j.executor.readText(
        'MATCH (a:Article) WHERE COUNT { (a)-[:HAS_SENTENCE]->() } <> a.sentenceCount RETURN a.id AS id',
      );
      expect(torn).to.deep.equal([]);

      await ingestPaths(neo4j.executor, [dir], { nlp: getTestNlp() });
      expect(await graphFingerprint(neo4j.executor)).to.deep.equal(clean);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
