import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';

/** A query from cypher/queries, with the parameters and columns its header declares. */
export interface CypherQuery {
  name: string;
  text: string;
  params: string[];
  columns: string[];
  /** Holds `{{slots}}` (relationship types, a whole number): run it through `templateText`. */
  templated: boolean;
}

export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');

function headerList(text: string, key: string): string[] | null {
  const match = text.match(new RegExp(`^//\\s*${key}\\s*:(.*)$`, 'im'));
  if (!match) return null;
  const list = match[1].trim();
  if (list === '' || list === '-' || /^\(?none\)?$/i.test(list)) return [];
  return list
    .split(',')
    .map((s) => s.trim().replace(/^\$/, ''))
    .filter(Boolean);
}

function withoutComments(text: string): string {
  return text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Parses one .cypher file; a header that disagrees with the body is a bug, so it throws. */
export function parseQueryFile(name: string, text: string): CypherQuery {
  const params = headerList(text, 'params');
  const columns = headerList(text, 'columns');
  if (params === null || columns === null) {
    throw new Error(`cypher/queries/${name}.cypher: header must declare "// params:" and "// columns:"`);
  }
  const body = withoutComments(text);
  const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  const undeclared = [...used].filter((p) => !params.includes(p));
  const unused = params.filter((p) => !used.has(p));
  if (undeclared.length || unused.length) {
    throw new Error(
      `cypher/queries/${name}.cypher: header params disagree with the body` +
        (undeclared.length ? `; undeclared: ${undeclared.join(', ')}` : '') +
        (unused.length ? `; unused: ${unused.join(', ')}` : ''),
    );
  }
  return { name, text: body.trim(), params, columns, templated: /\{\{\w+\}\}/.test(body) };
}

function listCypherFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

let cache: Map<string, CypherQuery> | undefined;

/** Every query in cypher/queries, read once per process, keyed by path without extension ("health/counts"). */
export function loadQueries(): Map<string, CypherQuery> {
  if (cache) return cache;
  const queries = new Map<string, CypherQuery>();
  for (const file of listCypherFiles(QUERIES_DIR)) {
    const name = path
      .relative(QUERIES_DIR, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    queries.set(name, parseQueryFile(name, fs.readFileSync(file, 'utf8')));
  }
  cache = queries;
  return queries;
}

export function query(name: string): CypherQuery {
  const found = loadQueries().get(name);
  if (!found) throw new Error(`No Cypher query named "${name}" in cypher/queries`);
  return found;
}

/** Splits cypher/schema.cypher into statements (one per `;`), comments removed. */
export function loadSchemaStatements(file = path.join(CYPHER_DIR, 'schema.cypher')): string[] {
  return withoutComments(fs.readFileSync(file, 'utf8'))
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Labels, types and property keys are not parameters in Cypher: they go in backticks, escaped. */
export function escapeIdentifier(name: string): string {
  // Neo4j decodes \uXXXX escapes before it parses, inside backticks too: a name holding the text `\u0060` would
  // close its backticks. Each backslash is written as `\u005C`, which decodes to the backslash it was.
  return '`' + name.replace(/`/g, '``').replace(/\\/g, '\\u005C') + '`';
}

/**
 * Values for a templated query's `{{slots}}`: a list of relationship types or labels (each backtick-escaped,
 * joined with `|`) or a whole number (an integer literal, e.g. a variable-length bound Cypher will not take
 * as a parameter). Never user text: callers take names from the database's own lists (an allow-list).
 */
export type SlotValues = Record<string, string[] | number>;

const templateCache = new Map<string, string>();

export function templateText(name: string, slots: SlotValues): string {
  const key = `${name}\u0000${JSON.stringify(slots)}`;
  let text = templateCache.get(key);
  if (text === undefined) {
    const q = query(name);
    if (!q.templated) throw new Error(`cypher/queries/${name}.cypher has no {{slot}}`);
    text = q.text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
      const value = slots[slot];
      if (typeof value === 'number') {
        if (!Number.isSafeInteger(value)) throw new Error(`{{${slot}}} must be a whole number`);
        return String(value);
      }
      if (!Array.isArray(value) || value.length === 0) throw new Error(`{{${slot}}} needs a value for ${name}`);
      return value.map(escapeIdentifier).join('|');
    });
    // Plans are cached per text: a handful of type sets per database, not one per request.
    if (templateCache.size < 1000) templateCache.set(key, text);
  }
  return text;
}
