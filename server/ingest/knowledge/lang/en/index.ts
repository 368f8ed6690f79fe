import { escapeRegex } from '../../gazetteer';
import agreements from './agreements.json';
import boilerplate from './boilerplate.json';
import clauses from './clauses.json';
import events from './events.json';
import honorifics from './honorifics.json';
import particles from './particles.json';
import sources from './sources.json';
import titles from './titles.json';

/**
 * The English language pack: what the rules know about English news (titles, honorifics, name particles, event
 * kinds and their triggers, source cues, page furniture), as data in this folder, compiled once here.
 */

export type EntityKindName = 'Person' | 'Country' | 'Organization' | 'Place' | 'Outlet' | 'Agreement';

export interface TriggerRecord {
  /** Lemmas in order; '*' allows up to `gap` other tokens. */
  seq: string[];
  gap?: number;
  pos?: 'VERB' | 'NOUN';
  /** The first lemma must be a plural noun ('talks', not 'talk'). */
  plural?: boolean;
  /** Lemmas that, right after the trigger, undo it ('call for', 'meet expectations'). */
  not?: string[];
  /** The trigger needs an entity of this kind after it in its clause ('received X', 'opened the bridge'). */
  objectKind?: EntityKindName;
  /** What follows is the topic, not a party ('discuss Ukraine'), unless 'with' introduces it. */
  topicObject?: boolean;
  /** Not when a capitalised word follows: an adjective ('the ruling Liberal Party'). */
  notBeforeProper?: boolean;
}

export interface EventKindRecord {
  kind: string;
  label: string;
  verb: string;
  participants: EntityKindName[];
  min: number;
  family: string;
  /** Which kind names an event told in several ways (higher wins). */
  priority: number;
  /** A state of affairs that lasts (an invasion): never dated by another event's day or the publication's. */
  lasting?: boolean;
  /** Only who comes before the trigger takes part. */
  subjectOnly?: boolean;
  future?: boolean;
  triggers: TriggerRecord[];
}

export const EVENT_KINDS = events.kinds as EventKindRecord[];

/** How sentences are built: clause openers, verbs of saying and of support, future markers (clauses.json). */
export const CLAUSES = {
  subordinators: new Set(clauses.subordinators.words),
  relatives: new Set(clauses.relatives.words),
  reporting: new Set(clauses.reporting.words),
  settings: new Set(clauses.settings.words),
  support: new Set(clauses.support.words),
  future: new RegExp(clauses.future.pattern, 'i'),
  scopeNouns: new Set(clauses.scopeNouns.words),
  ordinals: new Map(Object.entries(clauses.ordinals.words)),
  anniversary: new RegExp(clauses.anniversary.pattern, 'i'),
  sequence: new RegExp(clauses.sequence.pattern, 'gi'),
};

const words = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegex);

/** Honorifics at the start of a name, any number of them ("His Highness Sheikh …"), a dot allowed after each. */
export const HONORIFIC_PREFIX = new RegExp(
  `^(?:(?:${words([...honorifics.styles, ...honorifics.given, ...honorifics.surname]).join('|')})\\.?\\s+)+`,
  'u',
);
export const GIVEN_NAME_HONORIFICS = new Set(honorifics.given.map((h) => h.toLowerCase()));
export const SURNAME_HONORIFICS = new Set(honorifics.surname.map((h) => h.toLowerCase()));
export const STYLES = new Set(honorifics.styles.map((h) => h.toLowerCase()));

export const PARTICLES = new Set(particles.particles.flatMap((p) => p.toLowerCase().split(' ')));

export const TITLES = {
  offices: titles.offices,
  areaOffices: new Set(titles.areaOffices.map((t) => t.toLowerCase())),
  modifiers: new Set(titles.modifiers.map((t) => t.toLowerCase())),
  abbreviations: titles.abbreviations as Record<string, string>,
  notAreas: new Set(titles.notAreas),
  universalOffices: new Set(titles.universalOffices.map((t) => t.toLowerCase())),
  complementNouns: new Set(titles.complementNouns),
};

export const SOURCES = {
  before: new RegExp(`\\b(?:${words(sources.before).join('|')})\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}$`, 'iu'),
  // '…," said Xinhua', ', say the Chinese channel CCTV and …': the verb before the source, after a comma or quote.
  inverted: new RegExp(
    `[,"”]\\s*(?:${words(sources.inverted).join('|')})\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}$`,
    'iu',
  ),
  after: new RegExp(
    `^(?:\\s+(?:${words(sources.agencyWords).join('|')}))?(?:\\s*,[^,]{1,60}){0,2},?\\s+(?:also\\s+|later\\s+|earlier\\s+)?(?:${words(sources.after).join('|')})\\b`,
    'iu',
  ),
  readout: new RegExp(`^['’]s\\s+(?:official\\s+)?(?:${words(sources.readouts).join('|')})\\b`, 'iu'),
  readoutNoun: new RegExp(`\\b(?:${words(sources.readouts).join('|')})\\b`, 'iu'),
  agencyWords: new RegExp(`^(?:${words(sources.agencyWords).join('|')})$`, 'iu'),
  sourceLine: new RegExp(sources.sourceLine, 'iu'),
};

const compile = (list: string[]) => list.map((p) => new RegExp(p, 'iu'));

export const BOILERPLATE = {
  lines: compile(boilerplate.lines),
  endMarkers: compile(boilerplate.endMarkers),
  bylines: compile(boilerplate.bylines),
  credits: boilerplate.credits.map((p) => new RegExp(p, 'giu')),
  notes: compile(boilerplate.notes),
};

/** How news names agreements (agreements.json). */
export const AGREEMENTS = {
  heads: new Map(
    agreements.heads.map((h) => [
      h.word,
      { needs: (h as { needs?: string[] }).needs, named: !!(h as { named?: boolean }).named },
    ]),
  ),
  conclusion: new Set(agreements.conclusion),
  conclusionNouns: new Set(agreements.conclusionNouns),
  evaluative: new Set(agreements.evaluative),
  referring: new Set(agreements.referring),
};
