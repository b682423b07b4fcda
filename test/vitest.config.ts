import { defineConfig } from 'vitest/config';

// One run, several projects. The global setup starts ONE Neo4j for the whole run (or uses
// NEO4J_URI) and hands its address to every worker; suites keep their data apart by ids.
export default defineConfig({
  test: {
    globalSetup: ['./setup/neo4j.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
