/**
 * Which tokens tell one group of texts apart from the others: the log-odds ratio with an informative Dirichlet
 * prior of Monroe, Colaresi and Quinn, "Fightin' Words" (Political Analysis, 2008), section 3.5. Each group is
 * set against all the others pooled; the prior is the tokens' frequency over every group, so a word common
 * everywhere is expected everywhere and a word said once is never "distinctive" (its variance swamps it).
 * Pure: counts in, z-scores out.
 */

/** How many tokens each group uses, token → count. */
export type TokenCounts = Map<string, number>;

export interface Distinctive {
  token: string;
  /** Uses in this group. */
  count: number;
  /** The log-odds ratio divided by its standard deviation: how many deviations above "no difference". */
  z: number;
}

export interface FightinWordsOptions {
  /**
   * α0, the prior's total weight in pseudo-counts. Monroe et al. scale it to the corpus; with the few hundred words
   * of one event's readouts, a prior as heavy as the data keeps a single word from swinging the odds.
   */
  priorWeight?: number;
  /** The least z that counts as distinctive; 1.645 is one-sided 95%. */
  minZ?: number;
}

const DEFAULT_MIN_Z = 1.645;

const total = (counts: TokenCounts) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** z-score of every token of group `i` against the other groups pooled (equations 16, 18–20 of the paper). */
export function logOddsZ(groups: TokenCounts[], i: number, priorWeight?: number): Distinctive[] {
  const pooled: TokenCounts = new Map();
  for (const g of groups) for (const [t, n] of g) pooled.set(t, (pooled.get(t) ?? 0) + n);
  const all = total(pooled);
  if (!all) return [];
  const a0 = priorWeight ?? all;
  const own = groups[i];
  const nI = total(own);
  const nJ = all - nI;
  const out: Distinctive[] = [];
  for (const [token, count] of own) {
    const a = (a0 * (pooled.get(token) ?? 0)) / all;
    const yI = count;
    const yJ = (pooled.get(token) ?? 0) - yI;
    const delta = Math.log((yI + a) / (nI + a0 - yI - a)) - Math.log((yJ + a) / (nJ + a0 - yJ - a));
    const variance = 1 / (yI + a) + 1 / (yJ + a);
    out.push({ token, count, z: delta / Math.sqrt(variance) });
  }
  return out.sort((x, y) => y.z - x.z || x.token.localeCompare(y.token));
}

/** Per group, its distinctive tokens, most distinctive first. With fewer than two groups nothing is told apart. */
export function distinctiveTokens(groups: TokenCounts[], options: FightinWordsOptions = {}): Distinctive[][] {
  if (groups.length < 2) return groups.map(() => []);
  const minZ = options.minZ ?? DEFAULT_MIN_Z;
  return groups.map((_, i) => logOddsZ(groups, i, options.priorWeight).filter((d) => d.z >= minZ));
}
