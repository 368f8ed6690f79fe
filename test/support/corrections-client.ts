import request from 'supertest';

/**
 * Corrections as the API takes them, signed with the edit token: `correct` makes one (who and why filled in),
 * `undo` takes one back. Tests read what Neo4j holds afterwards, not what these answer.
 */
export function correctionsClient(app: () => Parameters<typeof request>[0], token: string) {
  return {
    correct: (body: object) =>
      request(app())
        .post('/api/corrections')
        .set('Authorization', `Bearer ${token}`)
        .send({ who: 'Desk editor', why: 'a test', ...body }),
    undo: (id: string) =>
      request(app())
        .post(`/api/corrections/${id}/undo`)
        .set('Authorization', `Bearer ${token}`)
        .send({ who: 'Night editor', why: 'a test' }),
  };
}
