// Sets up the schema builder: plugins, context and auth scopes. Defines no domain types (those
// live one domain per file beside it).
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { GraphQLResolveInfo } from 'graphql';
import { ruleOf } from './access-table.ts';
import { type Context, isCaller, isMemberOf, organises } from './context.ts';
import { TYPICAL_LIST_SIZE } from './cost.ts';
import {
  accessTokenOwnerLoader,
  memberGroupLoader,
  oneToOnePartiesLoader,
  referralPartiesLoader,
} from './loaders.ts';

const capitalise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export class NotAuthorizedError extends Error {
  override name = 'NotAuthorizedError';
}

/** What a refusal is made of on a field with an unauthorizedResolver: it is never thrown. */
const HIDDEN = new NotAuthorizedError('hidden from this caller');

function hidesWhenRefused(info: GraphQLResolveInfo): boolean {
  const options = info.parentType.getFields()[info.fieldName]?.extensions?.pothosOptions;
  return typeof options === 'object' && options !== null && 'unauthorizedResolver' in options;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  // Who may use a field is declared on it with these (access-table.ts lists every rule and the
  // outcome each kind of caller gets; test/unit/access-rules.test.ts fails on a field without one).
  AuthScopes: {
    /** Anyone, anonymous callers included: the explicit rule of a public field. */
    public: boolean;
    /** Any signed-in caller. */
    signedIn: boolean;
    /** Signed in through the explorer (a session), not with an access token. */
    session: boolean;
    /** Anonymous or write-scoped: the Mutation type's rule, so a read-only token never writes. */
    mayWrite: boolean;
    /** The instance admin (edits the shared industry catalogue). */
    admin: boolean;
    /** The server runs the demo (the sample on the bundled Neo4j, loopback only). */
    demoMode: boolean;
    /** The caller is this member. */
    self: string;
    /** The caller belongs to this group (organisers included). */
    memberOf: string;
    /** The caller organises this group. */
    organiserOf: string;
    /** The caller organises this member's group. */
    organiserOfMember: string;
    /** The caller belongs to this member's group. */
    groupmateOf: string;
    /** The caller gave or received this referral. */
    referralParty: string;
    /** The caller received this referral. */
    referralReceiver: string;
    /** The caller organises the group of this referral's receiver. */
    organiserOfReferral: string;
    /** The caller is one of the two members of this one-to-one. */
    oneToOneParty: string;
    /** The caller organises the group in which this one-to-one was held. */
    organiserOfOneToOne: string;
    /** The caller owns this access token. */
    ownAccessToken: string;
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, DataloaderPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // Costs only: the limits are checked at validation (request-limits.ts), so a refusal is a 400.
  complexity: { defaultComplexity: 1, defaultListMultiplier: TYPICAL_LIST_SIZE },
  scopeAuth: {
    // A subscription's rule is checked when it is opened, not at each event it delivers.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({
      public: true,
      signedIn: context.caller !== null,
      session: context.caller !== null && context.caller.via !== 'token',
      mayWrite: context.caller === null || context.caller.scope === 'write',
      admin: context.caller?.admin === true,
      demoMode: context.demoMode,
      self: (memberId) => isCaller(context, memberId),
      memberOf: (groupId) => isMemberOf(context, groupId),
      organiserOf: (groupId) => organises(context, groupId),
      organiserOfMember: async (memberId) =>
        Boolean(context.caller?.organiserOf.length) &&
        organises(context, await memberGroupLoader(context).load(memberId)),
      groupmateOf: async (memberId) =>
        Boolean(context.caller) && isMemberOf(context, await memberGroupLoader(context).load(memberId)),
      referralParty: async (referralId) => {
        const referral = context.caller?.memberId
          ? await referralPartiesLoader(context).load(referralId)
          : null;
        return isCaller(context, referral?.giverId) || isCaller(context, referral?.receiverId);
      },
      referralReceiver: async (referralId) =>
        Boolean(context.caller?.memberId) &&
        isCaller(context, (await referralPartiesLoader(context).load(referralId))?.receiverId),
      organiserOfReferral: async (referralId) =>
        Boolean(context.caller?.organiserOf.length) &&
        organises(context, (await referralPartiesLoader(context).load(referralId))?.groupId),
      oneToOneParty: async (oneToOneId) =>
        Boolean(context.caller?.memberId) &&
        Boolean(
          (await oneToOnePartiesLoader(context).load(oneToOneId))?.memberIds.some((id) =>
            isCaller(context, id),
          ),
        ),
      organiserOfOneToOne: async (oneToOneId) =>
        Boolean(context.caller?.organiserOf.length) &&
        organises(context, (await oneToOnePartiesLoader(context).load(oneToOneId))?.groupId),
      ownAccessToken: async (tokenId) =>
        Boolean(context.caller) &&
        (await accessTokenOwnerLoader(context).load(tokenId)) === context.caller?.accountId,
    }),
    unauthorizedError: (_parent, context, info) => {
      // A field that hides what the caller may not see (null, []) throws no error: skip making one
      // (an Error's stack is the costliest part of a hidden contact).
      if (hidesWhenRefused(info)) return HIDDEN;
      if (!context.caller)
        return new NotAuthorizedError(
          'Sign in first: this needs a signed-in caller (the explorer’s sign-in, or Authorization: Bearer <access token>)',
        );
      if (info.parentType.name === 'Mutation' && context.caller.scope === 'read')
        return new NotAuthorizedError(
          'This access token is read-only: create a read-write token to make changes',
        );
      return new NotAuthorizedError(
        `You may not use ${info.parentType.name}.${info.fieldName}: ${ruleOf(info)}`,
      );
    },
  },
  errors: {
    defaultTypes: [],
    // Validation failures become ValidationError results instead of top-level GraphQL errors.
    unsafelyHandleInputErrors: true,
    // recordReferral → RecordReferralResult = RecordReferralSuccess | ValidationError | …
    defaultResultOptions: { name: ({ fieldName }) => `${capitalise(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalise(fieldName)}Result` },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A connection's cost is multiplied by its page size (first/last) once, on the connection field.
    edgesFieldOptions: { complexity: { field: 1, multiplier: 1 } },
  },
});

builder.queryType({});
// One place for "a read-only token never writes": every mutation inherits this rule, and no
// mutation may skip it (skipTypeScopes is refused by test/unit/access-rules.test.ts).
builder.mutationType({ authScopes: { mayWrite: true } });
