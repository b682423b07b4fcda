// The test run's Neo4j (started once by setup/neo4j.ts, or yours via NEO4J_URI), as a Database.
import { createDatabase, type Database } from '@powergroups/server/db/database.ts';

export function testDatabase(uri = process.env.TEST_NEO4J_URI): Database {
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through vitest (global setup)');
  const fromUser = Boolean(process.env.NEO4J_URI);
  return createDatabase({
    uri,
    user: fromUser ? process.env.NEO4J_USER : undefined,
    password: fromUser ? process.env.NEO4J_PASSWORD : undefined,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
}
