// Sets up the schema builder: plugins, context and auth scopes. Defines no domain types (those
// live one domain per file beside it).
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { type Context, isCaller, organises } from './context.ts';
import { fieldCost } from './cost.ts';

const capitalise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export class NotAuthorizedError extends Error {
  override name = 'NotAuthorizedError';
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: {
    /** Any caller with a valid token. */
    identified: boolean;
    /** The caller is this member. */
    self: string;
    /** The caller organises this group. */
    organiserOf: string;
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, DataloaderPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // Costs only: the limits are checked at validation (request-limits.ts), so a refusal is a 400.
  complexity: { fieldComplexity: fieldCost },
  scopeAuth: {
    authScopes: (context) => ({
      identified: context.caller !== null,
      self: (memberId) => isCaller(context, memberId),
      organiserOf: (groupId) => organises(context, groupId),
    }),
    unauthorizedError: () =>
      new NotAuthorizedError(
        'Sign in first: this needs an identified caller (Authorization: Bearer <token>)',
      ),
  },
  errors: {
    defaultTypes: [],
    // Validation failures become ValidationError results instead of top-level GraphQL errors.
    unsafelyHandleInputErrors: true,
    // recordReferral → RecordReferralResult = RecordReferralSuccess | ValidationError | …
    defaultResultOptions: { name: ({ fieldName }) => `${capitalise(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalise(fieldName)}Result` },
  },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
});

builder.queryType({});
builder.mutationType({});
