// Builds the GraphQL server; main.ts only listens. Tests call yoga.fetch(...) in-process.
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Database } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

export const GRAPHQL_PATH = '/graphql';

const EXAMPLE_OPERATIONS = `# Power Groups — try these, then open the Docs panel.
query Database {
  databaseInfo { name version edition }
}
`;

export interface YogaOptions {
  db: Database;
  log: Logger;
}

export function createYogaServer({ db, log }: YogaOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: { title: 'Power Groups', defaultQuery: EXAMPLE_OPERATIONS },
    // Unexpected errors reach the client as "Unexpected error." with no stack; details go to the log.
    maskedErrors: true,
    logging: {
      debug: (...args) => log.debug({ details: args }),
      info: (...args) => log.info({ details: args }),
      warn: (...args) => log.warn({ details: args }),
      error: (...args) => log.error({ err: args.find((arg) => arg instanceof Error), details: args }),
    },
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await db.ping();
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
    context: (): Context => ({ db, log, caller: null }),
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
