import { createHash } from 'node:crypto';

/** The article's words as every door compares them: runs of white space (line breaks, tabs) as one space. */
export const normalizedArticleText = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What makes two articles the same article whichever door they came in by (the API, the CLI, the seeds): the
 * SHA-256 of their normalised text, in hex. Computed on the text as read and checked, before any cleaning, so
 * a change to the cleaning rules never makes an article a stranger to itself.
 */
export const textFingerprint = (text: string) =>
  createHash('sha256').update(normalizedArticleText(text), 'utf8').digest('hex');
