import { create } from 'xmlbuilder2';
import { EDGE_ATTRIBUTES, edgeAttributes, NODE_ATTRIBUTES, nodeAttributes } from './graph-attributes';
import { ExportScene, leftOutNote } from './model';
import { xmlText } from './xml-text';

/**
 * GraphML (Gephi, yEd, Cytoscape Desktop, NetworkX). graphology-graphml only reads, so the document is built
 * with xmlbuilder2, which escapes text and attributes; the keys are declared once, each node and edge fills them.
 */
export function toGraphml(scene: ExportScene): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  root.ele('key', { id: 'description', for: 'graph', 'attr.name': 'description', 'attr.type': 'string' });
  for (const name of NODE_ATTRIBUTES)
    root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': 'string' });
  for (const name of EDGE_ATTRIBUTES)
    root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': 'string' });
  const graph = root.ele('graph', { id: 'readout', edgedefault: 'directed' });
  graph.ele('data', { key: 'description' }).txt(xmlText(leftOutNote(scene) ?? `Readout export, ${scene.generatedAt}`));
  for (const node of scene.nodes) {
    const element = graph.ele('node', { id: xmlText(node.id) });
    for (const [name, value] of Object.entries(nodeAttributes(node)))
      element.ele('data', { key: `n_${name}` }).txt(value);
  }
  for (const edge of scene.edges) {
    const element = graph.ele('edge', {
      id: xmlText(edge.id),
      source: xmlText(edge.source),
      target: xmlText(edge.target),
    });
    for (const [name, value] of Object.entries(edgeAttributes(edge)))
      element.ele('data', { key: `e_${name}` }).txt(value);
  }
  return root.end({ prettyPrint: true });
}
