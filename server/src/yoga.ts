// Builds the GraphQL server; main.ts only listens. Tests call yoga.fetch(...) in-process.
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, maskError, useReadinessCheck } from 'graphql-yoga';
import { callerByToken } from './db/auth-repo.ts';
import { type Database, isDatabaseUnavailable, isStoppedByDeadline } from './db/database.ts';
import type { Logger } from './logger.ts';
import {
  REQUEST_TIMEOUT_MS,
  requestBounds,
  useAliasLimit,
  useQueryCostLimit,
  useResponseSizeCap,
  useUnsupportedMediaTypeMessage,
} from './request-limits.ts';
import type { Caller, Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

export const GRAPHQL_PATH = '/graphql';

const EXAMPLE_OPERATIONS = `# Power Groups: run an operation with the ▶ button. Sign in by adding the header
#   { "Authorization": "Bearer demo-mem-padraig-ryan" }   (a demo organiser of the sample data)
# in the Headers tab. Docs are in the left-hand panel.

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
  /** List the demo tokens for the sign-in picker (the demo setup, never a real deployment). */
  demoAccounts?: boolean;
  /** The clock requests are measured against (tests pin it; default: real time). */
  now?: () => Date;
  /** False while start-up still prepares the database: /ready answers 503 until then. */
  isPrepared?: () => boolean;
}

/** `Authorization: Bearer <token>` → the caller; no header → anonymous; a wrong token → 401. */
async function resolveCaller(db: Database, header: string | null): Promise<Caller | null> {
  if (!header) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!token) {
    throw createGraphQLError('The Authorization header must be "Bearer <token>"', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const caller = await callerByToken(db, token);
  if (!caller) {
    throw createGraphQLError('Unknown or revoked token: sign in again, or send no Authorization header', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return caller;
}

export function createYogaServer({
  db,
  log,
  demoAccounts = false,
  now = () => new Date(),
  isPrepared = () => true,
}: YogaOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
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
        const original = error instanceof GraphQLError ? error.extensions.originalError : undefined;
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
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          if (!isPrepared()) return false;
          try {
            await db.ping();
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
    context: async ({ request }): Promise<Context> => ({
      // Every statement of this request is cancelled when the caller goes away or the deadline passes.
      db: db.forRequest(requestBounds(request)),
      log,
      caller: await resolveCaller(db, request.headers.get('authorization')),
      now: now(),
      demoAccounts,
    }),
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
