/**
 * Events by family: the server gives each Event its precise `kind` ("arrest") and the family of the event
 * taxonomy it belongs to (`family` '17', `familyLabel` 'Coerce'): CAMEO's 20 root categories, then the few that news
 * needs and CAMEO has no root for. The page colours and filters events by family and keeps the kind in captions.
 * No DOM: unit-tested in Node.
 */

/**
 * One colour per family, the same on every graph and in every browser (a shared link looks the same). Kelly's
 * palette (palette.ts) for CAMEO's roots, cool for cooperation (01–08) and warm for conflict (09–20) as CAMEO
 * orders them, and six more for the families outside CAMEO; every pair is at least 15 ΔE apart, and from the Event
 * colour that events of an unknown family keep. In the taxonomy's order (event-taxonomy.json): a Map, since an
 * object would list the keys '10'–'20' (integers to JavaScript) before '01'.
 */
export const FAMILY_COLOURS: ReadonlyMap<string, string> = new Map([
  ['01', '#a1caf1'], // Make public statement: light blue
  ['02', '#604e97'], // Appeal: violet
  ['03', '#8db600'], // Express intent to cooperate: yellow green
  ['04', '#0067a5'], // Consult: blue
  ['05', '#008856'], // Engage in diplomatic cooperation: green
  ['06', '#00a6a6'], // Engage in material cooperation: teal
  ['07', '#c2b280'], // Provide aid: buff
  ['08', '#848482'], // Yield: grey
  ['09', '#dcd300'], // Investigate: greenish yellow
  ['10', '#f3c300'], // Demand: yellow
  ['11', '#f6a600'], // Disapprove: orange yellow
  ['12', '#e68fac'], // Reject: purplish pink
  ['13', '#f38400'], // Threaten: orange
  ['14', '#f99379'], // Protest: yellowish pink
  ['15', '#654522'], // Exhibit force posture: yellowish brown
  ['16', '#b3446c'], // Reduce relations: purplish red
  ['17', '#875692'], // Coerce: purple
  ['18', '#e25822'], // Assault: reddish orange
  ['19', '#be0032'], // Fight: red
  ['20', '#882d17'], // Use unconventional mass violence: reddish brown
  ['POL', '#a21caf'], // Political process: magenta
  ['JUD', '#60a5fa'], // Courts: sky blue
  ['CER', '#e879f9'], // Ceremony: orchid
  ['HEA', '#5eead4'], // Health: aquamarine
  ['DIS', '#4d7c0f'], // Disaster or accident: olive green
  ['ECO', '#4ade80'], // Economy: light green
]);

const FAMILY_ORDER = [...FAMILY_COLOURS.keys()];

/** The colour of a family by its code; undefined for none or one this page does not know (a newer taxonomy's). */
export function familyColour(family: unknown): string | undefined {
  return typeof family === 'string' ? FAMILY_COLOURS.get(family) : undefined;
}

/** An event's family code, or null for another node or an event the taxonomy did not place. */
export function familyOf(data: { label?: unknown; family?: unknown }): string | null {
  return data.label === 'Event' && typeof data.family === 'string' && data.family ? data.family : null;
}

/** CAMEO's roots are two digits; the families outside it have letter codes. */
export const isCameoRoot = (code: string): boolean => /^\d\d$/.test(code);

/** A family as the legend lists it: how many events of it are on the canvas. */
export interface FamilyEntry {
  code: string;
  /** The taxonomy's name ('Coerce'), or the code when the server sent none. */
  name: string;
  count: number;
}

/** The families of the events among these nodes, in the taxonomy's order (unknown codes after, by code). */
export function familyEntries(nodes: Iterable<Record<string, unknown>>): FamilyEntry[] {
  const byCode = new Map<string, FamilyEntry>();
  for (const data of nodes) {
    const code = familyOf(data);
    if (code === null) continue;
    const entry = byCode.get(code);
    if (entry) entry.count++;
    else byCode.set(code, { code, name: familyLabelOf(data, code), count: 1 });
  }
  const rank = (code: string) => {
    const at = FAMILY_ORDER.indexOf(code);
    return at < 0 ? FAMILY_ORDER.length : at;
  };
  return [...byCode.values()].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

/** The taxonomy's name of an event's family, or its code when the server sent none. */
const familyLabelOf = (data: Record<string, unknown>, code: string): string =>
  typeof data.familyLabel === 'string' && data.familyLabel ? data.familyLabel : code;

/** A family named with its code where CAMEO has it: "Coerce (CAMEO 17)", "Political process". */
export function familyTitle(code: string, name: string): string {
  return isCameoRoot(code) ? `${name} (CAMEO ${code})` : name;
}

/** What the side panel says of an event: "arrest — Coerce (CAMEO 17)"; null for a node that is not one. */
export function eventKindLine(data: Record<string, unknown>): string | null {
  if (data.label !== 'Event' || typeof data.kind !== 'string' || !data.kind) return null;
  const code = familyOf(data);
  if (code === null) return data.kind;
  return `${data.kind} — ${familyTitle(code, familyLabelOf(data, code))}`;
}
