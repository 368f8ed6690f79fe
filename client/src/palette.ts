/**
 * Label colours for any graph: a fixed colour for Readout's own kinds, and for every other label the next palette
 * colour not used on this graph, remembered so a label keeps its colour from one session (and graph) to the next.
 * Pure functions: the caller passes what was remembered and stores what comes back.
 */

/**
 * Kelly's colours of maximum contrast without white, black and the near-black olive (which hid the selection
 * border), plus a teal Kelly lacks. Ordered as Kelly ordered them: the first few are the most distinct, and small
 * graphs only use those. Every pair is at least 15 ΔE (CIE76) apart.
 */
export const PALETTE = [
  '#f3c300',
  '#875692',
  '#f38400',
  '#a1caf1',
  '#be0032',
  '#c2b280',
  '#848482',
  '#008856',
  '#e68fac',
  '#0067a5',
  '#f99379',
  '#604e97',
  '#f6a600',
  '#b3446c',
  '#dcd300',
  '#882d17',
  '#8db600',
  '#654522',
  '#e25822',
  '#00a6a6',
];

/** Below this ΔE a palette colour would pass for a colour already on the graph (e.g. one of Readout's kinds). */
const TOO_CLOSE = 10;

/** CIE L*a*b* (D65) of a #rrggbb colour. */
export function hexToLab(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 colour difference: about 2.3 is just noticeable, above 15 two colours read as different hues. */
export function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = hexToLab(a);
  const [l2, a2, b2] = hexToLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

export interface ColourAssignment {
  /** The colour of every label asked about. */
  colours: Record<string, string>;
  /** What to remember from now on: the previous memory plus the labels seen for the first time. */
  remembered: Record<string, string>;
}

/**
 * Colours for one graph's labels. Fixed colours first, then remembered ones (unless another label on this graph
 * already holds that colour, or one too close to it), then new labels in name order take the first free palette
 * colour. Once the palette is spent, the least used colour is shared. Same input, same output.
 */
export function assignColours(
  labels: string[],
  fixed: Record<string, string>,
  remembered: Record<string, string>,
  palette: string[] = PALETTE,
): ColourAssignment {
  const colours: Record<string, string> = {};
  const memory = { ...remembered };
  const used: string[] = [];
  const free = (colour: string) => used.every((u) => u !== colour && deltaE(u, colour) >= TOO_CLOSE);
  const take = (label: string, colour: string) => {
    colours[label] = colour;
    used.push(colour);
  };
  const sorted = [...new Set(labels)].sort();
  for (const label of sorted) if (Object.hasOwn(fixed, label)) take(label, fixed[label]);
  const open = sorted.filter((l) => !Object.hasOwn(colours, l));
  for (const label of open) if (Object.hasOwn(memory, label) && free(memory[label])) take(label, memory[label]);
  for (const label of open) {
    if (Object.hasOwn(colours, label)) continue;
    const colour = palette.find(free) ?? leastUsed(palette, used);
    take(label, colour);
    // A label seen before keeps its remembered colour for the graphs where it is free.
    if (!Object.hasOwn(memory, label)) memory[label] = colour;
  }
  return { colours, remembered: memory };
}

function leastUsed(palette: string[], used: string[]): string {
  const uses = (colour: string) => used.filter((u) => u === colour).length;
  return palette.reduce((best, colour) => (uses(colour) < uses(best) ? colour : best), palette[0]);
}
