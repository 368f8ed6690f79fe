import { Plain } from '../../db/to-plain';
import { ExportNode, ExportScene, leftOutNote } from './model';

/**
 * A string as a Cypher literal. Backslash and quote are escaped, and so is every control character and line
 * break, so each statement stays on one line. A `\u` in the text comes out as `\\u`, which Neo4j's parser does not
 * take for a Unicode escape (it decodes those before it reads strings).
 */
export function stringLiteral(text: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === "'") return "\\'";
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/**
 * A label, type or key in backticks. Neo4j decodes `\uXXXX` before it parses, inside backticks too, so a name
 * holding the text `\u0060` would close its backticks; each backslash is written as `\u005C`, which decodes to
 * a backslash that starts no second escape.
 */
export function identifier(name: string): string {
  return '`' + name.replace(/`/g, '``').replace(/\\/g, '\\u005C') + '`';
}

const isPoint = (v: { [key: string]: Plain }) =>
  typeof v.srid === 'number' && typeof v.x === 'number' && typeof v.y === 'number';

/**
 * A property value as a literal. Integers stay integers and floats floats (`1.0`); a point is rebuilt with
 * `point()`; values Neo4j cannot store as written (maps, binary shown by its size) are written as their JSON text.
 */
export function valueLiteral(value: Plain): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return stringLiteral(String(value));
    return Number.isInteger(value) && !Object.is(value, -0) ? String(value) : floatLiteral(value);
  }
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map(valueLiteral).join(', ')}]`;
  if (isPoint(value)) return `point(${mapLiteral(value)})`;
  return stringLiteral(JSON.stringify(value));
}

function floatLiteral(value: number): string {
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

export function mapLiteral(properties: Record<string, Plain>): string {
  const entries = Object.entries(properties).filter(([, v]) => v !== null);
  return `{${entries.map(([k, v]) => `${identifier(k)}: ${valueLiteral(v)}`).join(', ')}}`;
}

/**
 * The pattern that finds a node again: by its `id` property under its kind label when it has one (Readout's
 * entities, another graph's ids), else by `readoutId`, the id the export gave it (an elementId means nothing in
 * another database). Re-running the script finds the same nodes instead of making new ones.
 */
function nodeKey(node: ExportNode): { pattern: string; extra: Record<string, Plain> } {
  const label = node.label ? `:${identifier(node.label)}` : '';
  const id = node.properties.id;
  if (typeof id === 'string' || (typeof id === 'number' && Number.isSafeInteger(id)))
    return { pattern: `(n${label} {id: ${valueLiteral(id)}})`, extra: {} };
  return { pattern: `(n${label} {readoutId: ${stringLiteral(node.id)}})`, extra: { readoutId: node.id } };
}

function matchNode(variable: string, node: ExportNode): string {
  return nodeKey(node).pattern.replace(/^\(n/, `(${variable}`);
}

/**
 * A script that recreates the scene in another Neo4j (cypher-shell, Neo4j Browser with multi-statement
 * editing): one MERGE per node with its labels and properties, then one per relationship with its properties,
 * evidence and rule included. Every value is a literal, one statement per line.
 */
export function toCypherScript(scene: ExportScene): string {
  const lines = [
    `// Readout export, ${scene.generatedAt}: ${scene.nodes.length} nodes, ${scene.edges.length} relationships.`,
    '// Run with: cypher-shell -f this-file.cypher (or paste into Neo4j Browser). Running it twice changes nothing.',
  ];
  const note = leftOutNote(scene);
  if (note) lines.push(`// ${note}`);
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  for (const node of scene.nodes) {
    const { pattern, extra } = nodeKey(node);
    const others = node.labels.filter((l) => l !== node.label).map((l) => `:${identifier(l)}`);
    const set = [
      `n += ${mapLiteral({ ...node.properties, ...extra })}`,
      ...(others.length ? [`n${others.join('')}`] : []),
    ];
    lines.push(`MERGE ${pattern} SET ${set.join(', ')};`);
  }
  for (const edge of scene.edges) {
    const source = byId.get(edge.source)!;
    const target = byId.get(edge.target)!;
    // Matched on all its properties: parallel facts (Readout tells them apart by `key`) stay apart, a rerun adds none.
    lines.push(
      `MATCH ${matchNode('a', source)}, ${matchNode('b', target)} ` +
        `MERGE (a)-[:${identifier(edge.type)} ${mapLiteral(edge.properties)}]->(b);`,
    );
  }
  return lines.join('\n') + '\n';
}
