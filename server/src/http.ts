// The HTTP front: GraphQL, /health and /ready go to yoga; in production the built client is
// served from the same port.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './db/database.ts';
import type { Logger } from './logger.ts';
import { createYogaServer, GRAPHQL_PATH } from './yoga.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const YOGA_PATHS = new Set([GRAPHQL_PATH, '/health', '/ready']);

async function serveClient(url: URL, res: ServerResponse): Promise<void> {
  // normalize() removes "..", so a path can never leave the dist folder.
  const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
  const candidate = join(CLIENT_DIST, relative);
  // Deep links (/groups/x?member=y) are the client's routes: answer them with index.html.
  const file =
    relative && existsSync(candidate) && extname(candidate) ? candidate : join(CLIENT_DIST, 'index.html');
  try {
    const body = await readFile(file);
    const cache = file.includes(`${join(CLIENT_DIST, 'assets')}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': cache,
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

export interface RequestHandlerOptions {
  db: Database;
  log: Logger;
  /** Serve the built client (client/dist) beside the API. */
  production: boolean;
  /** Offer the demo sign-in picker (the bundled demo database only). */
  demoAccounts: boolean;
  /** False until start-up has prepared the database (schema, sample data): /ready says 503. */
  isPrepared: () => boolean;
}

export function createRequestHandler({
  db,
  log,
  production,
  demoAccounts,
  isPrepared,
}: RequestHandlerOptions) {
  const yoga = createYogaServer({ db, log, demoAccounts, isPrepared });
  const serveStatic = production && existsSync(join(CLIENT_DIST, 'index.html'));
  if (production && !serveStatic)
    log.warn(`No built client at ${CLIENT_DIST}: run \`pnpm start\` from the repo root`);
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (serveStatic && !YOGA_PATHS.has(url.pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      void serveClient(url, res);
      return;
    }
    void yoga.handle(req, res);
  };
}
