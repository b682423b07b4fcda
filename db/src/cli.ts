// `pnpm db`: runs the bundled Neo4j on its own until Ctrl-C.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BundledNeo4jError, DEFAULT_DATA_DIR, startBundledNeo4j } from './bundled-neo4j.ts';

// The same .env as the app (repo root), so `pnpm db` and `pnpm start` agree on port and data.
const DOT_ENV = fileURLToPath(new URL('../../.env', import.meta.url));
if (existsSync(DOT_ENV)) process.loadEnvFile(DOT_ENV);

const port = Number(process.env.BUNDLED_NEO4J_PORT || 7687);
const dataDir = process.env.BUNDLED_NEO4J_DATA || DEFAULT_DATA_DIR;

try {
  const started = Date.now();
  const neo4j = await startBundledNeo4j({
    port,
    dataDir,
    heap: process.env.BUNDLED_NEO4J_HEAP,
    pagecacheMb: process.env.BUNDLED_NEO4J_PAGECACHE_MB
      ? Number(process.env.BUNDLED_NEO4J_PAGECACHE_MB)
      : undefined,
    onLog: (line) => console.error(line),
  });
  console.log(
    `Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms (data: ${dataDir}). Ctrl-C stops it.`,
  );
  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof BundledNeo4jError ? error.message : error);
  process.exit(1);
}
