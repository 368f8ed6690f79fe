import { expect } from 'chai';
import express from 'express';
import request from 'supertest';
import { API_ROUTES, expressPath } from '../../server/api/contract';
import { checkResponse, ContractViolation, responseChecker, routeFor } from '../../server/api/response-check';

const hit = { id: 'p1', labels: ['Person'], name: 'Xi Jinping', score: 2.5, matched: null, detail: null };

describe('API contract checker', () => {
  it('accepts an answer that keeps the contract', () => {
    expect(checkResponse('GET', '/api/search', 200, { hits: [hit], partial: false })).to.equal(null);
    expect(checkResponse('GET', '/api/node', 404, { error: { code: 'not_found', message: 'No node' } })).to.equal(null);
  });

  it('catches a field of the wrong type, naming where', () => {
    const problem = checkResponse('GET', '/api/search', 200, { hits: [{ ...hit, score: 'high' }], partial: false });
    expect(problem).to.match(/^body\.hits\.0\.score: /);
  });

  it('catches a missing field', () => {
    expect(checkResponse('GET', '/api/search', 200, { hits: [hit] })).to.match(/^body\.partial: /);
  });

  it('catches a field the contract does not declare', () => {
    const problem = checkResponse('GET', '/api/search', 200, { hits: [{ ...hit, secret: 1 }], partial: false });
    expect(problem).to.equal('fields the contract does not declare: body.hits[0].secret');
  });

  it('catches a status the route does not declare, and an error outside the envelope', () => {
    expect(checkResponse('GET', '/api/editing', 503, { error: { code: 'x', message: 'y' } })).to.match(
      /status 503 is not in the contract of GET \/editing/,
    );
    expect(checkResponse('GET', '/api/node', 404, { message: 'No node' })).to.match(/^body\.error: /);
  });

  it('matches path templates and leaves event streams to their own tests', () => {
    expect(routeFor('GET', '/api/events/event%3Acall/readouts')?.path).to.equal('/events/{id}/readouts');
    expect(routeFor('POST', '/api/events/x/readouts')).to.equal(undefined);
    expect(checkResponse('GET', '/api/changes', 200, 'not json')).to.equal(null);
    expect(checkResponse('GET', '/api/nowhere', 200, {})).to.match(/no route in the contract/);
  });

  it('reports a wrong answer from an app it is installed on, and lets the answer go', async () => {
    const violations: ContractViolation[] = [];
    const app = express();
    app.use(responseChecker((v) => violations.push(v)));
    const search = API_ROUTES.find((r) => r.path === '/search')!;
    app.get(`/api${expressPath(search)}`, (_req, res) => {
      res.json({ hits: [{ ...hit, score: 'high' }], partial: false });
    });
    const res = await request(app).get('/api/search?q=xi').expect(200);
    expect(res.body.hits[0].score).to.equal('high');
    expect(violations).to.have.length(1);
    expect(violations[0]).to.include({ method: 'GET', path: '/api/search', status: 200 });
    expect(violations[0].problem).to.match(/^body\.hits\.0\.score: /);
  });
});
