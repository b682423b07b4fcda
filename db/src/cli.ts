// `pnpm db`: runs the bundled Neo4j on its own until Ctrl-C, with the app's settings, so that
// `pnpm start`, `pnpm dev` and `pnpm seed` find it running and use it.
import { loadEnv } from '@powergroups/config';
import { BundledNeo4jError, startBundledNeo4j } from './bundled-neo4j.ts';

try {
  const env = loadEnv();
  const started = Date.now();
  const neo4j = await startBundledNeo4j({
    port: env.BUNDLED_NEO4J_PORT,
    dataDir: env.BUNDLED_NEO4J_DATA,
    heap: env.BUNDLED_NEO4J_HEAP,
    pagecacheMb: env.BUNDLED_NEO4J_PAGECACHE_MB,
    onLog: (line) => console.error(line),
  });
  console.log(
    `Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms (data: ${env.BUNDLED_NEO4J_DATA}). Ctrl-C stops it.`,
  );
  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof BundledNeo4jError || error instanceof Error ? error.message : error);
  process.exit(1);
}
