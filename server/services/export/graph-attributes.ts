import { ExportEdge, ExportNode, joinedSentences } from './model';
import { attributeText } from './xml-text';

/**
 * The attributes Gephi and yEd show for a node or an edge: GEXF and GraphML write the same ones, all as text (a
 * property whose type varies from node to node cannot be declared once), XML-safe.
 */
export function nodeAttributes(node: ExportNode): Record<string, string> {
  return {
    label: attributeText(node.label),
    name: attributeText(node.name),
    kind: attributeText(node.kind),
    labels: attributeText(node.labels.join(';')),
    properties: attributeText(node.properties),
  };
}

export function edgeAttributes(edge: ExportEdge): Record<string, string> {
  return {
    type: attributeText(edge.type),
    rule: attributeText(edge.rule ?? ''),
    evidence: attributeText(joinedSentences(edge)),
    articles: attributeText(edge.articles.join(';')),
    sentenceIds: attributeText(edge.evidence.map((s) => s.sentenceId).join(';')),
    properties: attributeText(edge.properties),
  };
}

export const NODE_ATTRIBUTES = ['label', 'name', 'kind', 'labels', 'properties'] as const;
export const EDGE_ATTRIBUTES = ['type', 'rule', 'evidence', 'articles', 'sentenceIds', 'properties'] as const;
