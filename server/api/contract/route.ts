/** What one route promises: the shape of its request and of every answer it gives. One entry per route. */
import { z } from 'zod';
import { errorEnvelope } from './common';

export interface ResponseContract {
  description: string;
  /** The JSON body; absent with `contentType` for a body that is not JSON (an event stream, an exported file). */
  body?: z.ZodType;
  /** The media type (or the types, one per format) of a body that is not JSON. */
  contentType?: string | readonly string[];
}

export interface RouteContract {
  method: 'get' | 'post';
  /** Under /api, as OpenAPI writes it: `/articles/{id}`. */
  path: string;
  summary: string;
  description?: string;
  /** Needs `Authorization: Bearer <READOUT_EDIT_TOKEN>`. */
  editToken?: boolean;
  /** Also takes the running app's intake token (from its record beside the data directory) as that bearer. */
  intakeToken?: boolean;
  request?: {
    query?: z.ZodObject;
    params?: z.ZodObject;
    /** Per media type; the route validates the JSON one (and documents any other it takes). */
    body?: Record<string, z.ZodType>;
  };
  responses: Record<number, ResponseContract>;
}

/** A route's answer as JSON, or an error of this status (all share one envelope). */
export const json = <B extends z.ZodType>(body: B, description: string) => ({ body, description });

const ERROR_MEANING: Record<number, string> = {
  400: 'Bad input: the message names the parameter',
  401: 'No or wrong edit token',
  403: 'Refused: editing is off on this server, or the console will not run the query',
  404: 'Nothing with that id',
  409: 'A conflict with the graph as it is',
  413: 'The request is too large',
  415: 'Not a media type this route takes',
  422: 'Understood but cannot be done',
  429: 'Too many requests; see Retry-After',
  503: 'Neo4j is not answering',
  504: 'The query ran out of time',
};

/** The error responses a route can give, each with the shared envelope. */
export function errors(...statuses: number[]): Record<number, ResponseContract> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: ERROR_MEANING[status] ?? 'An error', body: errorEnvelope }]),
  );
}

/** Typed identity: checks an entry against RouteContract and keeps its literal schemas for the types. */
export const route = <T extends RouteContract>(entry: T): T => entry;

/** `/articles/{id}` → `/articles/:id`, as Express writes it. */
export const expressPath = (entry: Pick<RouteContract, 'path'>): string => entry.path.replace(/\{(\w+)\}/g, ':$1');

/** The type of a route's body for a status, as the server sends it. */
export type ResponseBody<R extends RouteContract, S extends keyof R['responses']> = R['responses'][S] extends {
  body: infer B;
}
  ? B extends z.ZodType
    ? z.output<B>
    : never
  : never;
