import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AnnotateOptions, Nlp, NlpDoc } from '../../server/nlp/types';

/**
 * CoreNLP's annotations of the rule tests' sentences, frozen as fixtures (test/fixtures/nlp/, one JSON file per
 * text and publication day), so the rule tests run in milliseconds without a JVM and pin what the rules do with a
 * given parse. `npm run fixtures` annotates again with the real CoreNLP and rewrites them (and removes those no test
 * asks for); test/integration/nlp-fixtures.test.ts checks that CoreNLP still gives what is frozen.
 */

export const FIXTURES_DIR = path.join(__dirname, '../fixtures/nlp');

export interface FrozenAnnotation {
  text: string;
  documentDate: string | null;
  doc: Omit<NlpDoc, 'text'>;
}

export function fixtureKey(text: string, documentDate: string | null | undefined): string {
  return createHash('sha256')
    .update(`${documentDate ?? ''}\n${text}`)
    .digest('hex')
    .slice(0, 20);
}

export function fixturePath(key: string): string {
  return path.join(FIXTURES_DIR, `${key}.json`);
}

export class MissingFixtureError extends Error {
  override name = 'MissingFixtureError';
}

/** Serves frozen annotations; in record mode it asks the real engine and freezes what it answers. */
export class FrozenNlp implements Nlp {
  readonly mode = 'corenlp' as const;
  readonly used = new Set<string>();

  constructor(private readonly recorder?: Nlp) {}

  async annotate(text: string, options: AnnotateOptions = {}): Promise<NlpDoc> {
    const documentDate = options.documentDate?.slice(0, 10) ?? null;
    const key = fixtureKey(text, documentDate);
    this.used.add(key);
    const file = fixturePath(key);
    if (this.recorder) {
      const doc = await this.recorder.annotate(text, options);
      const frozen: FrozenAnnotation = { text, documentDate, doc: { sentences: doc.sentences } };
      fs.mkdirSync(FIXTURES_DIR, { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(frozen)}\n`);
      return doc;
    }
    if (!fs.existsSync(file))
      throw new MissingFixtureError(
        `No frozen annotation for ${JSON.stringify(text.slice(0, 60))} (${documentDate ?? 'undated'}): run npm run fixtures`,
      );
    const frozen = JSON.parse(fs.readFileSync(file, 'utf8')) as FrozenAnnotation;
    return { text, sentences: frozen.doc.sentences };
  }

  async close(): Promise<void> {
    await this.recorder?.close();
  }
}

export function listFixtures(): string[] {
  return fs.existsSync(FIXTURES_DIR) ? fs.readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json')) : [];
}
