import { EdgeElement } from '../db/elements';
import { EvidenceService, EvidenceSentence } from './evidence-service';

const sentenceIds = (edge: EdgeElement): string[] =>
  Array.isArray(edge.data.evidence) ? edge.data.evidence.filter((x): x is string => typeof x === 'string') : [];

/**
 * The sentences that state each edge (its `evidence` ids), at most `perEdge` an edge, read in one query; edges
 * without evidence (another graph's, or sources' bookkeeping) are left out of the map.
 */
export async function edgeEvidence(
  edges: EdgeElement[],
  evidence: EvidenceService,
  perEdge: number,
): Promise<Record<string, EvidenceSentence[]>> {
  const wanted = edges.map((edge) => ({ edge: edge.data.id, ids: new Set(sentenceIds(edge).slice(0, perEdge)) }));
  const all = [...new Set(wanted.flatMap((w) => [...w.ids]))];
  // One read for all edges; sentences come back newest first, and each edge keeps that order.
  const sentences = await evidence.sentences(all);
  return Object.fromEntries(
    wanted
      .map((w) => [w.edge, sentences.filter((s) => w.ids.has(s.id))] as const)
      .filter(([, found]) => found.length > 0),
  );
}
