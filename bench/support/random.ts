/** Seeded randomness, so two runs of a benchmark build the same graph and the same articles. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** mulberry32: fast, 32-bit state, good enough for workloads (not for cryptography). */
  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Ranks drawn with probability ∝ 1/rank^s: a few items take most of the draws (news is about a few
 * people, reported by a few outlets), the long tail is rarely seen. Sampling is a binary search.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent = 1,
  ) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let i = 0; i < size; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = sum;
    }
    for (let i = 0; i < size; i++) this.cumulative[i] /= sum;
  }

  sample(random: Random): number {
    const u = random.next();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
