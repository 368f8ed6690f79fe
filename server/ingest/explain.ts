import path from 'node:path';
import { loadConfig } from '../config';
import { createNlp } from '../nlp';
import { Nlp } from '../nlp/types';
import { extractArticle } from './extract';
import { articleIdOf, listArticleFiles, readFolderMetadata } from './ingest';
import { readArticleFile } from './read/read-article';

/**
 * `npm run explain -- [files or folders]`: what the extractor finds in each article (entities with the rules that
 * found them, facts with the rule that made each and the sentences behind it), without touching a database.
 */
async function explain(file: string, within: string | undefined, nlp: Nlp): Promise<void> {
  const meta = readFolderMetadata(path.dirname(file))[path.basename(file)] ?? {};
  const text = readArticleFile(file, { within });
  const graph = await extractArticle(articleIdOf(file), text, nlp, meta, path.basename(file));
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  console.log(`\n## ${path.basename(file)} — ${graph.article.title ?? '(no title)'}`);
  console.log(
    `published ${graph.article.publishedAt ?? 'unknown'} · outlet ${graph.article.outlet?.name ?? 'unknown'} · ` +
      `${graph.sentences.length} sentences · NLP: ${nlp.mode}`,
  );
  for (const e of graph.entities) {
    const rules = [...new Set(graph.mentions.filter((m) => m.entity.id === e.id).map((m) => m.rule))];
    console.log(`  ${e.kind.padEnd(12)} ${e.name.padEnd(40)} ${rules.join(', ')}`);
  }
  for (const f of graph.facts) {
    const props = Object.entries(f.props)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    console.log(
      `  ${names.get(f.from)} -[${f.type}${props ? ' ' + props : ''}]-> ${names.get(f.to)}   ` +
        `(rule ${f.rule}; sentences ${f.sentences.join(', ')})`,
    );
  }
}

async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  const config = loadConfig();
  const nlp = createNlp(config.nlp.mode, { ...config.nlp, log: (m) => console.error(m) });
  try {
    for (const { file, within } of listArticleFiles(paths.length ? paths : ['seeds'])) await explain(file, within, nlp);
  } finally {
    await nlp.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
