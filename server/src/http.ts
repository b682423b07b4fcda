// The HTTP front: GraphQL, /health and /ready go to yoga; in production the built client is
// served from the same port. Every request is answered, whatever it carries: a URL that cannot be
// decoded is a 400, a body over the limit a 413, and an error nobody expected a 500 with the
// request id (the details go to the log), never a crash.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import type { AccessOptions } from './auth/settings.ts';
import type { Database } from './db/database.ts';
import type { GroupFeed } from './live/group-feed.ts';
import type { Logger } from './logger.ts';
import { MAX_BODY_BYTES } from './request-limits.ts';
import { createYogaServer, GRAPHQL_PATH, READY_PATH } from './yoga.ts';

const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

const YOGA_PATHS = new Set([GRAPHQL_PATH, '/health', READY_PATH]);
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the request whose work is running now (for logs of errors raised outside it). */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

function answer(res: ServerResponse, status: number, message: string): void {
  res
    .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
    .end(`${message}\n`);
}

/** The decoded path, or null when the URL cannot be decoded (a stray "%"). */
function decodedPath(rawUrl: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(rawUrl ?? '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
}

/** Text worth compressing: the explorer's bundle is about a megabyte as it is, a third of that gzipped. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map', '.webmanifest']);

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (Accept-Encoding; a coding with q=0 is refused). */
function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Hashed assets compressed once per encoding (they never change under their name); the few small
 * files without a hash (index.html, sw.js) are compressed on each request, so a new build shows.
 */
const compressedAssets = new Map<string, Buffer>();

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Brotli at quality 5: within a few percent of its best for a fraction of the time.
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(body, { level: 9 });
}

function compressedAsset(file: string, body: Buffer, encoding: Encoding): Buffer {
  const key = `${encoding} ${file}`;
  let done = compressedAssets.get(key);
  if (!done) {
    done = compress(body, encoding);
    compressedAssets.set(key, done);
  }
  return done;
}

async function serveClient(
  dist: string,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // normalize() removes "..", so a path can never leave the dist folder.
  const relative = normalize(path).replace(/^([/\\])+/, '');
  const candidate = join(dist, relative);
  // Deep links (/groups/x?member=y) are the client's routes: answer them with index.html.
  const file = relative && existsSync(candidate) && extname(candidate) ? candidate : join(dist, 'index.html');
  try {
    const body = await readFile(file);
    // Hashed assets never change; the rest (index.html, sw.js, registerSW.js) is asked for again
    // each time, so a new build and its service worker are seen at once.
    const hashed = file.startsWith(join(dist, 'assets'));
    const cache = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
    const compressible = COMPRESSIBLE.has(extname(file));
    const encoding = compressible ? preferredEncoding(req.headers['accept-encoding']) : null;
    const sent = !encoding ? body : hashed ? compressedAsset(file, body, encoding) : compress(body, encoding);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': sent.length,
      'cache-control': cache,
      ...(compressible ? { vary: 'accept-encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(sent);
  } catch {
    answer(res, 404, 'Not found');
  }
}

/** Refuses a body before reading it: no length (chunked) is a 411, over MAX_BODY_BYTES a 413. */
function bodyRefusal(req: IncomingMessage): [number, string] | null {
  if (!WITH_BODY.has(req.method ?? '')) return null;
  const length = req.headers['content-length'];
  if (length === undefined) {
    return req.headers['transfer-encoding']
      ? [411, 'Length required: send the body with a Content-Length header']
      : null;
  }
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return [400, 'Bad request: Content-Length is not a number'];
  if (bytes > MAX_BODY_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return [413, `Request body of ${mb(bytes)} MB is over the limit of ${mb(MAX_BODY_BYTES)} MB`];
  }
  return null;
}

export interface RequestHandlerOptions {
  db: Database;
  log: Logger;
  /** Serve the built client (client/dist) beside the API. */
  production: boolean;
  /** Sign-in settings: demo mode, links, cookies, CORS (auth/settings.ts accessOptions). */
  access: AccessOptions;
  /** False until start-up has prepared the database, and again while draining: /ready says 503. */
  isPrepared: () => boolean;
  /** The built client to serve (default client/dist); tests point it at a folder of their own. */
  clientDist?: string;
  /** The live feed (default: in memory, for this process alone). */
  feed?: GroupFeed;
}

export function createRequestHandler({
  db,
  log,
  production,
  access,
  isPrepared,
  clientDist = CLIENT_DIST,
  feed,
}: RequestHandlerOptions) {
  const yoga = createYogaServer({ db, log, ...access, isPrepared, feed });
  const serveStatic = production && existsSync(join(clientDist, 'index.html'));
  if (production && !serveStatic) {
    log.warn(`No built client at ${clientDist}: run \`pnpm start\` from the repo root`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodedPath(req.url);
    if (path === null)
      return answer(res, 400, 'Bad request: the URL is not valid (a "%" not followed by two hex digits)');
    const refusal = bodyRefusal(req);
    if (refusal) return answer(res, ...refusal);
    if (serveStatic && !YOGA_PATHS.has(path) && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveClient(clientDist, path, req, res);
    }
    await yoga.handle(req, res);
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    requestScope.run({ requestId }, () => {
      handle(req, res).catch((error: unknown) => {
        log.error({ err: error, requestId }, 'request failed');
        if (!res.headersSent) answer(res, 500, `Internal error (request ${requestId})`);
        else res.destroy();
      });
    });
  };
}
