import { stringify } from 'csv-stringify/sync';
import { ExportScene } from './model';

/** Excel reads UTF-8 only when the file starts with a byte-order mark; without it "–" shows as "â€“". */
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) gets a `'`
 * in front, OWASP's rule and the console's; plain numbers stay as they are.
 */
export function spreadsheetSafe(cell: string): string {
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const json = (value: unknown): string => JSON.stringify(value);

/** RFC 4180 (quotes doubled, CRLF rows), by csv-stringify, with the BOM. */
function csvOf(columns: string[], rows: string[][]): string {
  return BOM + stringify([columns, ...rows.map((row) => row.map(spreadsheetSafe))], { record_delimiter: 'windows' });
}

export function nodesCsv(scene: ExportScene): string {
  return csvOf(
    ['id', 'label', 'labels', 'name', 'kind', 'properties'],
    scene.nodes.map((n) => [n.id, n.label, n.labels.join(';'), n.name, n.kind, json(n.properties)]),
  );
}

/** One row per fact: its evidence sentences one per line in one cell, with their ids and articles beside them. */
export function edgesCsv(scene: ExportScene): string {
  return csvOf(
    [
      'id',
      'source',
      'target',
      'type',
      'rule',
      'articles',
      'evidence',
      'sentence_ids',
      'sentence_articles',
      'properties',
    ],
    scene.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.type,
      e.rule ?? '',
      e.articles.join(';'),
      e.evidence.map((s) => s.text).join('\n'),
      e.evidence.map((s) => s.sentenceId).join(';'),
      e.evidence.map((s) => s.articleId ?? '').join(';'),
      json(e.properties),
    ]),
  );
}
