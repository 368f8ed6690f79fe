import express, { Request, RequestHandler, Router } from 'express';
import multer, { MulterError } from 'multer';
import {
  AppError,
  BadRequestError,
  PayloadTooLargeError,
  UnprocessableError,
  UnsupportedMediaTypeError,
} from '../errors';
import { MAX_ARTICLE_BYTES } from '../ingest/read/read-article';
import { addArticle, articleFields, expressPath, FileResult, MAX_ARTICLE_FILES } from '../api/contract';
import { ArticleInput, ArticleRequestMeta, ArticleWriter } from '../services/article-writer';
import { parseInput } from './validate';

/** Where articles are posted; the app-wide 64 kB JSON parser leaves this path to the route's own. */
export const ARTICLE_INTAKE = { method: 'POST', path: `/api${addArticle.path}` } as const;

/** Room for the 2 MB article, JSON-escaped, and its metadata. */
const JSON_LIMIT = Math.ceil(MAX_ARTICLE_BYTES * 1.25);

/** Multer's and busboy's failures as the API's errors: a limit is a 413, anything else a malformed body. */
function uploadError(error: unknown): Error {
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE')
      return new PayloadTooLargeError(
        `${error.field ?? 'file'}: too large (the limit is ${MAX_ARTICLE_BYTES / 1048576} MB per file)`,
      );
    if (error.code === 'LIMIT_FILE_COUNT')
      return new PayloadTooLargeError(`At most ${MAX_ARTICLE_FILES} files per request.`);
    if (error.code.startsWith('LIMIT_')) return new PayloadTooLargeError(`The upload is too large: ${error.message}.`);
    return new BadRequestError(`The upload cannot be read: ${error.message}.`);
  }
  return new BadRequestError(`The multipart body cannot be read: ${(error as Error).message}.`);
}

function multipartParser(): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_ARTICLE_BYTES, files: MAX_ARTICLE_FILES, fields: 20, fieldSize: 16 * 1024, parts: 50 },
  }).array('file', MAX_ARTICLE_FILES);
  return (req, res, next) => upload(req, res, (error?: unknown) => next(error ? uploadError(error) : undefined));
}

/** A file is HTML or text by its name or its type; anything else (a PDF, a picture) is not an article here. */
function formatOf(file: Express.Multer.File): 'text' | 'html' {
  const name = file.originalname.toLowerCase();
  if (/\.x?html?$/.test(name) || file.mimetype === 'text/html') return 'html';
  if (name.endsWith('.txt') || file.mimetype === 'text/plain') return 'text';
  throw new UnsupportedMediaTypeError(`${file.originalname}: only .txt and .html files can be added.`);
}

/**
 * POST /api/articles: one article as JSON `{text, title?, url?, publishedAt?, outlet?, format?}`, or one or more
 * .txt/.html files as multipart/form-data (field `file`, metadata fields beside it). One file answers as the
 * JSON form does (201 and what was extracted, or the error's status); several answer file by file, a bad one
 * stopping none of the others.
 */
export function articleRouter(writer: ArticleWriter, requireToken: RequestHandler): Router {
  const router = Router();
  const json = express.json({ limit: JSON_LIMIT });
  const multipart = multipartParser();
  const parseBody: RequestHandler = (req, res, next) => {
    if (req.is('application/json')) return json(req, res, next);
    if (req.is('multipart/form-data')) return multipart(req, res, next);
    next(new UnsupportedMediaTypeError('Send the article as application/json or multipart/form-data.'));
  };

  router.post(expressPath(addArticle), requireToken, parseBody, async (req: Request, res) => {
    if (!req.is('multipart/form-data')) {
      const { text, format, ...meta } = parseInput(addArticle.request.body['application/json'], req.body);
      res.status(201).json(await writer.add({ body: text, format, name: 'text', meta }));
      return;
    }
    const meta: ArticleRequestMeta = parseInput(articleFields, req.body ?? {});
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    if (files.length === 0) throw new BadRequestError('file: attach one or more .txt or .html files.');
    const inputOf = (file: Express.Multer.File): ArticleInput => ({
      body: file.buffer,
      format: formatOf(file),
      name: file.originalname || 'file',
      meta,
    });
    if (files.length === 1) {
      res.status(201).json(await writer.add(inputOf(files[0])));
      return;
    }
    const results: FileResult[] = [];
    for (const file of files) {
      try {
        results.push({ file: file.originalname, ok: true, summary: await writer.add(inputOf(file)) });
      } catch (error) {
        // Only what the file itself caused is its result; a failure of the server fails the request.
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        results.push({
          file: file.originalname,
          ok: false,
          error: { code: error.code, message: error.message, status: error.status },
        });
      }
    }
    if (!results.some((r) => r.ok)) throw new UnprocessableError('None of the files could be added.', { results });
    res.status(201).json({ results });
  });
  return router;
}
