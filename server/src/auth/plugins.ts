// The HTTP side of sign-in, as yoga plugins and options: session cookies on the way out, CSRF
// prevention, CORS for a configured list of origins only. (Rate limits: rate-limits.ts.)
import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { CORSOptions, Plugin } from 'graphql-yoga';

/** What the HTTP server hands yoga besides the request (node's req; tests may give an address). */
export interface ServerContext {
  req?: IncomingMessage;
  clientAddress?: string;
}

/** The header the explorer sends with every request; a cross-site form cannot send it. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Refuses requests a browser would send cross-site without a preflight (GET, form posts,
 * text/plain) unless they carry CSRF_HEADER: a page elsewhere cannot make the browser send the
 * session cookie with a query or a mutation. JSON posts need a preflight, which CORS refuses.
 */
export const useCsrfPrevention = () => useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });

/**
 * Names the explorer tab a request comes from (a random id per page), so the live feed can spare
 * that tab the changes it made itself (database.ts CommittedChange.origin).
 */
export const TAB_HEADER = 'x-powergroups-tab';

/** The request's tab id, if it sent a well-formed one (anything else is ignored, never an error). */
export function tabOf(request: Request): string | undefined {
  const tab = request.headers.get(TAB_HEADER);
  return tab && /^[A-Za-z0-9-]{8,64}$/.test(tab) ? tab : undefined;
}

/** CORS: the explorer's own origin needs none; only the origins listed in CORS_ORIGINS get an answer. */
export function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', CSRF_HEADER, TAB_HEADER],
    };
  };
}

/** The caller's address: the socket's, or X-Forwarded-For's first hop behind a trusted proxy. */
export function clientAddress(request: Request, server: ServerContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return server.clientAddress ?? server.req?.socket.remoteAddress ?? 'unknown';
}

// ---- session cookies ---------------------------------------------------------------------------

const pendingCookies = new WeakMap<Request, string[]>();

/** Where a resolver's Set-Cookie goes for this request (see useResponseCookies). */
export function cookieJar(request: Request): (cookie: string) => void {
  return (cookie) => {
    const list = pendingCookies.get(request) ?? [];
    list.push(cookie);
    pendingCookies.set(request, list);
  };
}

/** Adds the cookies resolvers set (sign-in, sign-out) to the response, and keeps it out of caches. */
export function useResponseCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      const cookies = pendingCookies.get(request);
      if (!cookies?.length) return;
      for (const cookie of cookies) response.headers.append('set-cookie', cookie);
      response.headers.set('cache-control', 'no-store');
    },
  };
}
