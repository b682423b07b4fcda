// Builds the GraphQL server; main.ts only listens. Tests call yoga.fetch(...) in-process.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  type DocumentNode,
  GraphQLError,
  getNamedType,
  getOperationAST,
  isLeafType,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { createGraphQLError, createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { AuthSettings } from './auth/accounts.ts';
import { clearedSessionCookie } from './auth/cookies.ts';
import { identify } from './auth/identify.ts';
import { IdentityCache, isPlainRead, useForgetIdentitiesAfterWrites } from './auth/identity-cache.ts';
import {
  clientAddress,
  cookieJar,
  corsFor,
  type ServerContext,
  tabOf,
  useCsrfPrevention,
  useResponseCookies,
} from './auth/plugins.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits, useRateLimits } from './auth/rate-limits.ts';
import { type Database, isDatabaseUnavailable, isStoppedByDeadline } from './db/database.ts';
import { createGroupFeed, type GroupFeed } from './live/group-feed.ts';
import type { Logger } from './logger.ts';
import {
  REQUEST_TIMEOUT_MS,
  requestBounds,
  useAliasLimit,
  useQueryCostLimit,
  useResponseSizeCap,
  useUnsupportedMediaTypeMessage,
} from './request-limits.ts';
import { NotAuthorizedError } from './schema/builder.ts';
import type { Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

export const GRAPHQL_PATH = '/graphql';
export const READY_PATH = '/ready';

const EXAMPLE_OPERATIONS = `# Power Groups: run an operation with the ▶ button. Signed in to the explorer on this
# address, you are signed in here too; a script sends an access token (explorer → Access tokens,
# or \`pnpm admin create-token\`) as { "Authorization": "Bearer <token>" } in the Headers tab.
# Docs are in the left-hand panel.

query Groups {
  groups { id name region meetingDay memberCount }
}

query WhoKnowsAMortgageBroker {
  whoKnows(industry: "mortgage broker", groupId: "grp-southside-connect") {
    match { industry { name } matchedBy matchedText ambiguous alternatives { name } }
    answers { member { name company } hops strength reason path { kind label via } }
  }
}

query BestPartners {
  referralPartners(memberId: "mem-aoife-byrne", limit: 5) {
    member { name industry { name } }
    score reasons action
    breakdown { synergy relationship trust reciprocity }
  }
}

query PowerGroupGaps {
  powerGroups(groupId: "grp-southside-connect") {
    powerGroups {
      powerGroup { name } status coverage
      gaps { industry { name } inviters { member { name } contacts } }
    }
    communities { members { name } bestMatch { name } jaccard }
  }
}

query StalledReferrals {
  referrals(groupId: "grp-southside-connect", stalled: true) {
    id status updatedAt giver { name } receiver { name }
  }
}
`;

export interface YogaOptions {
  db: Database;
  log: Logger;
  /** The demo sign-in works (the sample on the bundled Neo4j, served on loopback only). */
  demoMode?: boolean;
  /** Invitation links, session length (defaults: http://localhost:4000, 14 and 7 days). */
  auth?: Partial<AuthSettings>;
  /** Other origins whose pages may call the API with credentials (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  /** Take the client's address from X-Forwarded-For (TRUST_PROXY). */
  trustProxy?: boolean;
  /** Rate limits (tests lower or raise them). */
  limits?: Partial<RateLimits>;
  /** The clock requests are measured against (tests pin it; default: real time). */
  now?: () => Date;
  /** False while start-up still prepares the database: /ready answers 503 until then. */
  isPrepared?: () => boolean;
  /** The live feed (default: in memory, following `db`); app.ts passes one over Redis when REDIS_URL is set. */
  feed?: GroupFeed;
}

export function createYogaServer({
  db,
  log,
  demoMode = false,
  auth: authOptions = {},
  corsOrigins = [],
  trustProxy = false,
  limits = {},
  now = () => new Date(),
  isPrepared = () => true,
  feed = defaultFeed(db),
}: YogaOptions) {
  const auth: AuthSettings = {
    publicUrl: 'http://localhost:4000',
    sessionDays: 14,
    invitationDays: 7,
    ...authOptions,
  };
  const cookies = { secure: auth.publicUrl.startsWith('https:') };
  // Recent callers, reused by plain reads for a few seconds; forgotten after every mutation.
  const identities = new IdentityCache();
  return createYoga<ServerContext, Context>({
    schema,
    // Same origin only, unless CORS_ORIGINS lists others (never "any origin, with credentials").
    cors: corsFor(corsOrigins),
    graphqlEndpoint: GRAPHQL_PATH,
    // http.ts refuses a body with no Content-Length, or one over MAX_BODY_BYTES, before reading it,
    // and node reads no more than the length says: yoga need not count the bytes again through a
    // stream of its own on every request.
    maxRequestBodySize: false,
    landingPage: false,
    graphiql: { title: 'Power Groups', defaultQuery: EXAMPLE_OPERATIONS },
    // Unexpected errors reach the client as "Unexpected error." with no stack; details go to the
    // log. A database that is away is said plainly, since the caller can do something about it.
    // Never "dev" masking: a refused body must not come back inside the error (originalError).
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        // yoga puts the JSON parser's message, which quotes the body, into the refusal: keep only
        // what went wrong and where. (The same error object: yoga reads its status from it.)
        const original = error instanceof GraphQLError ? error.extensions?.originalError : undefined;
        if (original && typeof original === 'object' && 'message' in original) {
          original.message = String(original.message)
            .replace(/,? ".*$/s, '')
            .slice(0, 200);
        }
        if (isDatabaseUnavailable(error)) {
          return createGraphQLError('The database is unavailable right now: try again shortly (see /ready)', {
            extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
          });
        }
        // A refused query field (scope-auth) says which rule refused it: the words are ours.
        const cause = error instanceof GraphQLError ? error.originalError : error;
        if (cause instanceof NotAuthorizedError) {
          return createGraphQLError(cause.message, { extensions: { code: 'FORBIDDEN' } });
        }
        if (isStoppedByDeadline(error)) {
          return createGraphQLError(
            `The request was stopped after ${REQUEST_TIMEOUT_MS / 1000} s (or its caller went away): ask for less, or try again`,
            { extensions: { code: 'REQUEST_TIMEOUT', http: { status: 503 } } },
          );
        }
        return maskError(error, message, false);
      },
    },
    logging: {
      debug: (...args) => log.debug({ details: args }),
      info: (...args) => log.info({ details: args }),
      warn: (...args) => log.warn({ details: args }),
      error: (...args) => log.error({ err: args.find((arg) => arg instanceof Error), details: args }),
    },
    plugins: [
      // A public endpoint: refuse operations built to be expensive before they reach Neo4j: huge
      // documents at parse, then cost (lists multiply), depth and breadth at validation, each a 400
      // that names the limit (request-limits.ts).
      maxTokensPlugin({ n: 5000 }),
      useQueryCostLimit(),
      useAliasLimit(),
      useResponseSizeCap(),
      useUnsupportedMediaTypeMessage(),
      useCsrfPrevention(),
      useResponseCookies(),
      useForgetIdentitiesAfterWrites(identities),
      useRateLimits({ ...DEFAULT_RATE_LIMITS, ...limits }),
      // Queries run as code compiled once per document (graphql-jit): an answer of hundreds of
      // nodes and edges is assembled without walking the schema field by field (compiledQueries).
      useGraphQlJit(
        {},
        { enableIf: ({ document, operationName }) => compiledQueries(document, operationName) },
      ),
      useReadyEndpoint(async () => {
        if (!isPrepared()) return false;
        try {
          await db.ping();
          return true;
        } catch {
          return false;
        }
      }),
    ],
    context: async ({ request, params, ...server }): Promise<Context> => {
      // Every statement of this request is cancelled when the caller goes away or the deadline passes.
      const tab = tabOf(request);
      const requestDb = db.forRequest(requestBounds(request), tab);
      const setCookie = cookieJar(request);
      const identified = await identify(request, {
        db: requestDb,
        log,
        demoMode,
        cookies,
        reuse: isPlainRead(params.query) ? identities : undefined,
      });
      if (identified.staleCookie) setCookie(clearedSessionCookie(cookies));
      return {
        db: requestDb,
        log,
        caller: identified.caller,
        sessionToken: identified.sessionToken,
        now: now(),
        demoMode,
        clientAddress: clientAddress(request, server, trustProxy),
        auth,
        setCookie,
        feed,
        tab,
      };
    },
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;

/**
 * /ready answers 200 once the app can answer, 503 until then. (yoga's useReadinessCheck tests
 * every other request's URL against a URLPattern, whose polyfill cost some 10 µs a request: the
 * path alone says it.)
 */
function useReadyEndpoint(isReady: () => Promise<boolean>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== READY_PATH) return;
      return isReady().then((ready) =>
        endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
      );
    },
  };
}

const compilable = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * Whether an operation runs compiled: a query whose variables are all scalars or enums. graphql-jit
 * coerces an input object variable by its own rules, which refuse a required field left out even
 * when the field has a default (ReferralPipelineOrder.direction); those, mutations and
 * subscriptions keep the reference executor. Decided once per operation (yoga caches documents).
 */
function compiledQueries(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return false;
  let known = compilable.get(operation);
  if (known === undefined) {
    known = (operation.variableDefinitions ?? []).every((definition) => {
      const type = typeFromAST(schema, definition.type);
      return type !== undefined && isLeafType(getNamedType(type));
    });
    compilable.set(operation, known);
  }
  return known;
}

/** An in-memory feed of the changes committed through `db`: enough for one server process. */
function defaultFeed(db: Database): GroupFeed {
  const feed = createGroupFeed();
  feed.follow(db);
  return feed;
}
