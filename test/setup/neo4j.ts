// Global setup: one Neo4j per test run, for the projects that need one (integration, browser);
// a run of only the unit and client projects starts nothing and needs no Java. Uses NEO4J_URI
// when it is set; otherwise starts the bundled Neo4j on a free port with a throw-away data folder.
// Workers are started after this runs, so they inherit TEST_NEO4J_URI from the environment.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '@powergroups/config';
import { loadSampleData, openDatabase } from '@powergroups/server';
import type { TestProject } from 'vitest/node';

/** The projects whose tests talk to Neo4j (see vitest.config.ts). */
const NEEDS_NEO4J = new Set(['integration', 'browser']);

export default async function setup(project: TestProject) {
  if (!project.vitest.projects.some((selected) => NEEDS_NEO4J.has(selected.name))) return;

  const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-test-neo4j-'));
  const started = Date.now();
  // Port 0: a fresh bundled Neo4j on a free port, never a `pnpm db` left running for development.
  loadEnv(); // fills process.env from the repo's .env, so NEO4J_URI there counts too
  const env = loadEnv({
    ...process.env,
    BUNDLED_NEO4J_PORT: '0',
    BUNDLED_NEO4J_DATA: dataDir,
    BUNDLED_NEO4J_HEAP: '1g',
    BUNDLED_NEO4J_PAGECACHE_MB: '256',
  });
  const opened = await openDatabase(env, { requireReachable: true });
  console.log(`[test] Neo4j ready at ${opened.description} in ${Date.now() - started} ms`);
  process.env.TEST_NEO4J_URI = opened.db.uri;

  try {
    await loadSampleData(opened.db); // sets up the schema first
  } catch (error) {
    await opened.close();
    throw error;
  }

  return async () => {
    await opened.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
