// An in-process API over the test run's Neo4j: GraphQL goes through yoga.fetch, no port needed.
import { createLogger, createYogaServer, type Database, type YogaOptions } from '@powergroups/server';
import { testDatabase } from './database.ts';

export { testDatabase };

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApiOptions {
  db?: Database;
  /** Pin the request clock (the sample data's "today" is SAMPLE_FACTS.now). */
  now?: Date;
  /** The demo sign-in (demoAccounts, demoSignIn) works: off unless a suite tests it. */
  demoMode?: boolean;
  /** Rate limits other than the defaults (auth/rate-limits.ts DEFAULT_RATE_LIMITS). */
  limits?: YogaOptions['limits'];
  /** Origins allowed to call with credentials (CORS_ORIGINS). */
  corsOrigins?: string[];
  /** The live feed (default: in memory, following `db`). */
  feed?: YogaOptions['feed'];
}

export type TestApi = Awaited<ReturnType<typeof testApi>>;

export async function testApi({ db, now, demoMode = false, limits, corsOrigins, feed }: TestApiOptions = {}) {
  db ??= await testDatabase();
  const yoga = createYogaServer({
    db,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    demoMode,
    limits,
    corsOrigins,
    now: now ? () => now : undefined,
    feed,
  });
  return {
    db,
    yoga,
    async graphql<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      token?: string,
    ): Promise<GraphQLResponse<T>> {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    close: () => db.close(),
  };
}
