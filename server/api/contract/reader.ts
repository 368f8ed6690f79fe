/** The journalist's reading: an article in full, an event's readouts side by side. */
import { z } from 'zod';
import { pathId } from './common';
import { errors, json, route } from './route';

const byId = (what: string) => ({ params: z.object({ id: pathId.describe(what) }) });

/** Where in a text, in UTF-16 code units (as JavaScript strings count). */
export const span = z.object({ start: z.number(), end: z.number() });
const entityBrief = z.object({ id: z.string(), caption: z.string(), label: z.string() });
const outletBrief = z.object({ id: z.string(), name: z.string() }).nullable();

// ---- GET /articles/{id}
const articleMention = span.extend({ entityId: z.string(), caption: z.string(), label: z.string() });
const articleFact = z.object({
  id: z.string().describe("The relationship's id, as the canvas names the edge"),
  type: z.string(),
  source: entityBrief,
  target: entityBrief,
  detail: z.string().nullable().describe('What tells it apart from others of its type: the role, the title'),
  rule: z.string().nullable().describe('The extraction rule that made it'),
});
const articleSentence = z.object({
  id: z.string(),
  index: z.number().nullable(),
  text: z.string(),
  mentions: z.array(articleMention).describe('Every mention found in the text, in order, none overlapping'),
  unplaced: z
    .array(entityBrief)
    .describe("Entities the sentence mentions whose words are not in it (an antecedent's, a changed spelling)"),
  facts: z.array(articleFact).describe('Relationships whose evidence lists this sentence'),
});
const articleAnswer = z.object({
  article: z.object({
    id: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable().describe('http or https only'),
    publishedAt: z.string().nullable(),
    outlet: outletBrief,
    truncated: z.boolean().describe('True when the article has more sentences than one answer holds'),
  }),
  sentences: z.array(articleSentence),
});

export const readArticle = route({
  method: 'get',
  path: '/articles/{id}',
  summary: 'An article to read: its sentences in order, each with the entities it mentions and the facts it states',
  description:
    'Its title, outlet, date and address (http or https only), and its sentences in order, each with the entities it mentions (where in the text, none overlapping) and the facts it states (relationships whose evidence lists it); start and end count UTF-16 code units',
  request: byId("The article's id"),
  responses: { 200: json(articleAnswer, 'The article'), ...errors(400, 404, 503) },
});

// ---- GET /events/{id}/readouts
const entityRef = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string(),
  country: z.string().nullable().describe('ISO alpha-2 code of the country it belongs to, when known'),
  stateAffiliated: z.boolean().describe('An outlet the graph marks as state-affiliated (CCTV, Xinhua)'),
});
const columnSource = entityRef
  .extend({ id: z.string().nullable(), label: z.string().nullable() })
  .describe('Whom a column speaks for; `id` is null for an outlet the graph does not know');
const articleRef = z.object({
  id: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable().describe('Only an http(s) address'),
  publishedAt: z.string().nullable(),
  outlet: z.string().nullable(),
});
const readoutGroup = z.enum(['publisher', 'agency', 'official']);
const readoutCard = z.object({
  sentenceId: z.string(),
  text: z.string(),
  index: z.number().nullable(),
  article: articleRef,
  attributedBy: z
    .enum(['graph', 'text', 'publisher'])
    .describe('How it came to its column: a REPORTED_BY fact, its own words ("according to …"), its outlet'),
  alongside: z
    .array(z.object({ source: entityRef, role: z.enum(['quoted', 'with']) }))
    .describe('Other sources it names: quoted by the column’s source, or reporting alongside it'),
  copies: z.array(z.object({ sentenceId: z.string(), article: articleRef })).describe('The same sentence elsewhere'),
  claim: z.array(span).describe('What the source said, to highlight'),
  claimRule: z.enum(['leading-attribution', 'trailing-attribution', 'speech-verb', 'quotes', 'none']),
  onlyHere: z.array(span).describe('Entities and words that stand out in its column against the others'),
});
const readoutColumn = z.object({
  source: columnSource,
  group: readoutGroup,
  including: z.array(entityRef).describe('Sources folded into this column: a state whose readout its body gave'),
  cards: z.array(readoutCard),
  onlyHere: z
    .object({ entities: z.array(entityRef), terms: z.array(z.string()) })
    .describe('What this column says distinctively: used often here, seldom or never in the others'),
});
const readoutsAnswer = z.object({
  event: z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), date: z.string().nullable() }),
  columns: z.array(readoutColumn).describe('Publishing outlets first, then the agencies they quote, then officials'),
  context: z
    .array(z.object({ source: columnSource, group: readoutGroup, cards: z.array(readoutCard) }))
    .describe("Sources whose sentences only mention the event, reporting nobody's words"),
  sentences: z.number().describe('Distinct sentences shown (copies folded)'),
  articles: z.number(),
  truncated: z.boolean().describe('True when the event has more sentences than one comparison reads'),
});

export const readouts = route({
  method: 'get',
  path: '/events/{id}/readouts',
  summary: "An event's readouts side by side: one column per source",
  description:
    'One column per source (publishing outlets, the agencies they quote, official bodies, states and state media), each sentence about the event once (copies folded), in the column of the source it speaks for, its claim marked, and what each column alone mentions',
  request: byId("The event's id"),
  responses: { 200: json(readoutsAnswer, 'The readouts'), ...errors(400, 404, 503) },
});

export type Span = z.output<typeof span>;
export type ArticleMention = z.output<typeof articleMention>;
export type ArticleFact = z.output<typeof articleFact>;
export type ArticleSentence = z.output<typeof articleSentence>;
export type ArticleAnswer = z.output<typeof articleAnswer>;
export type ReadoutCard = z.output<typeof readoutCard>;
export type ReadoutColumn = z.output<typeof readoutColumn>;
export type ReadoutGroup = z.output<typeof readoutGroup>;
export type ReadoutsAnswer = z.output<typeof readoutsAnswer>;
