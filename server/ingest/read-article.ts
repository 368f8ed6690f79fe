import fs from 'node:fs';
import path from 'node:path';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A file the ingester will not read, with a one-line reason that names the file. */
export class ArticleInputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${path.basename(file)}: ${reason}`);
    this.name = 'ArticleInputError';
  }
}

/** Reads one article as UTF-8 text, refusing empty, binary, non-UTF-8 and oversized files. */
export function readArticleFile(file: string): string {
  const size = fs.statSync(file).size;
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      file,
      `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`,
    );
  }
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new ArticleInputError(file, 'binary file (contains NUL bytes), not a text article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(file, 'not valid UTF-8 text');
  }
  const controls = (text.match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > text.length * 0.01)
    throw new ArticleInputError(file, 'binary file (control characters), not a text article');
  if (text.trim().length === 0) throw new ArticleInputError(file, 'empty file');
  return text.replace(/^\uFEFF/, '');
}
