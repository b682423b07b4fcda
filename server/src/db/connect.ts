// The one way to open the database, for the server, the seed CLI, tests and benchmarks:
// your own Neo4j when NEO4J_URI is set; else the bundled Neo4j if it already runs (started by
// `pnpm db` or `pnpm dev`); else the bundled Neo4j started here and stopped on close().
import type { Env } from '@powergroups/config';
import { type BundledNeo4j, startBundledNeo4j } from '@powergroups/db';
import { createDatabase, type Database, describeConnectionError } from './database.ts';

export interface OpenedDatabase {
  db: Database;
  /** True for the bundled Neo4j (started here or already running): the demo sample may go there. */
  bundled: boolean;
  /** Where the data lives, for people: a URI and, for the bundled one, its folder. */
  description: string;
  /** The JVM's process id when this call started the bundled Neo4j (benchmarks read its memory). */
  pid?: number;
  /** Closes the driver, then stops the bundled Neo4j if this call started it. */
  close(): Promise<void>;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /** Wait until your own Neo4j answers, and fail with a readable message if it does not (CLIs). */
  requireReachable?: boolean;
  /** Transaction timeout of a bundled Neo4j started here (bulk loads need more than requests). */
  txTimeoutSeconds?: number;
}

async function answers(db: Database): Promise<boolean> {
  try {
    await db.ping();
    return true;
  } catch {
    return false;
  }
}

export async function openDatabase(env: Env, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const log = options.log ?? (() => {});
  if (env.NEO4J_URI) {
    const db = createDatabase({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    });
    if (options.requireReachable) {
      try {
        await db.ping();
      } catch (error) {
        await db.close();
        throw new Error(describeConnectionError(error, env.NEO4J_URI));
      }
    }
    return { db, bundled: false, description: env.NEO4J_URI, close: () => db.close() };
  }

  // Port 0 asks for a fresh one on a free port (tests), so there is nothing running to reuse.
  if (env.BUNDLED_NEO4J_PORT !== 0) {
    const uri = `bolt://127.0.0.1:${env.BUNDLED_NEO4J_PORT}`;
    const running = createDatabase({ uri, database: env.NEO4J_DATABASE });
    if (await answers(running)) {
      return {
        db: running,
        bundled: true,
        description: `${uri} (already running)`,
        close: () => running.close(),
      };
    }
    await running.close();
  }

  const started = Date.now();
  log(`Starting the bundled Neo4j (data: ${env.BUNDLED_NEO4J_DATA})…`);
  const neo4j: BundledNeo4j = await startBundledNeo4j({
    port: env.BUNDLED_NEO4J_PORT,
    dataDir: env.BUNDLED_NEO4J_DATA,
    heap: env.BUNDLED_NEO4J_HEAP,
    pagecacheMb: env.BUNDLED_NEO4J_PAGECACHE_MB,
    txTimeoutSeconds: options.txTimeoutSeconds,
  });
  log(`Bundled Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms`);
  const db = createDatabase({ uri: neo4j.uri, database: env.NEO4J_DATABASE });
  return {
    db,
    bundled: true,
    description: `${neo4j.uri} (bundled, data in ${env.BUNDLED_NEO4J_DATA})`,
    pid: neo4j.pid,
    async close() {
      await db.close();
      await neo4j.stop();
    },
  };
}
