// What a statement's values become at the database boundary (server/src/db/database.ts toNative):
// plain JSON-friendly JS, whatever type Neo4j gave, however deeply nested.
import type { Database } from '@powergroups/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDatabase } from '../support/server.ts';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

it('reads every kind of value Neo4j returns as plain JS', async () => {
  const [row] = await db.read(`
    RETURN 'text' AS text, 42 AS small, 9007199254740993 AS huge, -7 AS negative, 1.5 AS float,
           true AS yes, null AS nothing,
           date('2026-12-07') AS day, datetime('2026-12-07T09:30:00Z') AS instant,
           localdatetime('2026-12-07T09:30:00') AS local, duration('P14D') AS fortnight,
           [1, 'two', [3]] AS list,
           {count: 2, when: date('2026-01-02'), inner: {ids: ['a', 'b'], n: 3}, gone: null} AS map
  `);
  expect(row).toEqual({
    text: 'text',
    small: 42,
    // Past 2^53 a number would lose digits: it is read as its exact decimal text.
    huge: '9007199254740993',
    negative: -7,
    float: 1.5,
    yes: true,
    nothing: null,
    day: '2026-12-07',
    instant: '2026-12-07T09:30:00Z',
    local: '2026-12-07T09:30:00',
    fortnight: 'P14DT', // the driver's own text of a duration
    list: [1, 'two', [3]],
    map: { count: 2, when: '2026-01-02', inner: { ids: ['a', 'b'], n: 3 }, gone: null },
  });
});
