import { ForbiddenQueryError, BadRequestError } from '../errors';

export const MAX_QUERY_LENGTH = 10_000;

/** Procedures the console may call: schema and full-text reads. Everything else is refused by name. */
const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'dbms.components',
]);

/** Clauses and commands that write, change schema or administer; refused wherever they appear. */
const FORBIDDEN_KEYWORDS = [
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'SET',
  'REMOVE',
  'DROP',
  'LOAD',
  'FOREACH',
  'USE',
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'RENAME',
  'START',
  'STOP',
  'TERMINATE',
  'SHOW',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'IMPORT',
  'PERIODIC',
  'TRANSACTIONS',
];

const FORBIDDEN_FUNCTION_PREFIXES =
  /\bapoc\s*\.\s*(load|cypher|periodic|export|import|trigger|create|merge|refactor|nodes\s*\.\s*delete|do|custom|log|systemdb|schema\s*\.\s*assert)/i;

/**
 * The query with comments, string literals and quoted identifiers blanked out, in NFKC form (fullwidth and
 * other look-alike letters become ASCII), so keywords cannot hide in them or in odd spellings.
 */
export function normalizeForInspection(query: string): string {
  const text = query.normalize('NFKC');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      i = j + 1;
      out += c === '`' ? ' _quoted_ ' : " '' ";
    } else {
      out += c;
      i++;
    }
  }
  // Zero-width and other format characters could split a keyword in two.
  return out.replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
}

/** Refuses anything that is not a plain read, before Neo4j sees it (Neo4j's own checks follow). */
export function assertReadOnly(query: string): void {
  if (typeof query !== 'string' || query.trim() === '') throw new BadRequestError('query: must be a non-empty string');
  if (query.length > MAX_QUERY_LENGTH) throw new BadRequestError(`query: longer than ${MAX_QUERY_LENGTH} characters`);
  const text = normalizeForInspection(query);
  for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const word = m[0].toUpperCase();
    const before = text.slice(0, m.index!).trimEnd();
    if (before.endsWith('.') || before.endsWith(':') || before.endsWith('$')) continue; // property keys, labels, parameters
    if (FORBIDDEN_KEYWORDS.includes(word)) {
      throw new ForbiddenQueryError(`The console is read-only: ${word} is not allowed.`);
    }
  }
  if (FORBIDDEN_FUNCTION_PREFIXES.test(text))
    throw new ForbiddenQueryError('The console is read-only: this APOC procedure or function is not allowed.');
  for (const m of text.matchAll(/\bCALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)\s*(\(|$|\s+YIELD|\s*;)/gi)) {
    const name = m[1].replace(/\s+/g, '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name))
      throw new ForbiddenQueryError(`The console may not call the procedure ${m[1].replace(/\s+/g, '')}.`);
  }
  if (/;\s*\S/.test(text)) throw new ForbiddenQueryError('One statement at a time.');
}

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURES.has(name.toLowerCase());
}
