import { INDUSTRY_SEARCH_KEYS } from './cypher/fragments/industry.ts';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './cypher/schema.ts';
import type { Database } from './database.ts';

/**
 * Creates every constraint and index the app relies on, and brings the industries' search keys up
 * to date (a database loaded before they existed); safe to run any number of times.
 */
export async function ensureSchema(db: Database): Promise<void> {
  // Schema statements cannot share a transaction with each other, so one round trip each;
  // this runs at start-up, never per request.
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await db.write(statement);
    } catch (error) {
      // Two processes setting the schema up at once (a test run's setups, two servers starting):
      // the other one made this rule between our "IF NOT EXISTS" check and the create. It exists.
      if ((error as { code?: string }).code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') {
        throw error;
      }
    }
  }
  await db.write(AWAIT_INDEXES);
  await db.write(INDUSTRY_SEARCH_KEYS);
}
