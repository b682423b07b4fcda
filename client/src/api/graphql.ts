// The typed `graphql()` for every document the explorer sends: result and variable types come from
// server/schema.graphql through graphql-env.d.ts (`pnpm --filter @powergroups/client generate:types`).
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // No `scalars`: the schema has no custom scalars yet (dates are ISO strings). A new one needs
  // its type here, e.g. `scalars: { DateTime: string }`, or its fields are typed unknown.
  // Components read fragment fields directly; masking would add readFragment calls everywhere.
  disableMasking: true;
}>();

export type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
