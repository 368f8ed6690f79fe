import type { EventSense } from './knowledge/event-lexicon';
import type { DependencyGraph } from './syntax/graph';
import { EntityRef } from './types';

/**
 * The event layer's model. A telling is one predicate in one sentence ("met", "talks", "visit") with what the
 * sentence says of it; an article event gathers the tellings of one happening (a lede's "held talks", a later
 * "during the talks"). Every part keeps the rule that found it.
 */

export interface Found<T> {
  value: T;
  rule: string;
  sentences: number[];
}

export interface Participant {
  entity: EntityRef;
  /** agent, patient or participant: who acted, who was acted on, who took part. */
  role: string;
  rule: string;
  sentences: number[];
}

export interface EventDate {
  /** ISO, as precise as the text: 2022-06-15, 2022-06 or 2022. */
  iso: string;
  rule: string;
  /** The publication day standing in for an event the lede tells in the present tense: any explicit date wins. */
  weak: boolean;
}

export interface Predicate {
  sentence: number;
  /** The token that names the event (the verb, or the event noun). */
  token: number;
  /** A verb that carries an event noun ("held talks", "paid a visit", "received a call"), if any. */
  support: number | null;
  pos: 'VERB' | 'NOUN';
  sense: EventSense;
  /** The words as written ("held talks", "phone call"): the event's aliases. */
  surface: string;
  /** "the talks", "this visit", "their call": a noun that points at an event already told. */
  definite: boolean;
  /** "the last visit", "the next summit": another occurrence of its kind than the one the story tells. */
  another?: boolean;
  rule: string;
}

export interface Telling {
  predicate: Predicate;
  participants: Map<string, Participant>;
  date: EventDate | null;
  /** A day or month the text names that nothing resolved ("Wednesday" without a publication date). */
  dateWords: string | null;
  places: Map<string, Participant>;
  planned: boolean;
}

export interface ArticleEvent {
  kind: string;
  family: string;
  sense: EventSense;
  tellings: Telling[];
  participants: Map<string, Participant>;
  date: EventDate | null;
  dateWords: string | null;
  places: Map<string, Participant>;
  planned: boolean;
  /** Sentence indexes that tell it, first first. */
  sentences: number[];
  rule: string;
  entity: EntityRef;
}

/** How an event's name begins: its kind, capitalised ("Meeting: A – B, 2022-06-15"). */
export const kindLabel = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/**
 * The tokens a telling's predicate (or the verb that carries its noun: "held talks") governs by one of these
 * relations: where an occasion it was part of hangs ("during the visit", "after the ceremony").
 */
export function governedByPredicate(graph: DependencyGraph, telling: Telling, relation: RegExp): number[] {
  const { token, support } = telling.predicate;
  return [token, ...(support !== null ? [support] : [])].flatMap((i) =>
    graph
      .children(i)
      .filter((e) => relation.test(e.relation))
      .map((e) => e.dependent),
  );
}
