import fs from 'node:fs';
import { extractArticle } from '../server/ingest/extract';
const meta: Record<string, any> = { '001': { publishedAt: '2022-06-19' } };
for (const f of fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
  if (process.argv[2] && !f.startsWith(process.argv[2])) continue;
  const g = extractArticle(f.replace('.txt', ''), fs.readFileSync('seeds/' + f, 'utf8'), meta[f.slice(0, 3)] ?? {});
  console.log('=====', f, JSON.stringify(g.article));
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  for (const e of g.entities) console.log('  E', e.kind.padEnd(12), e.id.padEnd(50), JSON.stringify((e as any).aliases));
  for (const x of g.facts) console.log('  F', x.type.padEnd(15), byId.get(x.from)?.name, '->', byId.get(x.to)?.name, JSON.stringify(x.props), x.sentences.join(','));
}
if (process.argv[3]) {
  const f = fs.readdirSync('seeds').find((f) => f.startsWith(process.argv[2]))!;
  const g = extractArticle('x', fs.readFileSync('seeds/' + f, 'utf8'), meta[f.slice(0, 3)] ?? {});
  g.sentences.forEach((s, i) => console.log(i, s));
  for (const m of g.mentions) console.log('  M', m.sentence, m.via, m.text, '->', m.entity.id);
}
