import path from 'node:path';
import { extractArticle } from './extract';
import { articleIdOf, listArticleFiles, readFolderMetadata } from './ingest';
import { readArticleFile } from './read-article';

/**
 * `npm run explain -- [files or folders]`: what the extractor finds in each article (entities, facts and
 * the sentences behind them), without touching a database. For reviewing extraction on new articles.
 */
function main(): void {
  const paths = process.argv.slice(2);
  for (const { file, within } of listArticleFiles(paths.length ? paths : ['seeds'])) {
    const meta = readFolderMetadata(path.dirname(file))[path.basename(file)] ?? {};
    const graph = extractArticle(articleIdOf(file), readArticleFile(file, { within }), meta, path.basename(file));
    const names = new Map(graph.entities.map((e) => [e.id, e.name]));
    console.log(`\n## ${path.basename(file)} — ${graph.article.title ?? '(no title)'}`);
    console.log(
      `published ${graph.article.publishedAt ?? 'unknown'} · outlet ${graph.article.outlet?.name ?? 'unknown'} · ${graph.sentences.length} sentences`,
    );
    for (const e of graph.entities) console.log(`  ${e.kind.padEnd(12)} ${e.name}`);
    for (const f of graph.facts) {
      const props = Object.entries(f.props)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      console.log(
        `  ${names.get(f.from)} -[${f.type}${props ? ' ' + props : ''}]-> ${names.get(f.to)}   (sentences ${f.sentences.join(', ')})`,
      );
    }
  }
}

main();
