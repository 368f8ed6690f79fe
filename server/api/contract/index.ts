/**
 * Readout's API contract: one entry per route, each with the zod schemas of its request and of every answer.
 * Routes validate with these schemas, the OpenAPI document is generated from them (../openapi.ts), tests check
 * real answers against them, and the page imports their types (type-only: no zod in the bundle).
 *
 * To add a route: declare it with `route({...})` in its group's file (or a new one), add it to API_ROUTES below,
 * and register the handler with `expressPath(entry)`; the unit test fails while the router and this list differ.
 */
import { addArticle } from './articles';
import { createCorrection, listCorrections, undoCorrection } from './corrections';
import { cypher } from './cypher';
import { exportScene } from './export';
import { connections, eventDates, evidence, node, nodes, paths, schema, search, subgraph } from './graph';
import { readArticle, readouts } from './reader';
import { RouteContract } from './route';
import { changes, editing, healthCheck, openApi } from './service';

export * from './articles';
export * from './common';
export * from './corrections';
export * from './cypher';
export * from './export';
export * from './graph';
export * from './reader';
export * from './route';
export * from './service';

/** Every route under /api, in the order the document lists them. */
export const API_ROUTES: readonly RouteContract[] = [
  healthCheck,
  editing,
  listCorrections,
  createCorrection,
  undoCorrection,
  schema,
  search,
  node,
  nodes,
  connections,
  subgraph,
  paths,
  evidence,
  eventDates,
  exportScene,
  addArticle,
  changes,
  readArticle,
  readouts,
  cypher,
  openApi,
];
