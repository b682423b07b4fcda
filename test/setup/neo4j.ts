// Global setup: one Neo4j per test run. Uses NEO4J_URI when it is set; otherwise starts the
// bundled Neo4j on a free port with a throw-away data folder. Workers are started after this
// runs, so they inherit TEST_NEO4J_URI from the environment.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBundledNeo4j } from '@powergroups/db';
import { loadSampleData } from '@powergroups/seed/sample.ts';
import { testDatabase } from '../support/database.ts';

export default async function setup() {
  let uri = process.env.NEO4J_URI;
  let stop: (() => Promise<void>) | undefined;
  if (!uri) {
    const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-test-neo4j-'));
    const started = Date.now();
    const neo4j = await startBundledNeo4j({ port: 0, dataDir, heap: '1g', pagecacheMb: 256 });
    console.log(`[test] bundled Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms`);
    uri = neo4j.uri;
    stop = async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  process.env.TEST_NEO4J_URI = uri;

  const db = testDatabase(uri);
  try {
    await loadSampleData(db); // sets up the schema first
  } finally {
    await db.close();
  }

  return async () => {
    await stop?.();
  };
}
