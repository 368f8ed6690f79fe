import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { ExportScene, leftOutNote } from './model';
import { edgeAttributes, nodeAttributes } from './graph-attributes';
import { xmlText } from './xml-text';

/** GEXF 1.3 (Gephi's own format), written by graphology's GEXF writer; each node labelled with its caption. */
export function toGexf(scene: ExportScene): string {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.setAttribute('description', xmlText(leftOutNote(scene) ?? 'Readout export'));
  graph.setAttribute('creator', 'Readout');
  graph.setAttribute('lastModifiedDate', scene.generatedAt.slice(0, 10));
  for (const node of scene.nodes) graph.addNode(node.id, nodeAttributes(node));
  for (const edge of scene.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: attributes.name as string, attributes }),
    formatEdge: (_key, attributes) => ({ label: attributes.type as string, attributes }),
  });
}
