import { Router } from 'express';
import { expressPath, exportScene } from '../api/contract';
import { EXPORT_FORMATS, exportFileName } from '../services/export/formats';
import { ExportService } from '../services/export/export-service';
import { isTruncated, leftOutNote } from '../services/export/model';
import { parseInput } from './validate';

/** Files other tools open (Gephi, yEd, Excel, another Neo4j), each fact with its evidence. */
export function exportRouter(exports: ExportService): Router {
  const router = Router();
  router.post(expressPath(exportScene), async (req, res) => {
    const body = parseInput(exportScene.request.body['application/json'], req.body ?? {});
    const scene = body.ids ? await exports.forIds(body.ids) : await exports.forSubgraph(body.subgraph!);
    const format = EXPORT_FORMATS[body.format];
    res.set({
      'Content-Type': format.contentType,
      'Content-Disposition': `attachment; filename="${exportFileName(body.format, scene.generatedAt)}"`,
      'Readout-Truncated': String(isTruncated(scene)),
      'Readout-Missing-Ids': String(scene.leftOut.missingIds.length),
    });
    const note = leftOutNote(scene);
    if (note) res.set('Readout-Left-Out', note);
    res.send(format.write(scene));
  });
  return router;
}
