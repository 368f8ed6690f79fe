import { expect } from 'chai';
import { Express } from 'express';
import request from 'supertest';
import { buildRetailGraph, RetailFacts } from '../support/foreign-graphs/retail';
import { appFor } from '../support/app';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';

interface NodeData {
  id: string;
  elementId: string;
  label: string;
  caption: string;
  name: string;
  [key: string]: unknown;
}
const ELEMENT_ID = /^\d+:[0-9a-f-]{36}:\d+$/;

/** A Northwind-like graph with no `name` anywhere and awkward ids, in its own throwaway Neo4j. */
describe('API on a retail graph (no name anywhere, awkward ids)', function () {
  this.timeout(240_000);
  let neo4j: TestNeo4j;
  let app: Express;
  let facts: RetailFacts;
  let busyCustomerId: string;

  before(async () => {
    neo4j = await startTestNeo4j('retail', { readoutSchema: false });
    facts = await buildRetailGraph(neo4j.executor);
    app = appFor(neo4j);
    const hit = await request(app).get('/api/search').query({ q: facts.busyCustomer.customerID, label: 'Customer' });
    busyCustomerId = hit.body.hits[0].id;
  });
  after(async () => neo4j?.stop());

  it('chooses a caption per label from the data, and says which labels’ ids are unique', async () => {
    const { body } = await request(app).get('/api/schema').expect(200);
    const byLabel = Object.fromEntries(body.labels.map((l: { label: string }) => [l.label, l]));
    expect(body.news).to.equal(false);
    expect(byLabel.Product.caption).to.deep.equal(['productName']);
    expect(byLabel.Category.caption).to.deep.equal(['categoryName']);
    expect(byLabel.Employee.caption).to.deep.equal(['firstName', 'lastName']);
    expect(byLabel.Customer.caption[0]).to.match(/Name$/);
    expect(byLabel.Product.searchable).to.include.members(['productName', 'quantityPerUnit']);
    expect(byLabel.Product.idKey).to.equal('id');
    expect(byLabel.Order.idKey).to.equal('id');
    expect(byLabel.Employee.idKey, 'two employees share an id').to.equal(null);
    expect(byLabel.Shipper.idKey, 'float ids').to.equal(null);
  });

  it('captions every node readably: no elementIds, employees by their names, not their job title', async () => {
    const top = facts.topManager;
    const hit = (await request(app).get('/api/search').query({ q: top.lastName, label: 'Employee' })).body.hits[0];
    expect(hit.name).to.equal(`${top.firstName} ${top.lastName}`);
    const sub = await request(app).get('/api/subgraph').query({ id: hit.id, depth: 2, limit: 200 }).expect(200);
    expect(sub.body.nodes.length).to.be.greaterThan(20);
    for (const n of sub.body.nodes as { data: NodeData }[]) {
      expect(n.data.caption, n.data.label).to.be.a('string').and.not.match(ELEMENT_ID).and.not.equal('');
      expect(n.data.name).to.equal(n.data.caption);
    }
  });

  it('never gives two elements one id: colliding, duplicate and float ids fall back safely', async () => {
    const clash = facts.idCollision;
    const product = await request(app)
      .get('/api/node')
      .query({ id: `Product:${clash.id}` })
      .expect(200);
    const order = await request(app)
      .get('/api/node')
      .query({ id: `Order:${clash.id}` })
      .expect(200);
    expect(product.body.data.caption).to.equal(clash.productName);
    expect(order.body.data.orderDate).to.equal(clash.orderDate);
    expect(product.body.data.elementId).to.not.equal(order.body.data.elementId);
    const employees = await Promise.all(
      facts.sharedEmployeeId.employees.map(
        async (e) => (await request(app).get('/api/search').query({ q: e.lastName, label: 'Employee' })).body.hits[0],
      ),
    );
    expect(employees[0].id).to.match(ELEMENT_ID);
    expect(employees[0].id).to.not.equal(employees[1].id);
    const shipper = (await request(app).get('/api/search').query({ q: facts.shippers[0].companyName })).body.hits[0];
    expect(shipper.id).to.match(ELEMENT_ID);
    // Every id a hit gives opens that very node.
    for (const hit of [...employees, shipper]) {
      const node = await request(app).get('/api/node').query({ id: hit.id }).expect(200);
      expect(node.body.data.id).to.equal(hit.id);
    }
    await request(app).get('/api/node').query({ id: 'Product:999999' }).expect(404);
    await request(app).get('/api/node').query({ id: '0' }).expect(404);
  });

  it('searches every string property, says which matched, and tells similar products apart', async () => {
    const contact = await request(app)
      .get('/api/search')
      .query({ q: facts.quietCustomer.contactName, label: 'Customer' })
      .expect(200);
    expect(contact.body.hits[0].matched.key).to.equal('contactName');
    expect(contact.body.hits[0].name).to.not.equal('');
    const [a, b] = facts.similarProducts[0];
    const similar = await request(app).get('/api/search').query({ q: a.productName, label: 'Product' }).expect(200);
    const hits = similar.body.hits as { name: string; detail: { key: string; value: string } | null }[];
    const ha = hits.find((h) => h.name === a.productName)!;
    const hb = hits.find((h) => h.name === b.productName)!;
    expect(ha, 'both products found').to.not.equal(undefined);
    expect(hb, 'both products found').to.not.equal(undefined);
    expect(hits[0].name, 'the exact name first').to.equal(a.productName);
    expect(ha.detail).to.not.equal(null);
    expect(`${ha.detail!.key}=${ha.detail!.value}`).to.not.equal(`${hb.detail!.key}=${hb.detail!.value}`);
    // A city, and a whole number (an order's number).
    const city = await request(app).get('/api/search').query({ q: facts.supplier.companyName }).expect(200);
    expect(city.body.hits[0].labels).to.include('Supplier');
    const byNumber = await request(app)
      .get('/api/search')
      .query({ q: String(facts.idCollision.id), label: 'Order' });
    expect(byNumber.body.hits.map((h: { id: string }) => h.id)).to.include(`Order:${facts.idCollision.id}`);
    // Only the fields asked for.
    const narrowed = await request(app)
      .get('/api/search')
      .query({ q: facts.quietCustomer.contactName, label: 'Customer', fields: 'Customer.companyName' });
    expect(narrowed.body.hits.map((h: { matched: { key: string } }) => h.matched.key)).to.not.include('contactName');
  });

  it('pages through a customer with 1,200 orders until none are left, never repeating one', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: request.Response = await request(app)
        .get('/api/subgraph')
        .query({ id: busyCustomerId, limit: 300, types: 'PURCHASED', ...(cursor ? { cursor } : {}) });
      expect(res.status, JSON.stringify(res.body.error)).to.equal(200);
      const orders = (res.body.nodes as { data: NodeData }[]).filter((n) => n.data.label === 'Order');
      for (const o of orders) {
        expect(seen.has(o.data.id), `order ${o.data.id} came twice`).to.equal(false);
        seen.add(o.data.id);
      }
      expect(res.body.more.total).to.equal(facts.busyCustomer.orders - seen.size);
      expect(res.body.truncated).to.equal(res.body.more.total > 0);
      cursor = res.body.more.total > 0 ? res.body.cursor : null;
      pages++;
    } while (cursor && pages < 20);
    expect(seen.size).to.equal(facts.busyCustomer.orders);
    expect(pages).to.equal(Math.ceil(facts.busyCustomer.orders / 299));
  });

  it('says truncated at depth 2 when it left anything out, and counts per type and label', async () => {
    const first = await request(app).get('/api/subgraph').query({ id: busyCustomerId, limit: 50 }).expect(200);
    expect(first.body.more.byType.PURCHASED).to.be.greaterThan(1000);
    expect(first.body.more.byLabel.Order).to.be.greaterThan(1000);
    const quiet = (await request(app).get('/api/search').query({ q: facts.quietCustomer.customerID })).body.hits[0];
    const deep = await request(app).get('/api/subgraph').query({ id: quiet.id, depth: 3, limit: 40 }).expect(200);
    expect(deep.body.nodes.length).to.be.at.most(40);
    expect(deep.body.truncated, 'three hops from a customer reach far more than 40 nodes').to.equal(true);
    await request(app).get('/api/subgraph').query({ id: quiet.id, cursor: 'forged' }).expect(400);
  });

  it('shows binary values as their size and first bytes, never as a list of numbers', async () => {
    const hit = (await request(app).get('/api/search').query({ q: facts.category.categoryName, label: 'Category' }))
      .body.hits[0];
    const node = await request(app).get('/api/node').query({ id: hit.id }).expect(200);
    expect(node.body.data.picture).to.deep.include({ $binary: true, bytes: facts.category.pictureBytes });
    expect(node.body.data.picture.hex).to.match(/^89504e47/);
  });

  it('rebuilds a 1,001-node shared view in one request, naming what is gone', async () => {
    const rows = await neo4j.executor.readText('MATCH (o:Order) RETURN o.id AS id ORDER BY o.id LIMIT 1001');
    const ids = rows.map((r) => `Order:${r.id}`);
    const started = Date.now();
    const res = await request(app)
      .post('/api/nodes')
      .send({ ids: [...ids, busyCustomerId, 'Order:99999999', 'nothing-here'] })
      .expect(200);
    expect(Date.now() - started).to.be.below(5000);
    expect(res.body.nodes).to.have.length(1002);
    expect(res.body.missing).to.deep.equal(['Order:99999999', 'nothing-here']);
    expect(
      res.body.edges.filter((e: { data: { type: string } }) => e.data.type === 'PURCHASED').length,
    ).to.be.greaterThan(0);
    await request(app)
      .post('/api/nodes')
      .send({ ids: Array.from({ length: 2001 }, (_, i) => String(i)) })
      .expect(400);
  });

  it('draws the relationships among nodes a console query returned', async () => {
    const res = await request(app)
      .post('/api/cypher')
      .send({
        query: `MATCH (c:Customer {customerID: $id})-[:PURCHASED]->(o:Order) RETURN c, o`,
        params: { id: facts.quietCustomer.customerID },
      })
      .expect(200);
    expect(res.body.elements.nodes).to.have.length(facts.quietCustomer.orders + 1);
    expect(
      res.body.elements.edges.filter((e: { data: { type: string } }) => e.data.type === 'PURCHASED'),
    ).to.have.length(facts.quietCustomer.orders);
  });

  it('leaves the database as it found it: no Readout constraints or indexes', async () => {
    const constraints = await neo4j.executor.readText('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const indexes = await neo4j.executor.readText('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    expect(constraints[0].names).to.deep.equal(['product_productID']);
    expect((indexes[0].names as string[]).filter((n) => /entity|article|sentence|event/i.test(n))).to.deep.equal([]);
  });
});
