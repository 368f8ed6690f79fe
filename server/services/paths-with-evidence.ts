import { EvidenceSentence, EvidenceService } from './evidence-service';
import { edgeEvidence } from './edge-evidence';
import { Paths, PathService, PathsThrough } from './path-service';

export interface PathsWithEvidence extends Paths {
  /** Per edge id, the sentences that state that hop (where the graph keeps evidence). */
  evidence: Record<string, EvidenceSentence[]>;
}

/** Sentences per hop that one answer reads at most. */
const SENTENCES_PER_HOP = 20;

/** Shortest paths between two nodes, each hop with the sentences that state it (GET /api/paths, MCP `paths`). */
export async function pathsWithEvidence(
  paths: PathService,
  evidence: EvidenceService,
  q: { from: string; to: string; maxLength: number; through: PathsThrough },
): Promise<PathsWithEvidence> {
  const result = await paths.paths(q.from, q.to, q.maxLength, q.through);
  return { ...result, evidence: await edgeEvidence(result.edges, evidence, SENTENCES_PER_HOP) };
}
