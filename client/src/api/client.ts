// A small typed GraphQL-over-fetch client. Every failure becomes an ApiError whose message says
// what went wrong in words an organiser can act on (server down, database down, signed out).
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { TadaDocumentNode } from './graphql.ts';
import { printDocument } from './print.ts';

export type ApiErrorKind = 'server-down' | 'database-down' | 'unauthorised' | 'graphql' | 'http';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface ApiClientOptions {
  /** Where /graphql and /ready live; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Sent with every request: the server refuses requests without it that a cross-site page could forge. */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Names this page (tab) to the server, so its live feed does not tell it of its own writes: it
 * reads again after them already. Random, not secret; getRandomValues works on plain http too.
 */
const TAB_HEADER = 'x-powergroups-tab';
const TAB_ID = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
  byte.toString(16).padStart(2, '0'),
).join('');

// Said to people using the explorer, not to its developers: what happened and what they can do.
export const SERVER_DOWN_MESSAGE =
  'Power Groups cannot reach its server. Check your connection and retry; if it keeps happening, ask whoever runs Power Groups to check that the server is running.';
export const DATABASE_DOWN_MESSAGE =
  'The server is up, but its database is not answering. Retry in a moment; if it keeps happening, ask whoever runs Power Groups to check the database.';

// Who is signed in travels in the session cookie (HttpOnly: no script here can read it).
export function createApiClient({ baseUrl = '', fetch: doFetch }: ApiClientOptions = {}) {
  const fetcher = doFetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  /** Tells "the database is down" apart from other server-side failures. */
  async function databaseIsDown(): Promise<boolean> {
    try {
      const ready = await fetcher(`${baseUrl}/ready`, { method: 'GET' });
      return ready.status === 503;
    } catch {
      return false;
    }
  }

  /** POSTs a query to /graphql with the headers every request carries; `accept` picks the answer's form. */
  function post(query: string, variables: unknown, accept: string, signal?: AbortSignal): Promise<Response> {
    return fetcher(`${baseUrl}/graphql`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept, [CSRF_HEADER]: '1', [TAB_HEADER]: TAB_ID },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  }

  /** Sends a graphql() document; its variables are required exactly when it declares required ones. */
  async function request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...[variables]: Partial<Variables> extends Variables ? [variables?: Variables] : [variables: Variables]
  ): Promise<Result> {
    const query = printDocument(document);
    let response: Response;
    try {
      response = await post(query, variables ?? {}, 'application/graphql-response+json, application/json');
    } catch {
      throw new ApiError('server-down', SERVER_DOWN_MESSAGE);
    }
    // A dev proxy with no server behind it answers 502/504.
    if (response.status === 502 || response.status === 504)
      throw new ApiError('server-down', SERVER_DOWN_MESSAGE);
    let body: GraphQLResponse<Result>;
    try {
      body = (await response.json()) as GraphQLResponse<Result>;
    } catch {
      throw new ApiError(
        'http',
        `The server answered ${response.status} ${response.statusText} without GraphQL.`,
      );
    }
    if (body.errors?.length) {
      const first = body.errors[0];
      const code = first?.extensions?.code;
      if (response.status === 401 || code === 'UNAUTHENTICATED')
        throw new ApiError('unauthorised', 'Your sign-in is not valid any more. Sign in again.');
      // The server says so itself (code DATABASE_UNAVAILABLE); older answers are checked on /ready.
      if (code === 'DATABASE_UNAVAILABLE' || (await databaseIsDown()))
        throw new ApiError('database-down', DATABASE_DOWN_MESSAGE);
      throw new ApiError('graphql', body.errors.map((error) => error.message).join(' '));
    }
    if (!body.data) throw new ApiError('http', `The server answered ${response.status} with no data.`);
    return body.data;
  }

  /**
   * Opens a subscription over server-sent events: `on.open` once it is open, `on.data` with each event's data. Resolves
   * when the server ends the stream (it does every 15 minutes) or `signal` aborts; rejects when the
   * server cannot be reached or refuses the subscription.
   */
  async function subscribe<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    variables: Variables,
    on: { open: () => void; data: (data: Result) => void },
    signal: AbortSignal,
  ): Promise<void> {
    let response: Response;
    try {
      response = await post(printDocument(document), variables, 'text/event-stream', signal);
    } catch (error) {
      if (signal.aborted) return;
      throw new ApiError('server-down', SERVER_DOWN_MESSAGE, { cause: error });
    }
    if (!response.ok || !response.body)
      throw new ApiError('http', `The server answered ${response.status} to a live subscription.`);
    on.open();
    const events = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .getReader();
    try {
      for (;;) {
        const { value: event, done } = await events.read();
        if (done || event.event === 'complete') return;
        const body = JSON.parse(event.data) as GraphQLResponse<Result>;
        if (body.errors?.length)
          throw new ApiError('graphql', body.errors.map((error) => error.message).join(' '));
        if (body.data) on.data(body.data);
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }

  return { request, subscribe, databaseIsDown };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
