// A request's database work stops when its deadline passes or its caller goes away: the running
// transaction is cancelled in Neo4j too, not left to finish for nobody.
import type { Database } from '@powergroups/server';
import { isStoppedByDeadline } from '@powergroups/server/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDatabase } from '../support/server.ts';

// Counts to a billion: seconds of work for Neo4j, nothing for anyone to wait for.
const SLOW = 'UNWIND range(1, 1000000000) AS n WITH n WHERE n % 7 = 0 RETURN count(n) AS sevens';
const MARKER = 'request-bounds-test';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

async function runningSlowQueries(): Promise<number> {
  const rows = await db.read<{ running: number }>(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS running',
    { marker: `range(1, 1000000000)` },
  );
  return rows[0]?.running ?? 0;
}

it('cancels the statement when the caller goes away', async () => {
  const controller = new AbortController();
  const request = db.forRequest({ signal: controller.signal, deadline: Date.now() + 60_000 });
  const started = Date.now();
  const running = request.read(`${SLOW} // ${MARKER}`);
  setTimeout(() => controller.abort(), 300);
  const error = await running.catch((caught: unknown) => caught);
  expect(isStoppedByDeadline(error)).toBe(true);
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect.poll(runningSlowQueries, { timeout: 10_000 }).toBe(0);
});

it('stops the transaction in Neo4j when the deadline passes', async () => {
  const request = db.forRequest({ signal: new AbortController().signal, deadline: Date.now() + 500 });
  const error = await request.read(`${SLOW} // ${MARKER}`).catch((caught: unknown) => caught);
  expect(isStoppedByDeadline(error)).toBe(true);
  await expect.poll(runningSlowQueries, { timeout: 10_000 }).toBe(0);
});

it('refuses a statement once the deadline has passed, without sending it', async () => {
  const request = db.forRequest({ signal: new AbortController().signal, deadline: Date.now() - 1 });
  const before = db.roundTrips;
  const error = await request.read('RETURN 1 AS one').catch((caught: unknown) => caught);
  expect(isStoppedByDeadline(error)).toBe(true);
  await expect(request.writeTransaction(async () => 1)).rejects.toThrow(/deadline/);
  expect(db.roundTrips).toBe(before);
});
