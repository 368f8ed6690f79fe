import { Plain } from '../../db/to-plain';

/** One sentence that states a fact, with the article it comes from. */
export interface ExportSentence {
  sentenceId: string;
  text: string;
  articleId: string | null;
}

export interface ExportNode {
  /** The id the API and the page speak (Readout's own id, `Label:id` or the elementId). */
  id: string;
  /** The kind label (Readout's kind rather than the shared :Entity). */
  label: string;
  labels: string[];
  /** The caption the page shows. */
  name: string;
  /** An event's precise kind (call, arrest…), else the kind label. */
  kind: string;
  properties: Record<string, Plain>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The extraction rule that found the fact (null on graphs that keep none). */
  rule: string | null;
  /** Articles the fact comes from: its `articles` and those of its sentences. */
  articles: string[];
  evidence: ExportSentence[];
  /** Evidence sentences past the per-fact bound, not written. */
  moreSentences: number;
  properties: Record<string, Plain>;
}

/** What was asked for and not written, so a bounded export says so. */
export interface ExportLeftOut {
  /** True when there were more relationships among the nodes than an export holds. */
  relationships: boolean;
  /** Facts whose evidence was cut to the per-fact bound. */
  factsWithMoreSentences: number;
  /** Ids asked for that name no node. */
  missingIds: string[];
}

/** The nodes, the relationships among them and each fact's evidence: everything every format writes from. */
export interface ExportScene {
  nodes: ExportNode[];
  edges: ExportEdge[];
  leftOut: ExportLeftOut;
  generatedAt: string;
}

/** Relationships one export holds at most (as the shared-view read caps them). */
export const MAX_EXPORT_RELATIONSHIPS = 5_000;
/** Evidence sentences written per fact at most. */
export const MAX_SENTENCES_PER_FACT = 50;

export const isTruncated = (scene: ExportScene): boolean =>
  scene.leftOut.relationships || scene.leftOut.factsWithMoreSentences > 0;

/** A one-line account of what a bounded export left out, or null when it holds everything asked for. */
export function leftOutNote(scene: ExportScene): string | null {
  const parts: string[] = [];
  if (scene.leftOut.relationships) parts.push(`only the first ${MAX_EXPORT_RELATIONSHIPS} relationships`);
  if (scene.leftOut.factsWithMoreSentences > 0)
    parts.push(
      `${scene.leftOut.factsWithMoreSentences} facts with only their first ${MAX_SENTENCES_PER_FACT} sentences`,
    );
  if (scene.leftOut.missingIds.length > 0) parts.push(`${scene.leftOut.missingIds.length} ids naming no node`);
  return parts.length ? `Left out: ${parts.join('; ')}.` : null;
}

/** Sentences joined for a single cell or attribute, in evidence order. */
export const joinedSentences = (edge: ExportEdge): string => edge.evidence.map((s) => s.text).join('\n');
