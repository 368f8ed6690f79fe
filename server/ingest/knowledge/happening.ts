import { eventSense } from './event-lexicon';
import { EVENT_SYNTAX } from './lang/en/syntax-rules';

/** What tells two event kinds apart, as tellings and event nodes both carry it. */
export interface KindOfHappening {
  kind: string;
  cameo: string | null;
  /** The taxonomy anchor the kind's word descends from, when known (tellings know it, nodes do not). */
  anchor?: string | null;
}

/**
 * Whether two kinds can name one happening: the same kind, the same anchor of the taxonomy ("election", "vote",
 * "ballot"), the same CAMEO code ("meeting", "summit"), or CAMEO codes the language pack tells as one ("met",
 * "held talks": oneHappening in event-syntax.json). A call is not a meeting, a visit not the talks held during it.
 */
export function sameHappening(a: KindOfHappening, b: KindOfHappening): boolean {
  if (a.kind === b.kind || (!!a.anchor && a.anchor === b.anchor)) return true;
  // A verb's anchor is a verb synset ("elect"); its kind's noun ("election") anchors where the nouns do.
  const [x, y] = [kindAnchor(a), kindAnchor(b)];
  if (x && y && (x === y || EVENT_SYNTAX.oneHappeningAnchors.some((g) => g.has(x) && g.has(y)))) return true;
  if (!a.cameo || !b.cameo) return false;
  return a.cameo === b.cameo || EVENT_SYNTAX.oneHappening.some((group) => group.has(a.cameo!) && group.has(b.cameo!));
}

/** The anchor of the noun a kind is named by ("election" for "elected"), else the telling's own. */
function kindAnchor(k: KindOfHappening): string | null {
  return eventSense(k.kind, 'NOUN', { plural: /s$/.test(k.kind) })?.anchor ?? k.anchor ?? null;
}
