import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import { CatalogueService } from '../../server/services/catalogue-service';
import { createSearchIndex, SEARCH_INDEX } from '../../server/services/search-index';
import { appFor } from '../support/app';
import { buildPoliceGraph, PoliceFacts } from '../support/foreign-graphs/police';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';

interface Hit {
  id: string;
  name: string;
  labels: string[];
  matched: { key: string; value: string } | null;
}

/** A POLE-like police graph (13 labels, first names on Person, a shopping centre with 1,100 crimes). */
describe('API on a police graph, scanned and then indexed', function () {
  this.timeout(240_000);
  let neo4j: TestNeo4j;
  let app: Express;
  let facts: PoliceFacts;
  const search = async (q: string, label?: string): Promise<Hit[]> =>
    (
      await request(app)
        .get('/api/search')
        .query({ q, ...(label ? { label } : {}) })
        .expect(200)
    ).body.hits;

  before(async () => {
    neo4j = await startTestNeo4j('police', { readoutSchema: false });
    facts = await buildPoliceGraph(neo4j.executor);
    app = appFor(neo4j);
  });
  after(async () => neo4j?.stop());

  /** Surname, number plate, postcode, address: each found, by the property that holds it. */
  async function findsEveryKind(): Promise<void> {
    const person = facts.uniquePerson;
    const [byName] = await search(person.surname);
    expect(byName.name).to.equal(`${person.name} ${person.surname}`);
    expect(byName.matched?.key).to.equal('surname');
    const [plate] = await search(facts.vehicle.reg);
    expect(plate.labels).to.include('Vehicle');
    const postcode = await search(facts.postcode.code, 'PostCode');
    expect(postcode[0].name).to.equal(facts.postcode.code);
    const address = await search(facts.location.address, 'Location');
    expect(address[0].name).to.equal(facts.location.address);
    const byPhone = await search(person.phoneNo);
    expect(byPhone.map((h) => h.labels[0])).to.include('Phone');
  }

  it('captions a person by first name and surname, and finds every kind of thing by a bounded scan', async () => {
    const { body } = await request(app).get('/api/schema').expect(200);
    const person = body.labels.find((l: { label: string }) => l.label === 'Person');
    expect(person.caption).to.deep.equal(['name', 'surname']);
    expect(body.labels).to.have.length(13);
    await findsEveryKind();
  });

  it('finds the same through the full-text index `npm run search-index` creates, and only then writes one', async () => {
    const before = await neo4j.executor.readText('SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names');
    expect(before[0].names).to.not.include(SEARCH_INDEX);
    const statement = await createSearchIndex(neo4j.executor, new CatalogueService(neo4j.executor));
    expect(statement)
      .to.match(/`Person`/)
      .and.match(/`surname`/);
    app = appFor(neo4j); // a fresh app: the index list is cached for 30 s
    await findsEveryKind();
    // A typo still finds the person through Lucene's fuzzy terms, which a substring scan cannot.
    const typo = facts.uniquePerson.surname.slice(0, -1) + 'x';
    expect((await search(typo)).map((h) => h.name)).to.include(
      `${facts.uniquePerson.name} ${facts.uniquePerson.surname}`,
    );
  });
});
