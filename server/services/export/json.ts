import { ExportScene, leftOutNote } from './model';

/**
 * JSON that keeps the provenance: every fact with its rule and, per sentence, the article it comes from and its
 * text, so a fact read elsewhere can still be traced back to what was written.
 */
export function toJson(scene: ExportScene): string {
  return JSON.stringify(
    {
      generatedBy: 'Readout',
      generatedAt: scene.generatedAt,
      truncated: leftOutNote(scene) !== null,
      leftOut: scene.leftOut,
      nodes: scene.nodes,
      edges: scene.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        rule: e.rule,
        articles: e.articles,
        evidence: e.evidence.map((s) => ({
          articleId: s.articleId,
          sentenceId: s.sentenceId,
          text: s.text,
          rule: e.rule,
        })),
        moreSentences: e.moreSentences,
        properties: e.properties,
      })),
    },
    null,
    1,
  );
}
