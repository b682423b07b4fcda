// The HTTP side of sign-in, as yoga plugins and options: session cookies on the way out, CSRF
// prevention, CORS for a configured list of origins only, and rate limits (sign-in per email and
// per address; the expensive questions and the import per caller), with @envelop/rate-limiter.
import type { IncomingMessage } from 'node:http';
import { useRateLimiter } from '@envelop/rate-limiter';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { getOperationAST } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';
import { normaliseEmail } from './accounts.ts';

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

/** CORS: the explorer's own origin needs none; only the origins listed in CORS_ORIGINS get an answer. */
export function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', CSRF_HEADER],
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

// ---- rate limits --------------------------------------------------------------------------------

export interface RateLimits {
  /** Sign-in attempts per email address, per 15 minutes. */
  signInPerEmail: number;
  /** Sign-in and invitation attempts per client address, per 15 minutes. */
  signInPerAddress: number;
  /** Each expensive question (whoKnows, referralPartners, powerGroups, groupGraph), per caller, per minute. */
  questionsPerMinute: number;
  /** CSV imports per caller, per hour. */
  importsPerHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  signInPerEmail: 10,
  signInPerAddress: 30,
  questionsPerMinute: 120,
  importsPerHour: 20,
};

/** A signed-in caller is their account; an anonymous one, their address. */
const callerIdentity = (context: Context) => context.caller?.accountId ?? `address ${context.clientAddress}`;

const tooOften = (what: string, window: string) => `Too many ${what}: wait ${window} and try again`;

/** Two limiters: one counts per caller (or address), the other per email address signed in as. */
export function useRateLimits(limits: RateLimits): Plugin[] {
  const perCaller = useRateLimiter({
    identifyFn: (context) => callerIdentity(context as Context),
    configByField: [
      {
        type: 'Query',
        field: '{whoKnows,referralPartners,powerGroups,groupGraph}',
        max: limits.questionsPerMinute,
        window: '1m',
        message: tooOften('questions of this kind', 'a minute'),
      },
      {
        type: 'Member',
        field: 'partners',
        max: limits.questionsPerMinute,
        window: '1m',
        message: tooOften('questions of this kind', 'a minute'),
      },
      {
        type: 'Mutation',
        field: 'importGroupCsv',
        max: limits.importsPerHour,
        window: '1h',
        message: tooOften('imports', 'an hour'),
      },
      {
        type: 'Mutation',
        field: '{signIn,acceptInvitation}',
        identifyFn: (context) => `address ${(context as Context).clientAddress}`,
        max: limits.signInPerAddress,
        window: '15m',
        message: tooOften('sign-in attempts from your address', '15 minutes'),
      },
    ],
  });
  const perEmail = useRateLimiter({
    identifyFn: () => 'email',
    configByField: [
      {
        type: 'Mutation',
        field: 'signIn',
        identifyFn: (_context, args) => {
          const email = (args as { input?: { email?: unknown } }).input?.email;
          return normaliseEmail(typeof email === 'string' ? email : '');
        },
        max: limits.signInPerEmail,
        window: '15m',
        message: tooOften('sign-in attempts for this account', '15 minutes'),
      },
    ],
  });
  return [perCaller as Plugin, onMutationsOnly(perEmail as Plugin)];
}

/**
 * Runs a limiter only on mutations: the plugin walks the whole document on every request, and a
 * limiter of mutations has nothing to count in a query (the per-email limiter counts signIn).
 */
function onMutationsOnly(limiter: Plugin): Plugin {
  return {
    ...limiter,
    onExecute(payload) {
      const { document, operationName } = payload.args;
      if (getOperationAST(document, operationName)?.operation !== 'mutation') return;
      return limiter.onExecute?.(payload);
    },
  };
}
