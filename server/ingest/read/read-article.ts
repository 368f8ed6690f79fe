import fs from 'node:fs';
import path from 'node:path';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Why an input is not an article: the API answers each with its own status. */
export type ArticleInputProblem = 'unreadable' | 'too-large' | 'not-text' | 'empty';

/** An article over the size limit, as a file's or an upload's (the same words wherever it is caught). */
export function tooLargeError(name: string, bytes: number, maxBytes = MAX_ARTICLE_BYTES): ArticleInputError {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return new ArticleInputError(name, `too large (${mb(bytes)} MB; the limit is ${mb(maxBytes)} MB)`, 'too-large');
}

/** A file the ingester will not read, with a one-line reason that names the file. */
export class ArticleInputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly problem: ArticleInputProblem = 'unreadable',
  ) {
    super(`${path.basename(file)}: ${reason}`);
    this.name = 'ArticleInputError';
  }
}

export interface ReadOptions {
  /** The folder the file was found in: a link must not lead out of it. */
  within?: string;
  maxBytes?: number;
}

const KINDS: [keyof fs.Stats, string][] = [
  ['isFIFO', 'a named pipe'],
  ['isCharacterDevice', 'a device'],
  ['isBlockDevice', 'a device'],
  ['isSocket', 'a socket'],
  ['isDirectory', 'a folder'],
];

/**
 * Opens the file without following it anywhere unexpected: links are resolved and must stay inside the folder
 * being ingested, and only a regular file is read (opening a named pipe blocks until a writer comes, a device
 * can stream for ever). Non-blocking open, then fstat on the descriptor: what is checked is what is read.
 */
function openRegularFile(file: string, options: ReadOptions): number {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    throw new ArticleInputError(file, 'cannot be opened (missing, or a broken link)');
  }
  if (options.within) {
    const folder = fs.realpathSync(options.within);
    if (real !== folder && !real.startsWith(folder + path.sep))
      throw new ArticleInputError(file, 'a link to a file outside the folder being ingested');
  }
  const fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
  const stat = fs.fstatSync(fd);
  const kind = KINDS.find(([test]) => (stat[test] as () => boolean).call(stat));
  if (kind || !stat.isFile()) {
    fs.closeSync(fd);
    throw new ArticleInputError(file, `${kind?.[1] ?? 'not a regular file'}, not a text article`, 'not-text');
  }
  return fd;
}

/** At most `maxBytes` + 1 bytes: a file larger than it says (or than it was at fstat) is caught while reading. */
function readBounded(fd: number, file: string, maxBytes: number): Buffer {
  const size = fs.fstatSync(fd).size;
  const tooLarge = (bytes: number) => tooLargeError(file, bytes, maxBytes);
  if (size > maxBytes) throw tooLarge(size);
  const buffer = Buffer.alloc(maxBytes + 1);
  let length = 0;
  for (;;) {
    const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
    if (length > maxBytes) throw tooLarge(length);
  }
  return buffer.subarray(0, length);
}

/** Reads one article as UTF-8 text, refusing anything but a regular, non-empty, textual file of sane size. */
export function readArticleFile(file: string, options: ReadOptions = {}): string {
  const fd = openRegularFile(file, options);
  let bytes: Buffer;
  try {
    bytes = readBounded(fd, file, options.maxBytes ?? MAX_ARTICLE_BYTES);
  } finally {
    fs.closeSync(fd);
  }
  return articleTextOf(bytes, file);
}

/**
 * Bytes (a file, an upload) as the article's UTF-8 text, or an ArticleInputError naming `name`: binary (NUL
 * bytes, control characters), not UTF-8, or empty. The size is the caller's to bound before it reads.
 */
export function articleTextOf(bytes: Buffer, name: string): string {
  if (bytes.includes(0))
    throw new ArticleInputError(name, 'binary file (contains NUL bytes), not a text article', 'not-text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(name, 'not valid UTF-8 text', 'not-text');
  }
  return checkedArticleText(text, name);
}

/** Text already decoded (a JSON string) under the same rules as a file's: no binary, not empty. */
export function checkedArticleText(text: string, name: string): string {
  if (text.includes('\u0000'))
    throw new ArticleInputError(name, 'binary file (contains NUL bytes), not a text article', 'not-text');
  // Control characters other than tabs and line breaks are what binary files are made of.
  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > text.length * 0.01)
    throw new ArticleInputError(name, 'binary file (control characters), not a text article', 'not-text');
  if (text.trim().length === 0) throw new ArticleInputError(name, 'empty file', 'empty');
  return text.replace(/^\uFEFF/, '');
}
