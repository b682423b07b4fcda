// Which Neo4j the seed commands write to: NEO4J_URI when set; else the bundled Neo4j if it is
// already running (the app's); else the bundled Neo4j started here and stopped afterwards.
import { DEFAULT_DATA_DIR, startBundledNeo4j } from '@powergroups/db';
import { createDatabase, type Database, describeConnectionError } from '@powergroups/server/db/database.ts';
import type { Env } from '@powergroups/server/env.ts';

export interface Connection {
  db: Database;
  /** where the data went, for the user */
  description: string;
  close(): Promise<void>;
}

export async function connect(env: Env, log: (line: string) => void): Promise<Connection> {
  if (env.NEO4J_URI) {
    const db = createDatabase({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    });
    try {
      await db.ping();
    } catch (error) {
      await db.close();
      throw new Error(describeConnectionError(error, env.NEO4J_URI));
    }
    return { db, description: env.NEO4J_URI, close: () => db.close() };
  }

  if (env.BUNDLED_NEO4J_PORT !== 0) {
    const uri = `bolt://127.0.0.1:${env.BUNDLED_NEO4J_PORT}`;
    const running = createDatabase({ uri, database: env.NEO4J_DATABASE });
    try {
      await running.ping();
      return { db: running, description: `${uri} (already running)`, close: () => running.close() };
    } catch {
      await running.close();
    }
  }

  const dataDir = env.BUNDLED_NEO4J_DATA ?? DEFAULT_DATA_DIR;
  log(`Starting the bundled Neo4j (data: ${dataDir})…`);
  const neo4j = await startBundledNeo4j({
    port: env.BUNDLED_NEO4J_PORT,
    dataDir,
    heap: env.BUNDLED_NEO4J_HEAP,
    pagecacheMb: env.BUNDLED_NEO4J_PAGECACHE_MB,
    txTimeoutSeconds: 600,
  });
  const db = createDatabase({ uri: neo4j.uri, database: env.NEO4J_DATABASE });
  return {
    db,
    description: `${neo4j.uri} (bundled, data in ${dataDir})`,
    async close() {
      await db.close();
      await neo4j.stop();
    },
  };
}
