import { Router } from 'express';
import { z } from 'zod';
import { EvidenceService } from '../services/evidence-service';
import { GraphService } from '../services/graph-service';
import { SearchService } from '../services/search-service';
import { id, isoDatePrefix, nameList, parseInput } from './validate';

const searchQuery = z.object({
  q: z.string().trim().min(1, 'is required').max(200),
  label: nameList,
  limit: z.coerce.number().int().min(1).max(100).default(10),
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
});

const pathsQuery = z.object({ from: id, to: id, maxLength: z.coerce.number().int().min(1).max(6).default(4) });

const evidenceQuery = z
  .object({ rel: id.optional(), node: id.optional() })
  .refine((q) => Boolean(q.rel) !== Boolean(q.node), { message: 'give exactly one of rel or node', path: ['rel'] });

export interface GraphRouteServices {
  graph: GraphService;
  search: SearchService;
  evidence: EvidenceService;
}

export function graphRouter({ graph, search, evidence }: GraphRouteServices): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    res.json(await graph.schema());
  });
  router.get('/search', async (req, res) => {
    const q = parseInput(searchQuery, req.query);
    res.json({ hits: await search.search(q.q, q.label, q.limit) });
  });
  router.get('/node', async (req, res) => {
    const q = parseInput(z.object({ id }), req.query);
    res.json(await graph.node(q.id));
  });
  router.get('/subgraph', async (req, res) => {
    res.json(await graph.subgraph(parseInput(subgraphQuery, req.query)));
  });
  router.get('/paths', async (req, res) => {
    const q = parseInput(pathsQuery, req.query);
    const result = await graph.paths(q.from, q.to, q.maxLength);
    // Each hop with the sentences that state it, where the graph keeps evidence.
    const withEvidence = await Promise.all(
      result.edges.map(async (edge) => {
        const ids = Array.isArray(edge.data.evidence) ? (edge.data.evidence as string[]) : [];
        return { edge: edge.data.id, sentences: await evidence.sentences(ids.slice(0, 20)) };
      }),
    );
    res.json({
      ...result,
      evidence: Object.fromEntries(
        withEvidence.filter((e) => e.sentences.length > 0).map((e) => [e.edge, e.sentences]),
      ),
    });
  });
  router.get('/evidence', async (req, res) => {
    const q = parseInput(evidenceQuery, req.query);
    res.json(q.rel ? await evidence.forRelationship(q.rel) : await evidence.forNode(q.node!));
  });
  return router;
}
