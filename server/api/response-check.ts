/**
 * Checks an answer against the contract: its status is one the route declares, its body matches that status's
 * schema, and it carries no field the contract does not declare (zod would drop those silently). Tests install
 * it on every app they build, so each integration test checks the contract as a side effect.
 */
import { RequestHandler } from 'express';
import { z } from 'zod';
import { API_ROUTES, errorEnvelope, RouteContract } from './contract';

export interface ContractViolation {
  method: string;
  path: string;
  status: number;
  problem: string;
}

const API_PREFIX = '/api';

/** The route whose method and path template match a request path (`/api/articles/abc` → `/articles/{id}`). */
export function routeFor(method: string, path: string, routes: readonly RouteContract[] = API_ROUTES) {
  if (!path.startsWith(`${API_PREFIX}/`)) return undefined;
  const local = path.slice(API_PREFIX.length);
  return routes.find(
    (r) =>
      r.method === method.toLowerCase() &&
      new RegExp(`^${r.path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(local),
  );
}

/** Where `sent` holds what `kept` (the parsed body) does not: fields the contract does not declare. */
function undeclared(sent: unknown, kept: unknown, at: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((item, i) => undeclared(item, kept[i], `${at}[${i}]`));
  if (sent && kept && typeof sent === 'object' && typeof kept === 'object') {
    const keptObject = kept as Record<string, unknown>;
    return Object.entries(sent as Record<string, unknown>).flatMap(([key, value]) =>
      key in keptObject ? undeclared(value, keptObject[key], `${at}.${key}`) : [`${at}.${key}`],
    );
  }
  return [];
}

function bodyProblem(schema: z.ZodType, body: unknown): string | null {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `body${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`;
  }
  const extra = undeclared(body, parsed.data, 'body');
  return extra.length ? `fields the contract does not declare: ${extra.slice(0, 5).join(', ')}` : null;
}

/** What is wrong with a JSON answer to `method path`, or null when it keeps the contract. */
export function checkResponse(
  method: string,
  path: string,
  status: number,
  body: unknown,
  routes: readonly RouteContract[] = API_ROUTES,
): string | null {
  const entry = routeFor(method, path, routes);
  if (!entry) {
    // An unknown endpoint under /api answers 404 in the error envelope, and nothing else may answer there.
    if (status === 404) return bodyProblem(errorEnvelope, body);
    return `no route in the contract for ${method} ${path}`;
  }
  const response = entry.responses[status];
  if (!response) return `status ${status} is not in the contract of ${entry.method.toUpperCase()} ${entry.path}`;
  if (response.contentType || !response.body) return null;
  return bodyProblem(response.body, body);
}

/** Express middleware: each JSON answer under /api is checked and a violation reported (the answer still goes). */
export function responseChecker(report: (violation: ContractViolation) => void): RequestHandler {
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0];
    if (!path.startsWith(`${API_PREFIX}/`)) return next();
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      const problem = checkResponse(req.method, path, res.statusCode, body);
      if (problem) report({ method: req.method, path, status: res.statusCode, problem });
      return send(body);
    };
    next();
  };
}
