/** Adding articles (needs the edit token). */
import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from '../../ingest/read/read-article';
import { isCalendarDate } from '../../services/calendar-date';
import { errors, json, route } from './route';

/** Files one multipart request may carry; the page sends one per request, scripts may send a batch. */
export const MAX_ARTICLE_FILES = 20;

/** A metadata field: absent, null and blank all mean "not given". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || undefined);

/** What may come beside the article, in JSON or as multipart fields. */
export const articleFields = z.object({
  title: optionalText(500),
  url: optionalText(2000)
    .refine((s) => s === undefined || /^https?:\/\/[^\s]+$/i.test(s), 'an http or https address')
    .describe('http or https'),
  publishedAt: optionalText(40)
    .refine(
      (s) => s === undefined || isCalendarDate(s),
      'a calendar date: YYYY, YYYY-MM or YYYY-MM-DD (2022-02-30 is not one)',
    )
    .describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  outlet: optionalText(200).describe('An outlet id ("outlet:xinhua") or name'),
});

const articleJson = articleFields.extend({
  text: z
    .string({ error: 'the article text is required' })
    .describe(`The article, at most ${MAX_ARTICLE_BYTES / 1048576} MB of UTF-8; a web page when it opens as one`),
  format: z.enum(['text', 'html']).optional(),
});

/** Documentation only: multer reads the files, the fields beside them are `articleFields`. */
const articleFiles = articleFields.extend({
  file: z.array(z.string().meta({ format: 'binary' }).describe('.txt or .html, at most 2 MB')).max(MAX_ARTICLE_FILES),
});

const extractedEntity = z.object({ id: z.string(), name: z.string(), kind: z.string() });
const addedArticle = z.object({
  article: z.object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.object({ id: z.string(), name: z.string() }).nullable(),
    publishedAt: z.string().nullable(),
    url: z.string().nullable(),
  }),
  sentences: z.number(),
  entities: z.array(extractedEntity),
  events: z.array(extractedEntity.extend({ date: z.string().nullable() })),
  facts: z.number(),
  seconds: z.number(),
});
const fileResult = z.object({
  file: z.string(),
  ok: z.boolean(),
  summary: addedArticle.optional(),
  error: z.object({ code: z.string(), message: z.string(), status: z.number() }).optional(),
});
const fileResults = z.object({ results: z.array(fileResult) });

export const addArticle = route({
  method: 'post',
  path: '/articles',
  summary: 'Add an article (text or a web page), extracted and loaded in one transaction',
  description:
    'Text or a web page (reduced to its article by Readability; its og:title, og:url or canonical link, article:published_time and og:site_name used where the request gives none), extracted and loaded in one transaction. Its id comes from its text, so posting it again replaces it. Several files in one multipart request are added one after another, each with its own result',
  editToken: true,
  // So that `npm run ingest` reaches the app's NLP and open pages even on an app started without an edit token.
  intakeToken: true,
  request: { body: { 'application/json': articleJson, 'multipart/form-data': articleFiles } },
  responses: {
    201: json(
      z.union([addedArticle, fileResults]),
      'The article as stored and what was extracted; for several files, one result per file',
    ),
    ...errors(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

export type AddedArticle = z.output<typeof addedArticle>;
export type FileResult = z.output<typeof fileResult>;
