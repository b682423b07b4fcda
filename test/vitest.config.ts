import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One copy of graphql for code Vite transforms (our sources) and code Node loads (Pothos, yoga):
// otherwise Vite picks graphql's ESM build and Node its CommonJS one, and schemas cross "realms".
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

// One run, several projects. The global setup starts ONE Neo4j for the whole run (or uses
// NEO4J_URI) when the integration or browser project is in it, and hands its address to every
// worker; the unit and client projects need neither Java nor a database.
export default defineConfig({
  test: {
    globalSetup: ['./setup/neo4j.ts'],
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: { name: 'unit', include: ['unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: 'integration',
          include: ['integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The explorer's own code: pure mapping in Node (files say `@vitest-environment node`),
        // components in happy-dom over recorded API responses.
        test: {
          name: 'client',
          include: ['client/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['./client/setup.ts'],
        },
      },
      {
        // The built client served by the real server over the run's Neo4j, driven in Chromium.
        test: {
          name: 'browser',
          include: ['browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./browser/setup/app-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Runs after the other projects: it writes a referral (and removes it afterwards).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
