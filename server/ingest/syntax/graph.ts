import { Dependency, NlpToken } from '../../nlp/types';

export interface Edge {
  governor: number;
  relation: string;
  dependent: number;
}

/**
 * A sentence's enhanced++ dependency graph (CoreNLP's): a token may have several governors ("Putin" is the subject
 * of both "met" and "signed" in "Putin met Modi and signed …"), and relative clauses point back to their noun, so
 * walks keep a visited set. Indexes are the sentence's token indexes; the root's governor is -1.
 */
export class DependencyGraph {
  private readonly outgoing: Edge[][];
  private readonly incoming: Edge[][];

  constructor(
    readonly tokens: NlpToken[],
    deps: Dependency[] = [],
  ) {
    this.outgoing = tokens.map(() => []);
    this.incoming = tokens.map(() => []);
    for (const [governor, relation, dependent] of deps) {
      if (dependent < 0 || dependent >= tokens.length || governor >= tokens.length) continue;
      const edge = { governor, relation, dependent };
      if (governor >= 0) this.outgoing[governor].push(edge);
      this.incoming[dependent].push(edge);
    }
  }

  get size(): number {
    return this.tokens.length;
  }

  /** True when the engine parsed the sentence (the rules engine does not). */
  get parsed(): boolean {
    return this.incoming.some((edges) => edges.length > 0);
  }

  children(i: number): Edge[] {
    return this.outgoing[i] ?? [];
  }

  parents(i: number): Edge[] {
    return this.incoming[i] ?? [];
  }

  /** Dependents of i by a relation ("obl:in") or any relation a pattern matches (/^obl(:|$)/). */
  out(i: number, relation: string | RegExp): number[] {
    return this.children(i)
      .filter((e) => matches(e.relation, relation))
      .map((e) => e.dependent);
  }

  /** Governors of i by a relation. */
  in(i: number, relation: string | RegExp): number[] {
    return this.parents(i)
      .filter((e) => matches(e.relation, relation) && e.governor >= 0)
      .map((e) => e.governor);
  }

  isRoot(i: number): boolean {
    return this.parents(i).some((e) => e.governor < 0);
  }

  /**
   * Tokens reachable from i, not crossing the relations `stop` names (a clause's own words without the clauses it
   * embeds), i itself included.
   */
  reach(i: number, stop: (edge: Edge) => boolean = () => false): Set<number> {
    const seen = new Set<number>([i]);
    const queue = [i];
    while (queue.length) {
      const at = queue.pop()!;
      for (const e of this.children(at))
        if (!seen.has(e.dependent) && !stop(e)) {
          seen.add(e.dependent);
          queue.push(e.dependent);
        }
    }
    return seen;
  }

  /** Whether a dominates b (a path of governor → dependent edges leads from a to b). */
  dominates(a: number, b: number): boolean {
    return a !== b && this.reach(a).has(b);
  }

  /** The token of a span whose governors all lie outside it: the word a phrase hangs from. */
  headOf(first: number, last: number): number {
    for (let i = last; i >= first; i--)
      if (!this.parents(i).some((e) => e.governor >= first && e.governor <= last && e.governor !== i)) return i;
    return last;
  }
}

function matches(relation: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? relation === wanted : wanted.test(relation);
}
