// Opens the database the configuration asks for: the user's own Neo4j when NEO4J_URI is set,
// otherwise the bundled Neo4j, started here and stopped with the server.
import { type BundledNeo4j, startBundledNeo4j } from '@powergroups/db';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { createDatabase, type Database } from './database.ts';

export interface OpenedDatabase {
  db: Database;
  /** Closes the driver, then stops the bundled Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(env: Env, log: Logger): Promise<OpenedDatabase> {
  let bundled: BundledNeo4j | undefined;
  let uri = env.NEO4J_URI;
  if (!uri) {
    const started = Date.now();
    bundled = await startBundledNeo4j({
      port: env.BUNDLED_NEO4J_PORT,
      dataDir: env.BUNDLED_NEO4J_DATA,
      heap: env.BUNDLED_NEO4J_HEAP,
      pagecacheMb: env.BUNDLED_NEO4J_PAGECACHE_MB,
      onLog: (line) => log.debug({ neo4j: line }, 'bundled neo4j'),
    });
    uri = bundled.uri;
    log.info({ uri, ms: Date.now() - started }, 'bundled Neo4j started');
  }
  const db = createDatabase({
    uri,
    user: bundled ? undefined : env.NEO4J_USER,
    password: bundled ? undefined : env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
  });
  return {
    db,
    async close() {
      await db.close();
      await bundled?.stop();
    },
  };
}
