// Starts the app: database (the bundled one unless NEO4J_URI is set), schema setup, HTTP server.
import { createServer } from 'node:http';
import { openDatabase } from './db/connect.ts';
import { describeConnectionError } from './db/database.ts';
import { ensureSchema } from './db/schema-setup.ts';
import { loadEnv } from './env.ts';
import { createRequestHandler } from './http.ts';
import { createLogger } from './logger.ts';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);

let opened: Awaited<ReturnType<typeof openDatabase>>;
try {
  opened = await openDatabase(env, log);
} catch (error) {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const { db } = opened;

// The server comes up even when Neo4j is away: /ready says so, and the schema is set up as soon
// as Neo4j answers.
async function prepareDatabase(): Promise<void> {
  for (;;) {
    try {
      await db.ping();
      await ensureSchema(db);
      log.info({ uri: db.uri, database: db.database }, 'Neo4j ready');
      return;
    } catch (error) {
      log.error(describeConnectionError(error, db.uri));
      await new Promise((resolve) => setTimeout(resolve, 5_000).unref());
    }
  }
}
void prepareDatabase();

const server = createServer(
  createRequestHandler({
    db,
    log,
    production: env.NODE_ENV === 'production',
    // The bundled database holds the sample data and its demo tokens; a real database has neither.
    demoAccounts: !env.NEO4J_URI,
  }),
);
server.listen(env.PORT, env.HOST, () => {
  log.info(
    `Power Groups at http://${env.HOST === '127.0.0.1' ? 'localhost' : env.HOST}:${env.PORT}/ (GraphiQL at /graphql)`,
  );
});

let shuttingDown = false;
async function shutdown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal }, 'shutting down');
  server.close();
  server.closeAllConnections();
  await opened.close();
  log.info('stopped');
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
