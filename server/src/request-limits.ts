// What one request may ask of the server, enforced before and while it runs: a cost that sees
// lists multiply (schema/cost.ts), a deadline that cancels the Neo4j transaction when it passes
// or the client goes away, a cap on the answer's size, and plain words for refusals.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { complexityFromQuery, createComplexityRule } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type ValidationContext,
  validate,
} from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { RequestBounds } from './db/database.ts';
import { QUERY_LIMITS } from './schema/cost.ts';
import { schema } from './schema/index.ts';

/** A request's statements are cancelled after this long (the Neo4j transaction too). */
export const REQUEST_TIMEOUT_MS = 15_000;
/** Answers larger than this are refused rather than built and sent. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Request bodies larger than this are refused before they are read (imports travel in the body). */
export const MAX_BODY_BYTES = 24 * 1024 * 1024;

const LIMIT_WORDS = {
  complexity: (found: number, max: number) =>
    `Query cost ${found.toLocaleString('en')} is over the limit of ${max.toLocaleString('en')} ` +
    `(${(found / max).toFixed(1)}×): lists multiply what is nested in them — ask for fewer items ` +
    '(first, limit) or nest fewer lists',
  depth: (found: number, max: number) =>
    `Query depth ${found} is over the limit of ${max}: nest fewer levels`,
  breadth: (found: number, max: number) =>
    `Query selects ${found} fields, over the limit of ${max}: select fewer fields or aliases`,
};

function limitError(kind: keyof typeof LIMIT_WORDS, found: number, max: number): GraphQLError {
  return new GraphQLError(LIMIT_WORDS[kind](found, max), {
    // A 400, as any validation error (yoga marks those before this check adds its own).
    extensions: { code: 'QUERY_TOO_COSTLY', limit: { kind, max, found }, http: { status: 400 } },
  });
}

/** The cost errors of an operation with its variables (none when within every limit). */
function costErrors(
  documentAST: DocumentNode,
  variableValues: Record<string, unknown>,
  operationName: string | undefined,
): readonly GraphQLError[] {
  return validate(schema, documentAST, [
    createComplexityRule({
      context: {},
      variableValues,
      operationName,
      validate: (result, reportError) => {
        if (result.complexity > QUERY_LIMITS.complexity) {
          reportError(limitError('complexity', result.complexity, QUERY_LIMITS.complexity));
        }
        if (result.depth > QUERY_LIMITS.depth)
          reportError(limitError('depth', result.depth, QUERY_LIMITS.depth));
        if (result.breadth > QUERY_LIMITS.breadth) {
          reportError(limitError('breadth', result.breadth, QUERY_LIMITS.breadth));
        }
      },
    }),
  ]);
}

/** How many variable sets of one document keep their cost remembered (the explorer sends a few each). */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses, at validation, operations over the cost, depth or breadth limit: a 400 that names the
 * limit. Yoga caches parsed and validated documents, so the cost is not a validation rule (a
 * cached "valid" would let the same document through with larger variables): it is worked out
 * after validation, for every request, from the document and its own variables, and remembered
 * per document and variables (the document from yoga's parse cache, so a repeat costs a lookup).
 */
export function useQueryCostLimit(): Plugin {
  const costs = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
  return {
    onValidate({ context, params: { documentAST } }) {
      const { params } = context as YogaInitialContext;
      return ({ valid, result, setResult }) => {
        // An invalid operation is refused anyway; the cost of what cannot run is not worked out.
        if (!valid) return;
        const variables = params.variables ?? {};
        const key = JSON.stringify([params.operationName ?? null, variables]);
        let known = costs.get(documentAST);
        if (!known) {
          known = new Map();
          costs.set(documentAST, known);
        }
        let errors = known.get(key);
        if (!errors) {
          errors = costErrors(documentAST, variables, params.operationName);
          if (known.size >= COSTS_PER_DOCUMENT) known.clear();
          known.set(key, errors);
        }
        // Fresh errors for each request: yoga and the error masking may change the ones they are given.
        if (errors.length > 0) {
          setResult([
            ...result,
            ...errors.map(
              (error) =>
                new GraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: {
                    ...error.extensions,
                    http: { status: 400, ...(error.extensions.http as object | undefined) },
                  },
                }),
            ),
          ]);
        }
      };
    },
  };
}

/** Each alias of a root field is its own Cypher round trip: more than this many is refused (a 400). */
export const MAX_ALIASES = 30;

export function useAliasLimit(): Plugin {
  return maxAliasesPlugin({
    n: MAX_ALIASES,
    // Reported as a validation error (a 400 that names the limit) instead of thrown (a 200).
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        (context as ValidationContext).reportError(
          new GraphQLError(
            `Query uses ${found ?? 'too many'} aliases, over the limit of ${MAX_ALIASES}: ask once`,
            {
              extensions: {
                code: 'QUERY_TOO_COSTLY',
                limit: { kind: 'aliases', max: MAX_ALIASES, found: Number(found) },
              },
            },
          ),
        );
      },
    ],
  }) as Plugin;
}

/**
 * Replaces an answer larger than maxBytes (MAX_RESPONSE_BYTES) by an error that says so. The answer is
 * measured by serialising it, and that text is what yoga sends (it serialises with a result's own
 * `stringify`), so an answer is serialised once.
 */
export function useResponseSizeCap(maxBytes = MAX_RESPONSE_BYTES): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const text = JSON.stringify(result);
          // UTF-8 takes at most 3 bytes per UTF-16 unit: most answers fit by their length alone.
          const bytes = text.length * 3 <= maxBytes ? null : Buffer.byteLength(text);
          if (bytes === null || bytes <= maxBytes) {
            // Yoga hands the result itself to `stringify` unless it must first strip errors'
            // internals: reuse the text only for that very object, serialise anything else afresh.
            const measured: ExecutionResult & { stringify(sent: ExecutionResult): string } = {
              ...result,
              stringify: (sent) => (sent === measured ? text : JSON.stringify(sent)),
            };
            setResult(measured);
            return;
          }
          const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
          setResult({
            errors: [
              new GraphQLError(
                `The answer would be ${mb(bytes)} MB, over the limit of ${mb(maxBytes)} MB: ask for fewer items`,
                { extensions: { code: 'RESPONSE_TOO_LARGE', http: { status: 413 } } },
              ),
            ],
          });
        },
      };
    },
  };
}

/** Gives yoga's bare 415 a body that says what to send instead. */
export function useUnsupportedMediaTypeMessage(): Plugin {
  return {
    onResponse({ request, response, setResponse }) {
      if (response.status !== 415) return;
      const sent = request.headers.get('content-type') ?? 'no content type';
      setResponse(
        Response.json(
          {
            errors: [
              {
                message: `Send GraphQL as application/json (or GET with ?query=…); got ${sent}`,
                extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
              },
            ],
          },
          { status: 415, headers: { 'content-type': 'application/json; charset=utf-8' } },
        ),
      );
    },
  };
}

/**
 * The bounds of one request's database work: the client's disconnect, or the deadline. The
 * deadline is a time, not a timer: a timer and a combined signal per request cost about half a
 * millisecond together (mostly garbage collection), and Neo4j enforces the time left anyway.
 */
export function requestBounds(request: Request): RequestBounds {
  // A signal of the request's own, following the client's: each running statement listens to it,
  // and a request may run several at once (an import reads seven), besides yoga's own listeners.
  const statements = new AbortController();
  if (request.signal.aborted) statements.abort(request.signal.reason);
  else
    request.signal.addEventListener('abort', () => statements.abort(request.signal.reason), { once: true });
  return { signal: statements.signal, deadline: Date.now() + REQUEST_TIMEOUT_MS };
}

/** The cost, depth and breadth of an operation's text, as the limit sees them (tests, tuning). */
export function operationCost(document: string, variables: Record<string, unknown> = {}) {
  return complexityFromQuery(document, { schema, ctx: {}, variables });
}
