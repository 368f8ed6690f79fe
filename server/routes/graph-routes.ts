import { Router } from 'express';
import { z } from 'zod';
import { nodeElement } from '../db/elements';
import { CatalogueService } from '../services/catalogue-service';
import { EventDatesService } from '../services/event-dates-service';
import { EvidenceService } from '../services/evidence-service';
import { NeighbourhoodService } from '../services/neighbourhood-service';
import { NodeLookup } from '../services/node-lookup';
import { PathService } from '../services/path-service';
import { pathsWithEvidence } from '../services/paths-with-evidence';
import { SearchFields, SearchService } from '../services/search-service';
import { commaList, id, isoDatePrefix, nameList, parseInput } from './validate';

const FIELD = /^[\p{L}\p{N}_ -]{1,100}\.[^,]{1,100}$/u;

/** "Product.productName,Product.quantityPerUnit" → Product → [productName, quantityPerUnit]. */
const fieldList = commaList(FIELD, { maxLength: 4000, most: 200, what: 'Label.key' }).transform((list) => {
  const fields: SearchFields = new Map();
  for (const item of list) {
    const dot = item.indexOf('.');
    const label = item.slice(0, dot);
    fields.set(label, [...(fields.get(label) ?? []), item.slice(dot + 1)]);
  }
  return fields;
});

const searchQuery = z.object({
  q: z.string().trim().min(1, 'is required').max(200),
  label: nameList,
  limit: z.coerce.number().int().min(1).max(100).default(10),
  fields: fieldList,
});

const subgraphQuery = z.object({
  id,
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  types: nameList,
  labels: nameList,
  direction: z.enum(['both', 'out', 'in']).default('both'),
  from: isoDatePrefix,
  to: isoDatePrefix,
  cursor: z.string().max(20_000).optional(),
});

const eventDatesQuery = z.object({ precision: z.enum(['day', 'month', 'year']).default('day') });

const nodesBody = z.object({ ids: z.array(id).min(1, 'give at least one id').max(2000, 'at most 2,000 ids') });

const connectionsBody = z
  .object({ fresh: z.array(id).min(1, 'give at least one id'), among: z.array(id).default([]) })
  .refine((b) => b.fresh.length + b.among.length <= 2000, { message: 'at most 2,000 ids in all', path: ['among'] });

const pathsQuery = z.object({
  from: id,
  to: id,
  maxLength: z.coerce.number().int().min(1).max(6).default(4),
  through: z.enum(['facts', 'sources', 'articles']).default('facts'),
});

const evidenceQuery = z
  .object({ rel: id.optional(), node: id.optional() })
  .refine((q) => Boolean(q.rel) !== Boolean(q.node), { message: 'give exactly one of rel or node', path: ['rel'] });

export interface GraphRouteServices {
  catalogue: CatalogueService;
  lookup: NodeLookup;
  neighbourhood: NeighbourhoodService;
  paths: PathService;
  search: SearchService;
  evidence: EvidenceService;
  eventDates: EventDatesService;
}

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
  router.get('/schema', async (_req, res) => {
    res.json(await catalogue.catalogue());
  });
  router.get('/search', async (req, res) => {
    const q = parseInput(searchQuery, req.query);
    res.json(await search.search(q.q, q.label, q.limit, q.fields));
  });
  router.get('/node', async (req, res) => {
    const q = parseInput(z.object({ id }), req.query);
    const [node, view] = await Promise.all([lookup.find(q.id), catalogue.view()]);
    res.json(nodeElement(node, view));
  });
  router.post('/nodes', async (req, res) => {
    res.json(await lookup.nodeSet(parseInput(nodesBody, req.body ?? {}).ids));
  });
  router.post('/connections', async (req, res) => {
    const q = parseInput(connectionsBody, req.body ?? {});
    res.json(await lookup.connections(q.fresh, q.among));
  });
  router.get('/subgraph', async (req, res) => {
    res.json(await neighbourhood.subgraph(parseInput(subgraphQuery, req.query)));
  });
  router.get('/paths', async (req, res) => {
    const q = parseInput(pathsQuery, req.query);
    res.json(await pathsWithEvidence(paths, evidence, q));
  });
  router.get('/event-dates', async (req, res) => {
    res.json(await eventDates.counts(parseInput(eventDatesQuery, req.query).precision));
  });
  router.get('/evidence', async (req, res) => {
    const q = parseInput(evidenceQuery, req.query);
    res.json(q.rel ? await evidence.forRelationship(q.rel) : await evidence.forNode(q.node!));
  });
  return router;
}
