import { afterAll, describe, expect, it } from 'vitest';
import { testApi, testDatabase } from '../support/server.ts';

const api = await testApi();
afterAll(() => api.close());

describe('the API over the real Neo4j', () => {
  it('answers a GraphQL query that runs Cypher', async () => {
    const result = await api.graphql<{ databaseInfo: { name: string; version: string; edition: string } }>(
      '{ databaseInfo { name version edition } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.databaseInfo.name).toBe('Neo4j Kernel');
    expect(result.data?.databaseInfo.version).toMatch(/^5\.|^20\d\d\./);
  });

  it('reports alive on /health and ready on /ready', async () => {
    expect((await api.yoga.fetch('http://localhost/health')).status).toBe(200);
    expect((await api.yoga.fetch('http://localhost/ready')).status).toBe(200);
  });
});

// Nothing listens on port 1 of loopback.
const down = await testApi({ db: await testDatabase('bolt://127.0.0.1:1') });
afterAll(() => down.close());

describe('with Neo4j unreachable', () => {
  it('says not ready on /ready', async () => {
    expect((await down.yoga.fetch('http://localhost/ready')).status).toBe(503);
  });

  it('answers GraphQL with a plain "database unavailable" error and no stack trace', async () => {
    const response = await down.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ databaseInfo { name } }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/database is unavailable/),
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(text).not.toMatch(/at .+\.(ts|js):\d+/);
    expect(text).not.toContain('stack');
  });
});

describe('operations built to be expensive', () => {
  it('are refused before they reach the database when nested too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 7; i++) selection = `group { organisers { ${selection} } }`;
    const before = api.db.roundTrips;
    const { errors } = await api.graphql(`{ member(id: "x") { ${selection} } }`);
    expect(errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(/^Query depth 16 is over the limit of 12/),
    );
    expect(api.db.roundTrips).toBe(before);
  });

  it('are refused with too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: groups { id }`).join(' ');
    const { errors } = await api.graphql(`{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(/^Query uses 40 aliases, over the limit of 30/);
  });
});
