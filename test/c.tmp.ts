import fs from 'node:fs';
import { cleanArticle } from '../server/ingest/clean';
for (const f of fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
  const c = cleanArticle(fs.readFileSync('seeds/' + f, 'utf8'));
  console.log(f, JSON.stringify({ ...c, paragraphs: c.paragraphs.map((p) => p.slice(0, 60)) }, null, 1));
}
