import { DependencyGraph } from './graph';

/**
 * A subset of Semgrex, CoreNLP's pattern language over dependency graphs, read and matched here so that the rules
 * run (and are tested) without a JVM. Supported:
 *
 *   {}                          any token
 *   {lemma:meet;tag:/VB.*\/}    attributes, exact or /regex/ (the whole value must match); !/regex/ negates
 *   {}=name                     names the token (a name met again must be the same token)
 *   A >rel B    A <rel B        A governs B by rel / is governed by B by rel (rel: a name or /regex/;
 *                               none at all: any relation)
 *   A >> B      A << B          A dominates B / is dominated by B (any path)
 *   A !>rel B   A ?>rel B       no such B / B if there is one
 *   A >r B >s C                 both relations hold of A (as in Semgrex); A >r (B >s C) nests
 *
 * Attributes are looked up through the caller's function, so rules may ask what the pipeline knows of a token
 * (`{kind:Person}`, `{event:noun}`) besides the word, lemma, tag and NER CoreNLP gives.
 */

export type Attributes = (token: number, name: string) => string | undefined;

interface AttributeTest {
  name: string;
  value: string | RegExp;
  negated: boolean;
}

interface NodePattern {
  tests: AttributeTest[];
  name?: string;
  relations: RelationPattern[];
}

interface RelationPattern {
  direction: '>' | '<' | '>>' | '<<';
  relation?: string | RegExp;
  mode: 'must' | 'not' | 'optional';
  target: NodePattern;
}

export type Binding = Map<string, number>;

export class SemgrexSyntaxError extends Error {
  override name = 'SemgrexSyntaxError';
}

/** A compiled pattern: its source and the names it binds. */
export class Semgrex {
  readonly names: string[];
  private readonly root: NodePattern;

  constructor(readonly source: string) {
    const parser = new Parser(source);
    this.root = parser.parse();
    this.names = [];
    collectNames(this.root, this.names);
  }

  /** Every way the pattern matches the graph: one binding of its names per match, in token order. */
  matchAll(graph: DependencyGraph, attributes: Attributes): Binding[] {
    const results: Binding[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < graph.size; i++)
      for (const binding of matchNode(this.root, i, graph, attributes, new Map())) {
        const key = this.names.map((n) => binding.get(n) ?? -1).join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        results.push(binding);
      }
    return results;
  }
}

function collectNames(node: NodePattern, names: string[]): void {
  if (node.name && !names.includes(node.name)) names.push(node.name);
  for (const r of node.relations) collectNames(r.target, names);
}

function testsPass(tests: AttributeTest[], token: number, attributes: Attributes): boolean {
  return tests.every((t) => {
    const value = attributes(token, t.name);
    const hit = value !== undefined && (typeof t.value === 'string' ? value === t.value : t.value.test(value));
    return hit !== t.negated;
  });
}

/** Bindings under which `node` matches token i (extending `binding`). */
function* matchNode(
  node: NodePattern,
  i: number,
  graph: DependencyGraph,
  attributes: Attributes,
  binding: Binding,
): Generator<Binding> {
  if (node.name !== undefined) {
    const bound = binding.get(node.name);
    if (bound !== undefined && bound !== i) return;
  }
  if (!testsPass(node.tests, i, attributes)) return;
  const start = new Map(binding);
  if (node.name !== undefined) start.set(node.name, i);
  yield* matchRelations(node.relations, 0, i, graph, attributes, start);
}

function* matchRelations(
  relations: RelationPattern[],
  k: number,
  i: number,
  graph: DependencyGraph,
  attributes: Attributes,
  binding: Binding,
): Generator<Binding> {
  if (k === relations.length) {
    yield binding;
    return;
  }
  const r = relations[k];
  const candidates = related(r, i, graph);
  if (r.mode === 'not') {
    for (const j of candidates) for (const _ of matchNode(r.target, j, graph, attributes, binding)) return;
    yield* matchRelations(relations, k + 1, i, graph, attributes, binding);
    return;
  }
  let any = false;
  for (const j of candidates)
    for (const next of matchNode(r.target, j, graph, attributes, binding)) {
      any = true;
      yield* matchRelations(relations, k + 1, i, graph, attributes, next);
    }
  if (!any && r.mode === 'optional') yield* matchRelations(relations, k + 1, i, graph, attributes, binding);
}

function related(r: RelationPattern, i: number, graph: DependencyGraph): number[] {
  const fits = (relation: string) =>
    r.relation === undefined || (typeof r.relation === 'string' ? relation === r.relation : r.relation.test(relation));
  switch (r.direction) {
    case '>':
      return graph
        .children(i)
        .filter((e) => fits(e.relation))
        .map((e) => e.dependent);
    case '<':
      return graph
        .parents(i)
        .filter((e) => e.governor >= 0 && fits(e.relation))
        .map((e) => e.governor);
    case '>>':
      return [...graph.reach(i)].filter((j) => j !== i);
    case '<<':
      return Array.from({ length: graph.size }, (_, j) => j).filter((j) => graph.dominates(j, i));
  }
}

/** Recursive descent over the pattern text. */
class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  parse(): NodePattern {
    const node = this.nodeExpression();
    this.space();
    if (this.at < this.text.length) this.fail('unexpected text');
    return node;
  }

  private nodeExpression(): NodePattern {
    this.space();
    let node: NodePattern;
    if (this.peek() === '(') {
      this.at++;
      node = this.nodeExpression();
      this.expect(')');
    } else node = this.node();
    for (;;) {
      this.space();
      const c = this.peek();
      if (c !== '>' && c !== '<' && c !== '!' && c !== '?') break;
      node.relations.push(this.relation());
    }
    return node;
  }

  private node(): NodePattern {
    this.expect('{');
    const tests: AttributeTest[] = [];
    this.space();
    while (this.peek() !== '}') {
      const name = this.word();
      this.expect(':');
      const negated = this.peek() === '!';
      if (negated) this.at++;
      const value = this.peek() === '/' ? this.regex() : this.value();
      tests.push({ name, value, negated });
      this.space();
      if (this.peek() === ';') this.at++;
      else if (this.peek() !== '}') this.fail("expected ';' or '}'");
      this.space();
    }
    this.at++;
    const node: NodePattern = { tests, relations: [] };
    if (this.peek() === '=') {
      this.at++;
      node.name = this.word();
    }
    return node;
  }

  private relation(): RelationPattern {
    let mode: RelationPattern['mode'] = 'must';
    if (this.peek() === '!') mode = 'not';
    if (this.peek() === '?') mode = 'optional';
    if (mode !== 'must') this.at++;
    const first = this.peek();
    if (first !== '>' && first !== '<') this.fail("expected '>' or '<'");
    this.at++;
    let direction: RelationPattern['direction'] = first;
    if (this.peek() === first) {
      this.at++;
      direction = first === '>' ? '>>' : '<<';
    }
    let relation: string | RegExp | undefined;
    if (direction === '>' || direction === '<') {
      if (this.peek() === '/') relation = this.regex();
      else if (/[\w:]/.test(this.peek())) relation = this.value();
    }
    this.space();
    const target = this.peek() === '(' ? this.parenthesised() : this.node();
    return { direction, relation, mode, target };
  }

  private parenthesised(): NodePattern {
    this.expect('(');
    const node = this.nodeExpression();
    this.space();
    this.expect(')');
    return node;
  }

  private regex(): RegExp {
    this.expect('/');
    let body = '';
    while (this.at < this.text.length && this.peek() !== '/') {
      if (this.peek() === '\\' && this.text[this.at + 1] === '/') {
        body += '/';
        this.at += 2;
        continue;
      }
      body += this.text[this.at++];
    }
    this.expect('/');
    try {
      // Semgrex regexes match the whole value.
      return new RegExp(`^(?:${body})$`, 'u');
    } catch {
      this.fail(`bad regex /${body}/`);
    }
  }

  private value(): string {
    const m = /^[^;}\s()/]+/u.exec(this.text.slice(this.at));
    if (!m) this.fail('expected a value');
    this.at += m[0].length;
    return m[0];
  }

  private word(): string {
    this.space();
    const m = /^[A-Za-z_][\w]*/.exec(this.text.slice(this.at));
    if (!m) this.fail('expected a name');
    this.at += m[0].length;
    return m[0];
  }

  private expect(c: string): void {
    this.space();
    if (this.peek() !== c) this.fail(`expected '${c}'`);
    this.at++;
  }

  private peek(): string {
    return this.text[this.at] ?? '';
  }

  private space(): void {
    while (/\s/.test(this.peek())) this.at++;
  }

  private fail(message: string): never {
    throw new SemgrexSyntaxError(`${message} at ${this.at} in ${JSON.stringify(this.text)}`);
  }
}
