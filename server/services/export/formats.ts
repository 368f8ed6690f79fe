import type { ExportFormatName } from '../../api/contract';
import { toCypherScript } from './cypher-script';
import { edgesCsv, nodesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';
import { ExportScene } from './model';

export interface ExportFormat {
  contentType: string;
  /** What ends the file name: `readout-2026-12-07.gexf`, `readout-2026-12-07-nodes.csv`. */
  suffix: string;
  write(scene: ExportScene): string;
}

/** Every format the API writes, by the name a request gives. */
export const EXPORT_FORMATS = {
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', suffix: '.gexf', write: toGexf },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', suffix: '.graphml', write: toGraphml },
  'csv-nodes': { contentType: 'text/csv; charset=utf-8; header=present', suffix: '-nodes.csv', write: nodesCsv },
  'csv-edges': { contentType: 'text/csv; charset=utf-8; header=present', suffix: '-edges.csv', write: edgesCsv },
  // No media type is registered for Cypher; plain text opens anywhere and cypher-shell reads it.
  cypher: { contentType: 'text/plain; charset=utf-8', suffix: '.cypher', write: toCypherScript },
  json: { contentType: 'application/json; charset=utf-8', suffix: '.json', write: toJson },
} satisfies Record<ExportFormatName, ExportFormat>;

export const exportFileName = (format: ExportFormatName, generatedAt: string): string =>
  `readout-${generatedAt.slice(0, 10)}${EXPORT_FORMATS[format].suffix}`;
