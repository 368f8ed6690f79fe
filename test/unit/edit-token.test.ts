import { expect } from 'chai';
import express from 'express';
import request from 'supertest';
import pino from 'pino';
import { errorHandler } from '../../server/middleware/error-handler';
import { requireEditToken } from '../../server/middleware/edit-token';

const TOKEN = 'a-token-of-some-length-42';

const INTAKE = 'the-running-apps-intake-token-0123456789';

function appWith(token: string | null, intake: string | null = null) {
  const app = express();
  app.post('/write', requireEditToken(token, intake), (_req, res) => void res.json({ written: true }));
  app.use(errorHandler(pino({ level: 'silent' })));
  return app;
}

describe('edit token', () => {
  it('refuses every write when the server has no token (403 editing_disabled)', async () => {
    const res = await request(appWith(null)).post('/write').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).to.equal(403);
    expect(res.body.error.code).to.equal('editing_disabled');
  });

  it('asks for the token when none is sent (401 with a Bearer challenge)', async () => {
    const res = await request(appWith(TOKEN)).post('/write');
    expect(res.status).to.equal(401);
    expect(res.headers['www-authenticate']).to.equal('Bearer realm="readout"');
  });

  it('refuses a wrong token, a prefix of it and another scheme', async () => {
    for (const header of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, 'Bearer ']) {
      const res = await request(appWith(TOKEN)).post('/write').set('Authorization', header);
      expect(res.status, header).to.equal(401);
      expect(JSON.stringify(res.body)).not.to.include(TOKEN);
    }
  });

  it('lets the right token through', async () => {
    const res = await request(appWith(TOKEN)).post('/write').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ written: true });
  });

  describe('with an intake token (POST /api/articles only)', () => {
    for (const token of [null, TOKEN]) {
      it(`takes the intake token ${token ? 'beside the edit token' : 'on a read-only server'}`, async () => {
        const res = await request(appWith(token, INTAKE)).post('/write').set('Authorization', `Bearer ${INTAKE}`);
        expect(res.status).to.equal(200);
      });
    }

    it('still refuses anything else as before: read-only 403, wrong token 401', async () => {
      const readOnly = await request(appWith(null, INTAKE)).post('/write').set('Authorization', `Bearer ${INTAKE}x`);
      expect(readOnly.status).to.equal(403);
      expect((await request(appWith(null, INTAKE)).post('/write')).status).to.equal(403);
      const wrong = await request(appWith(TOKEN, INTAKE)).post('/write').set('Authorization', `Bearer ${INTAKE}x`);
      expect(wrong.status).to.equal(401);
      expect(JSON.stringify(wrong.body)).not.to.include(INTAKE);
    });

    it('is not taken where it is not given', async () => {
      const res = await request(appWith(null)).post('/write').set('Authorization', `Bearer ${INTAKE}`);
      expect(res.status).to.equal(403);
    });
  });
});
