import { Router } from 'express';
import * as contract from '../api/contract';
import { expressPath } from '../api/contract';
import { nodeElement } from '../db/elements';
import { pathsWithEvidence } from '../services/paths-with-evidence';
import { ReadServices } from '../services/read-services';
import { parseInput } from './validate';

/** The read services the graph routes use, from the one set the app builds (services/read-services.ts). */
export type GraphRouteServices = Pick<
  ReadServices,
  'catalogue' | 'lookup' | 'neighbourhood' | 'paths' | 'search' | 'evidence' | 'eventDates'
>;

export function graphRouter({
  catalogue,
  lookup,
  neighbourhood,
  paths,
  search,
  evidence,
  eventDates,
}: GraphRouteServices): Router {
  const router = Router();
  router.get(expressPath(contract.schema), async (_req, res) => {
    res.json(await catalogue.catalogue());
  });
  router.get(expressPath(contract.search), async (req, res) => {
    const q = parseInput(contract.search.request.query, req.query);
    res.json(await search.search(q.q, q.label, q.limit, q.fields));
  });
  router.get(expressPath(contract.node), async (req, res) => {
    const q = parseInput(contract.node.request.query, req.query);
    const [node, view] = await Promise.all([lookup.find(q.id), catalogue.view()]);
    res.json(nodeElement(node, view));
  });
  router.post(expressPath(contract.nodes), async (req, res) => {
    res.json(await lookup.nodeSet(parseInput(contract.nodes.request.body['application/json'], req.body ?? {}).ids));
  });
  router.post(expressPath(contract.connections), async (req, res) => {
    const q = parseInput(contract.connections.request.body['application/json'], req.body ?? {});
    res.json(await lookup.connections(q.fresh, q.among));
  });
  router.get(expressPath(contract.subgraph), async (req, res) => {
    res.json(await neighbourhood.subgraph(parseInput(contract.subgraph.request.query, req.query)));
  });
  router.get(expressPath(contract.paths), async (req, res) => {
    const q = parseInput(contract.paths.request.query, req.query);
    res.json(await pathsWithEvidence(paths, evidence, q));
  });
  router.get(expressPath(contract.eventDates), async (req, res) => {
    res.json(await eventDates.counts(parseInput(contract.eventDates.request.query, req.query).precision));
  });
  router.get(expressPath(contract.evidence), async (req, res) => {
    const q = parseInput(contract.evidence.request.query, req.query);
    res.json(q.rel ? await evidence.forRelationship(q.rel) : await evidence.forNode(q.node!));
  });
  return router;
}
