// Browser project setup: build the client, make sure the sample data is in the run's Neo4j, and
// start the real server (NODE_ENV=production, so it serves client/dist) on a free port, against
// the Neo4j that the root global setup starts (TEST_NEO4J_URI).
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSampleData } from '@powergroups/server';
import type { TestProject } from 'vitest/node';
import { testDatabase } from '../../support/server.ts';
import { freePort, type ServerProcess, startServerProcess } from '../../support/server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** Where the setup writes why the app could not start, if it could not. */
    appFailureFile: string;
  }
}

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Polls for the root setup's TEST_NEO4J_URI: vitest runs project global setups before the root one. */
async function neo4jUri(): Promise<string> {
  const deadline = Date.now() + 300_000;
  while (!process.env.TEST_NEO4J_URI) {
    if (Date.now() > deadline)
      throw new Error('TEST_NEO4J_URI was never set: the root global setup (setup/neo4j.ts) did not run');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return process.env.TEST_NEO4J_URI;
}

export default async function setup(project: TestProject) {
  // The URL is fixed now, the server comes up in the background once Neo4j is there; tests wait
  // for /ready (waitForApp) and read the reason from here if it never comes.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const failureFile = join(await mkdtemp(join(tmpdir(), 'powergroups-browser-')), 'failure.txt');
  project.provide('appUrl', url);
  project.provide('appFailureFile', failureFile);

  let server: ServerProcess | undefined;
  const started = (async () => {
    execFileSync('pnpm', ['--filter', '@powergroups/client', 'build'], { cwd: REPO, stdio: 'pipe' });
    const uri = await neo4jUri();
    const db = await testDatabase(uri);
    try {
      // The root setup sets up the schema at the same moment: a clash of two "CREATE INDEX IF
      // NOT EXISTS" fails one of them, and the second try finds everything in place.
      for (let attempt = 1; ; attempt++) {
        try {
          await loadSampleData(db);
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
        }
      }
    } finally {
      await db.close();
    }
    server = startServerProcess(uri, port, { NODE_ENV: 'production' });
    await server.ready();
  })().catch(async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[browser] the app did not start: ${message}`);
    await writeFile(failureFile, message);
  });

  return async () => {
    await started;
    await server?.stop();
  };
}
