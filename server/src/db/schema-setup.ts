import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './cypher/schema.ts';
import type { Database } from './database.ts';

/** Creates every constraint and index the app relies on; safe to run any number of times. */
export async function ensureSchema(db: Database): Promise<void> {
  // Schema statements cannot share a transaction with each other, so one round trip each;
  // this runs at start-up, never per request.
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write(AWAIT_INDEXES);
}
