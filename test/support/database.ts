// The test run's Neo4j (started once by setup/neo4j.ts, or yours via NEO4J_URI), opened the one
// way the app opens it.
import { loadEnv } from '@powergroups/config';
import { type Database, openDatabase } from '@powergroups/server';

/** The settings of the test run, pointed at its Neo4j (TEST_NEO4J_URI, set by the global setup). */
export function testEnv(uri = process.env.TEST_NEO4J_URI) {
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through vitest (global setup)');
  const env = loadEnv();
  // The bundled test Neo4j runs without auth; your own keeps the credentials you set.
  return loadEnv({ ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: env.NEO4J_URI ? env.NEO4J_PASSWORD : '' });
}

export async function testDatabase(uri?: string): Promise<Database> {
  return (await openDatabase(testEnv(uri))).db;
}
