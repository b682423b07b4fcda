// Rate limits on the fields that cost the most or guard sign-in: the expensive questions and the
// import per caller, sign-in per address and per email. Counted with rate-limiter-flexible.
//
// Which limited fields a document asks for is worked out once per document (yoga caches parsed
// documents, so a repeat costs a lookup); each request then only adds to its counts. The document
// is never rewritten, so what is keyed by it downstream (the executor's compiled plans) is reused.
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Context } from '../schema/context.ts';
import { normaliseEmail } from './accounts.ts';

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

/** One limit: how often a caller (as `identify` names them) may ask for each of `fields`. */
interface FieldLimit {
  /** Type.field coordinates; each field has a count of its own. */
  fields: readonly string[];
  max: number;
  window: { seconds: number; words: string };
  /** The refusal: "Too many <what>: wait <window> and try again". */
  what: string;
  /** Whose count a use of the field adds to (args: the field's arguments, worked out if asked for). */
  identify: (context: Context, args: () => Record<string, unknown>) => string;
}

/** A signed-in caller is their account; an anonymous one, their address. */
const callerIdentity = (context: Context) => context.caller?.accountId ?? `address ${context.clientAddress}`;

const MINUTE = { seconds: 60, words: 'a minute' };
const QUARTER_HOUR = { seconds: 15 * 60, words: '15 minutes' };
const HOUR = { seconds: 60 * 60, words: 'an hour' };

function fieldLimits(limits: RateLimits): FieldLimit[] {
  return [
    {
      fields: [
        'Query.whoKnows',
        'Query.referralPartners',
        'Query.powerGroups',
        'Query.groupGraph',
        'Member.partners',
      ],
      max: limits.questionsPerMinute,
      window: MINUTE,
      what: 'questions of this kind',
      identify: callerIdentity,
    },
    {
      fields: ['Mutation.importGroupCsv'],
      max: limits.importsPerHour,
      window: HOUR,
      what: 'imports',
      identify: callerIdentity,
    },
    {
      fields: ['Mutation.signIn', 'Mutation.acceptInvitation'],
      max: limits.signInPerAddress,
      window: QUARTER_HOUR,
      what: 'sign-in attempts from your address',
      identify: (context) => `address ${context.clientAddress}`,
    },
    {
      fields: ['Mutation.signIn'],
      max: limits.signInPerEmail,
      window: QUARTER_HOUR,
      what: 'sign-in attempts for this account',
      identify: (_context, args) => {
        const email = (args() as { input?: { email?: unknown } }).input?.email;
        return `email ${normaliseEmail(typeof email === 'string' ? email : '')}`;
      },
    },
  ];
}

/** A limit and its counts (keyed by field and caller, so each field counts apart). */
interface CountedLimit {
  limit: FieldLimit;
  counter: RateLimiterMemory;
}

/** A limited field where a document asks for it. */
interface LimitedUse extends CountedLimit {
  coordinate: string;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** Refuses a request that asks a limited field more often than its limit allows (429, Retry-After). */
export function useRateLimits(limits: RateLimits): Plugin<Context> {
  const limited = new Map<string, CountedLimit[]>();
  for (const limit of fieldLimits(limits)) {
    const counted = {
      limit,
      counter: new RateLimiterMemory({ points: limit.max, duration: limit.window.seconds }),
    };
    for (const coordinate of limit.fields)
      limited.set(coordinate, [...(limited.get(coordinate) ?? []), counted]);
  }
  const usesByDocument = new WeakMap<DocumentNode, LimitedUse[]>();
  const usesIn = (document: DocumentNode, schema: GraphQLSchema): LimitedUse[] => {
    let uses = usesByDocument.get(document);
    if (!uses) {
      uses = findLimitedUses(document, schema, limited);
      usesByDocument.set(document, uses);
    }
    return uses;
  };

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const uses = usesIn(args.document, args.schema);
      if (uses.length === 0) return;
      const context = args.contextValue;
      const variables = args.variableValues ?? {};
      return Promise.all(
        uses.map(async ({ coordinate, field, node, limit, counter }) => {
          const fieldArgs = () => getArgumentValues(field, node, variables);
          try {
            await counter.consume(`${coordinate} ${limit.identify(context, fieldArgs)}`);
            return null;
          } catch (refused) {
            if (!(refused instanceof RateLimiterRes)) throw refused;
            return tooOften(limit, refused.msBeforeNext, node);
          }
        }),
      ).then((refusals) => {
        const errors = refusals.filter((refusal) => refusal !== null);
        if (errors.length > 0) setResultAndStopExecution({ errors });
      });
    },
  };
}

function findLimitedUses(
  document: DocumentNode,
  schema: GraphQLSchema,
  limited: Map<string, CountedLimit[]>,
): LimitedUse[] {
  const uses: LimitedUse[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!type || !field) return;
        const coordinate = `${type.name}.${field.name}`;
        for (const { limit, counter } of limited.get(coordinate) ?? []) {
          uses.push({ coordinate, field, node, limit, counter });
        }
      },
    }),
  );
  return uses;
}

function tooOften(limit: FieldLimit, msBeforeNext: number, node: FieldNode): GraphQLError {
  return new GraphQLError(`Too many ${limit.what}: wait ${limit.window.words} and try again`, {
    nodes: [node],
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil(msBeforeNext / 1000))) } },
    },
  });
}
