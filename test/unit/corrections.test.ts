import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { applyCorrections, CorrectionChange, nodeFixes, toldProps } from '../../server/ingest/load/corrections';
import { ArticleGraph, EntityRef, Fact } from '../../server/ingest/types';

const person = (id: string, name: string, aliases = [name]) =>
  ({ id: `person:${id}`, kind: 'Person', name, aliases }) as EntityRef & { aliases: string[] };
const ana = person('ana-ruiz', 'Ana Ruiz', ['Ana Ruiz', 'Ruiz']);
const anaTwin = person('a-ruiz', 'A. Ruiz');
const tom = person('tom-berg', 'Tom Berg');
const talks: EntityRef = {
  id: 'event:meeting:2024-05-02:x',
  kind: 'Event',
  name: 'Meeting: x',
  props: { kind: 'meeting', date: '2024-05-02' },
};
const fact = (from: string, to: string, sentences: number[], type: Fact['type'] = 'PARTICIPATED_IN'): Fact => ({
  type,
  from,
  to,
  key: '',
  props: {},
  rule: 'test',
  sentences,
});

// Sentences: 0 "Ana Ruiz met Tom Berg.", 1 "Ruiz said so.", 2 "A. Ruiz left."
const graph: ArticleGraph = {
  article: { id: 'a1', file: null, title: null, url: null, publishedAt: null, outlet: null },
  sentences: ['Ana Ruiz met Tom Berg.', 'Ruiz said so.', 'A. Ruiz left.'],
  entities: [ana, anaTwin, tom, talks],
  mentions: [
    { sentence: 0, start: 0, end: 8, text: 'Ana Ruiz', entity: ana, rule: 'ner' },
    { sentence: 0, start: 13, end: 21, text: 'Tom Berg', entity: tom, rule: 'ner' },
    { sentence: 1, start: 0, end: 4, text: 'Ruiz', entity: ana, rule: 'ner' },
    { sentence: 2, start: 0, end: 7, text: 'A. Ruiz', entity: anaTwin, rule: 'ner' },
  ],
  facts: [
    fact(ana.id, talks.id, [0]),
    fact(tom.id, talks.id, [0]),
    fact(anaTwin.id, talks.id, [2]),
    fact(ana.id, tom.id, [1], 'CONCERNS'),
  ],
};
const apply = (change: CorrectionChange) => applyCorrections(graph, [{ id: 'c1', change }]);
const target = (e: EntityRef) => ({ id: e.id, name: e.name, kind: e.kind });

describe('corrections applied to an extraction', () => {
  it('merge: the absorbed entity is gone, its mentions and facts point to the kept one, same facts joined', () => {
    const out = apply({ kind: 'merge', keep: target(ana), absorb: target(anaTwin) });
    expect(out.entities.map((e) => e.id)).not.to.include(anaTwin.id);
    expect(out.mentions.filter((m) => m.entity.id === ana.id).map((m) => m.text)).to.deep.equal([
      'Ana Ruiz',
      'Ruiz',
      'A. Ruiz',
    ]);
    const participation = out.facts.filter((f) => f.from === ana.id && f.to === talks.id);
    expect(participation).to.have.length(1);
    expect(participation[0].sentences).to.deep.equal([0, 2]);
    expect((out.entities.find((e) => e.id === ana.id) as unknown as { aliases: string[] }).aliases).to.include(
      'A. Ruiz',
    );
  });

  it('merge into an entity the article does not name: the absorbed one takes the kept id and name', () => {
    const elsewhere = { id: 'person:ana-ruiz-lopez', name: 'Ana Ruiz López', kind: 'Person' as const };
    const out = apply({ kind: 'merge', keep: elsewhere, absorb: target(anaTwin) });
    const kept = out.entities.find((e) => e.id === elsewhere.id)!;
    expect(kept.name).to.equal('Ana Ruiz López');
    expect(out.facts.some((f) => f.from === elsewhere.id)).to.equal(true);
  });

  it('merge that would make a fact from an entity to itself drops that fact', () => {
    const out = apply({ kind: 'merge', keep: target(ana), absorb: target(tom) });
    expect(out.facts.filter((f) => f.type === 'CONCERNS')).to.deep.equal([]);
  });

  it('merge of an event: a telling folded into the absorbed one goes to the kept one, as the reload folds it', () => {
    // The article names the event by its own telling (talks), folded into `absorbed` by an earlier load.
    const absorbed = { id: 'event:meeting:2024-05-03:x', name: 'Meeting: x, 2024-05-03', kind: 'Event' as const };
    const kept = { id: 'event:meeting:2024-06-01:x', name: 'Meeting: x, 2024-06-01', kind: 'Event' as const };
    const merge = { kind: 'merge' as const, keep: kept, absorb: absorbed };
    const withTellings = applyCorrections(graph, [{ id: 'c1', change: { ...merge, tellings: [talks.id] } }]);
    const ids = withTellings.entities.map((e) => e.id);
    expect(ids).to.include(kept.id).and.not.include(talks.id).and.not.include(absorbed.id);
    expect(withTellings.facts.filter((f) => f.to === kept.id)).to.have.length(3);
    // What the correction's own reload makes: the telling folded back where it was, then the merge.
    const refolded = applyCorrections(graph, [
      { id: 'fold', change: { kind: 'fold', from: talks.id, into: absorbed } },
      { id: 'c1', change: merge },
    ]);
    expect(withTellings).to.deep.equal(refolded);
    // Without the record of its tellings the merge misses the article altogether.
    expect(applyCorrections(graph, [{ id: 'c1', change: merge }])).to.equal(graph);
  });

  it('split: mentions by the alias and the facts only they state go to the new entity', () => {
    const into = { id: 'person:ruiz', name: 'Ruiz', kind: 'Person' as const };
    const out = apply({ kind: 'split', entity: ana.id, alias: 'ruiz', into });
    expect(out.mentions.filter((m) => m.entity.id === into.id).map((m) => m.sentence)).to.deep.equal([1]);
    expect(out.facts.find((f) => f.type === 'CONCERNS')!.from).to.equal(into.id);
    expect(out.facts.find((f) => f.to === talks.id && f.sentences[0] === 0 && f.from !== tom.id)!.from).to.equal(
      ana.id,
    );
    expect((out.entities.find((e) => e.id === ana.id) as unknown as { aliases: string[] }).aliases).to.deep.equal([
      'Ana Ruiz',
    ]);
  });

  it('split of an alias this article never uses changes nothing', () => {
    const into = { id: 'person:r', name: 'R', kind: 'Person' as const };
    expect(apply({ kind: 'split', entity: ana.id, alias: 'R', into })).to.equal(graph);
  });

  it('reject: the fact goes, only it', () => {
    const out = apply({ kind: 'reject', fact: { type: 'PARTICIPATED_IN', from: tom.id, to: talks.id } });
    expect(out.facts).to.have.length(graph.facts.length - 1);
    expect(out.facts.some((f) => f.from === tom.id)).to.equal(false);
  });

  it('fix-event: date, kind and name of the event, marked as corrected', () => {
    const out = apply({
      kind: 'fix-event',
      event: talks.id,
      date: '2024-05-03',
      eventKind: 'call',
      name: 'Call: x, 2024-05-03',
    });
    const event = out.entities.find((e) => e.id === talks.id)!;
    expect(event.props).to.include({ date: '2024-05-03', kind: 'call', dateRule: 'corrected' });
  });

  it('fix-event: what was told stays beside the fix, and a second fix keeps the first fix out of it', () => {
    const out = applyCorrections(graph, [
      { id: 'c1', change: { kind: 'fix-event', event: talks.id, eventKind: 'call', name: 'Call: x, 2024-05-02' } },
      { id: 'c2', change: { kind: 'fix-event', event: talks.id, date: '2024-05-03', name: 'Call: x, 2024-05-03' } },
    ]);
    const event = out.entities.find((e) => e.id === talks.id)!;
    expect(event.props).to.include({ corrected: true, toldKind: 'meeting', toldDate: '2024-05-02', kind: 'call' });
  });

  it('fix-event on an event another telling was folded into: marked as fixed, nothing claimed as told', () => {
    const into = { id: 'event:call:2024-05-02:y', name: 'Call: y', kind: 'Event' as const };
    const out = applyCorrections(graph, [
      { id: 'fold', change: { kind: 'fold', from: talks.id, into } },
      { id: 'c1', change: { kind: 'fix-event', event: into.id, eventKind: 'summit', name: 'Summit: y' } },
      { id: 'c2', change: { kind: 'fix-event', event: into.id, date: '2024-05-01', name: 'Summit: y, 2024-05-01' } },
    ]);
    const event = out.entities.find((e) => e.id === into.id)!;
    expect(event.props).to.include({ corrected: true, kind: 'summit', date: '2024-05-01' });
    expect(event.props).to.not.have.any.keys('toldKind', 'toldDate');
  });

  it('rename: the new name, the old one kept as an alias', () => {
    const out = apply({ kind: 'rename', entity: tom.id, name: 'Thomas Berg' });
    const renamed = out.entities.find((e) => e.id === tom.id) as EntityRef & { aliases: string[] };
    expect(renamed.name).to.equal('Thomas Berg');
    expect(renamed.aliases).to.deep.equal(['Tom Berg', 'Thomas Berg']);
  });

  it('corrections apply in the order they were made: a rename after a merge renames the merged entity', () => {
    const out = applyCorrections(graph, [
      { id: 'c1', change: { kind: 'merge', keep: target(ana), absorb: target(anaTwin) } },
      { id: 'c2', change: { kind: 'rename', entity: ana.id, name: 'Ana María Ruiz' } },
    ]);
    expect(out.entities.filter((e) => e.name === 'Ana María Ruiz')).to.have.length(1);
  });

  it('a fold stands while the telling keeps its parties, and falls when a split changes who took part', () => {
    const into = { id: 'event:meeting:2024-05-01:x', name: 'Meeting: x', kind: 'Event' as const };
    const fold = { id: 'fold:x', change: { kind: 'fold' as const, from: talks.id, into } };
    expect(applyCorrections(graph, [fold]).entities.map((e) => e.id))
      .to.include(into.id)
      .and.not.include(talks.id);
    const otherTwin = {
      id: 'c1',
      change: { kind: 'split' as const, entity: anaTwin.id, alias: 'A. Ruiz', into: target(person('a', 'A')) },
    };
    expect(applyCorrections(graph, [fold, otherTwin]).entities.map((e) => e.id)).to.include(talks.id);
    const rename = { id: 'c2', change: { kind: 'rename' as const, entity: tom.id, name: 'Thomas Berg' } };
    expect(applyCorrections(graph, [fold, rename]).entities.map((e) => e.id)).to.not.include(talks.id);
  });

  it('node fixes: what must hold on nodes whatever is loaded (names, an alias taken off)', () => {
    const fixes = nodeFixes([
      { id: 'c1', change: { kind: 'rename', entity: tom.id, name: 'Thomas Berg' } },
      {
        id: 'c2',
        change: {
          kind: 'split',
          entity: ana.id,
          alias: 'Ruiz',
          into: { id: 'person:ruiz', name: 'Ruiz', kind: 'Person' },
        },
      },
    ]);
    expect(fixes.map((f) => [f.id, f.name, f.dropAlias])).to.deep.equal([
      [tom.id, 'Thomas Berg', null],
      [ana.id, null, 'Ruiz'],
      ['person:ruiz', 'Ruiz', null],
    ]);
  });
});

describe('told values: one list in TypeScript and Cypher', () => {
  // TypeScript keeps them at the first fix of an article's telling, Cypher at the first fix of a node and drops
  // them when the last fix is undone: a field missing from one list would outlive an undo or never be told.
  const told = (text: string) => [...new Set(text.match(/\btold[A-Z]\w*/g) ?? [])].sort();
  const cypher = (file: string) =>
    fs.readFileSync(path.join(__dirname, '../../cypher/queries/corrections', file), 'utf8');
  const kept = Object.keys(toldProps('Call: A – B', { kind: 'call', date: '2025-03-03' })).filter((k) =>
    k.startsWith('told'),
  );
  it('the first fix of a node keeps what an article telling keeps', () =>
    expect(
      told(
        cypher('apply-node-fixes.cypher')
          .split('\n')
          .filter((l) => !l.startsWith('//'))
          .join('\n'),
      ),
    ).to.deep.equal(kept.sort()));
  it('undoing the last fix removes every one of them', () => {
    const remove = /REMOVE[^)]*/.exec(cypher('restore-node.cypher'))![0];
    expect(told(remove)).to.deep.equal(kept.sort());
  });
});
