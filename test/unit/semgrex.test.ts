import { expect } from 'chai';
import { Dependency, NlpToken } from '../../server/nlp/types';
import { DependencyGraph } from '../../server/ingest/syntax/graph';
import { Semgrex, SemgrexSyntaxError } from '../../server/ingest/syntax/semgrex';

/**
 * The Semgrex subset the event rules are written in, on a graph built by hand for "Putin held talks with Modi in
 * Moscow on Monday" (the enhanced++ edges CoreNLP gives that sentence).
 */

const words = ['Putin', 'held', 'talks', 'with', 'Modi', 'in', 'Moscow', 'on', 'Monday'];
const tags = ['NNP', 'VBD', 'NNS', 'IN', 'NNP', 'IN', 'NNP', 'IN', 'NNP'];
const lemmas = ['Putin', 'hold', 'talk', 'with', 'Modi', 'in', 'Moscow', 'on', 'Monday'];
const tokens: NlpToken[] = words.map((text, i) => ({
  text,
  start: 0,
  end: 0,
  pos: 'X',
  tag: tags[i],
  lemma: lemmas[i],
  ner: 'O',
  ...(text === 'Monday' ? { timex: '2024-07-08' } : {}),
}));
const deps: Dependency[] = [
  [-1, 'root', 1],
  [1, 'nsubj', 0],
  [1, 'obj', 2],
  [4, 'case', 3],
  [2, 'nmod:with', 4],
  [6, 'case', 5],
  [1, 'obl:in', 6],
  [8, 'case', 7],
  [1, 'obl:on', 8],
];
const graph = new DependencyGraph(tokens, deps);
const kinds: Record<number, string> = { 0: 'Person', 4: 'Person', 6: 'Place' };
const attributes = (i: number, name: string) => {
  const t = tokens[i];
  if (name === 'kind') return kinds[i];
  if (name === 'pred') return i === 2 ? 'NOUN' : undefined;
  return { word: t.text, lemma: t.lemma, tag: t.tag, timex: t.timex }[name];
};
const names = (pattern: string, name: string) =>
  new Semgrex(pattern).matchAll(graph, attributes).map((b) => words[b.get(name)!]);

describe('Semgrex subset', () => {
  it('an attribute, exact', () => expect(names('{lemma:hold}=v', 'v')).to.deep.equal(['held']));
  it('an attribute, by regex on the whole value', () =>
    expect(names('{tag:/NN.*/}=n', 'n')).to.deep.equal(['Putin', 'talks', 'Modi', 'Moscow', 'Monday']));
  it('a regex matches the whole value, not a part of it', () => expect(names('{tag:/NN/}=n', 'n')).to.deep.equal([]));
  it('a negated attribute', () =>
    expect(names('{tag:/NN.*/;kind:!/Person/}=n', 'n')).to.have.members(['talks', 'Moscow', 'Monday']));
  it('governs: A >rel B', () => expect(names('{lemma:hold} >nsubj {}=s', 's')).to.deep.equal(['Putin']));
  it('governs by a relation regex', () =>
    expect(names('{lemma:hold} >/obl:.*/ {}=o', 'o')).to.deep.equal(['Moscow', 'Monday']));
  it('is governed: A <rel B', () => expect(names('{}=x <obj {lemma:hold}', 'x')).to.deep.equal(['talks']));
  it('several relations of one node', () =>
    expect(names('{lemma:hold}=v >nsubj {kind:Person} >obl:in {kind:Place}=l', 'l')).to.deep.equal(['Moscow']));
  it('a nested pattern in brackets', () =>
    expect(names('{pred:NOUN}=e </obj/ ({}=v >nsubj {}=p)', 'p')).to.deep.equal(['Putin']));
  it('negation: no such relation', () => expect(names('{tag:/NNP/}=n !<nsubj {}', 'n')).to.not.include('Putin'));
  it('optional: bound when there', () => {
    const [binding] = new Semgrex('{lemma:hold}=v ?>obj {}=o ?>iobj {}=i').matchAll(graph, attributes);
    expect([binding.get('o'), binding.get('i')]).to.deep.equal([2, undefined]);
  });
  it('dominates: A >> B', () => expect(names('{lemma:talk} >> {}=d', 'd')).to.have.members(['with', 'Modi']));
  it('a name met twice is one token', () =>
    expect(new Semgrex('{}=a >nsubj {}=b <nsubj {}=a').matchAll(graph, attributes)).to.deep.equal([]));
  it('a date attribute the caller gives', () => expect(names('{timex:/.+/}=t', 't')).to.deep.equal(['Monday']));
  it('a syntax error names where it is', () =>
    expect(() => new Semgrex('{lemma:hold >nsubj {}')).to.throw(SemgrexSyntaxError, /at \d+/));
  it('an unclosed regex is an error', () => expect(() => new Semgrex('{lemma:/hold}')).to.throw(SemgrexSyntaxError));
});

describe('dependency graph', () => {
  it('the head of a span is the token its governors lie outside of', () => expect(graph.headOf(3, 4)).to.equal(4));
  it('reach stops where told', () =>
    expect([...graph.reach(1, (e) => e.relation.startsWith('obl'))].sort()).to.deep.equal([0, 1, 2, 3, 4]));
  it('parsed: a graph with edges', () => expect(graph.parsed).to.equal(true));
  it('not parsed: the rules engine gives none', () => expect(new DependencyGraph(tokens).parsed).to.equal(false));
});
