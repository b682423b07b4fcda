// Starts the app: database (see openDatabase), schema setup, HTTP server, and a clean stop on
// Ctrl-C / SIGTERM. main.ts calls it with the sample-loading step.
import { createServer } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Env } from '@powergroups/config';
import { accessOptions } from './auth/settings.ts';
import { openDatabase } from './db/connect.ts';
import { type Database, describeConnectionError } from './db/database.ts';
import { ensureSchema } from './db/schema-setup.ts';
import { createRequestHandler, currentRequestId } from './http.ts';
import { createGroupFeed } from './live/group-feed.ts';
import { createLogger, type Logger } from './logger.ts';

/** How long a SIGTERM waits for requests in flight before it closes their connections. */
const DRAIN_MS = 10_000;
/**
 * How long a draining server still reads requests that clients sent on kept-alive connections just
 * before the signal (closing an idle connection then would reset a request already on its way).
 */
const IDLE_GRACE_MS = 250;

export interface StartOptions {
  /** Runs once Neo4j answers and the schema is set up (e.g. load the sample data). */
  prepare?: (db: Database, context: { bundled: boolean; log: Logger }) => Promise<void>;
}

export async function startApp(env: Env, { prepare }: StartOptions = {}): Promise<void> {
  const log = createLogger(env.LOG_LEVEL);

  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(env, { log: (line) => log.info(line) });
  } catch (error) {
    log.fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const { db, bundled } = opened;

  // The server comes up even when Neo4j is away: /ready says so, and the database is prepared
  // as soon as it answers. /ready stays 503 until then, so "ready" means the app can answer.
  let prepared = false;
  async function prepareDatabase(): Promise<void> {
    for (;;) {
      try {
        await db.ping();
        break;
      } catch (error) {
        log.error(describeConnectionError(error, db.uri));
        await new Promise((resolve) => setTimeout(resolve, 5_000).unref());
      }
    }
    await ensureSchema(db);
    await prepare?.(db, { bundled, log });
    prepared = true;
    log.info({ uri: db.uri, database: db.database }, 'Neo4j ready');
  }
  prepareDatabase().catch((error: unknown) => log.error({ err: error }, 'Preparing the database failed'));

  // The live feed: in memory, or shared with the other server processes through Redis.
  const feed = createGroupFeed({ redisUrl: env.REDIS_URL, log });
  feed.follow(db);
  if (env.REDIS_URL) {
    const redis = redactedUrl(env.REDIS_URL);
    log.info(`Live updates to be shared through Redis at ${redis}`);
    void feed.ready().then(() => log.info(`Live updates shared through Redis at ${redis}: connected`));
  }

  let draining = false;
  const server = createServer(
    createRequestHandler({
      db,
      log,
      production: env.NODE_ENV === 'production',
      // The demo sign-in only for the sample on the bundled database, served on loopback.
      access: accessOptions(env, { bundled }),
      // A draining server says "not ready", so a load balancer stops sending it requests.
      isPrepared: () => prepared && !draining,
      feed,
    }),
  );
  // While draining, every answer closes its connection, so no client sends another request on it.
  server.on('request', (_request, response) => {
    if (draining && !response.headersSent) response.setHeader('connection', 'close');
  });
  server.listen(env.PORT, env.HOST, () => {
    const host = env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
    log.info(`Power Groups at http://${host}:${env.PORT}/ (GraphiQL at /graphql)`);
  });

  // An error no request handler caught is logged with the request it came from; the server keeps
  // serving the others rather than dropping every connection at once.
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason, requestId: currentRequestId() }, 'unhandled rejection');
  });
  process.on('uncaughtException', (error) => {
    log.error({ err: error, requestId: currentRequestId() }, 'uncaught exception');
  });

  // Graceful drain: stop accepting, let requests in flight finish (up to DRAIN_MS), then close the
  // driver and stop the bundled Neo4j.
  async function shutdown(signal: string): Promise<void> {
    if (draining) return;
    draining = true;
    const started = Date.now();
    log.info({ signal }, `draining: finishing requests in flight (up to ${DRAIN_MS / 1000} s)`);
    await delay(IDLE_GRACE_MS);
    // Live streams never finish by themselves: end them, and their explorers reconnect elsewhere.
    await feed.close();
    // Stop accepting; server.close() also closes the connections that are idle now.
    const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
    // Keep-alive connections would hold the server open: close each as soon as it is idle.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const drained = await Promise.race([closed, delay(DRAIN_MS).then(() => false)]);
    clearInterval(idle);
    if (!drained) {
      log.warn(`requests still running after ${DRAIN_MS / 1000} s: closing their connections`);
      server.closeAllConnections();
    }
    await opened.close();
    log.info({ ms: Date.now() - started }, 'stopped');
    process.exit(0);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The Redis address without its password, for the log. */
function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
