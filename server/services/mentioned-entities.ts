import { primaryLabel } from '../db/elements';
import { NodeView } from '../db/node-view';
import { MentionRow } from '../db/query-registry';
import { Plain, PlainNode } from '../db/to-plain';
import { MentionCandidate } from './text/mention-spans';

/** An entity as the page lists it: its id, caption and kind. */
export interface EntityBrief {
  id: string;
  caption: string;
  label: string;
}

export const strings = (value: Plain | undefined): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

export function briefOf(node: PlainNode, view: NodeView): EntityBrief {
  return { id: view.idOf(node), caption: view.captionOf(node), label: primaryLabel(node.labels) };
}

/** Every name a node goes by: its caption, its `name` and its aliases. */
export function namesOf(node: PlainNode, view: NodeView): string[] {
  return [...new Set([view.captionOf(node), ...strings(node.properties.name), ...strings(node.properties.aliases)])];
}

/** A sentence's mentions as what `locateMentions` looks for: the words the extractor saw, then the names. */
export function candidatesOf(mentions: MentionRow[], view: NodeView): MentionCandidate[] {
  return mentions.map((m) => ({
    entityId: view.idOf(m.entity),
    surfaces: strings(m.surface),
    names: namesOf(m.entity, view),
  }));
}

/** An address safe to link to: http or https only (never javascript:, data: …), else null. */
export function httpUrl(value: Plain | undefined): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export const textOrNull = (value: Plain | undefined): string | null =>
  typeof value === 'string' && value.trim() ? value : null;
