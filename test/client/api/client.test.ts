// @vitest-environment node
import {
  ApiError,
  createApiClient,
  DATABASE_DOWN_MESSAGE,
  SERVER_DOWN_MESSAGE,
  unwrapResult,
} from '@powergroups/client/test';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';

/** Any document will do: these tests are about the transport, not the schema. */
const OK_QUERY = parse('{ ok }');
const errorsBody = Response.json({ errors: [{ message: 'Unexpected error.' }] });

describe('the API client', () => {
  it('sends the session cookie and the CSRF header (never a token), and returns data', async () => {
    let sent: RequestInit | undefined;
    const api = createApiClient({
      fetch: async (_input, init) => {
        sent = init;
        return Response.json({ data: { ok: true } });
      },
    });
    await expect(api.request(OK_QUERY)).resolves.toEqual({ ok: true });
    expect(JSON.parse(String(sent?.body))).toEqual({ query: 'query { ok }', variables: {} });
    expect(sent?.credentials).toBe('same-origin');
    expect(new Headers(sent?.headers).get('x-graphql-yoga-csrf')).toBe('1');
    expect(new Headers(sent?.headers).get('authorization')).toBeNull();
  });

  it('says the server is down when nothing answers', async () => {
    const api = createApiClient({ fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    await expect(api.request(OK_QUERY)).rejects.toMatchObject({
      kind: 'server-down',
      message: SERVER_DOWN_MESSAGE,
    });
  });

  it('says the server is down when the dev proxy has no server behind it', async () => {
    const api = createApiClient({ fetch: async () => new Response('Bad gateway', { status: 502 }) });
    await expect(api.request(OK_QUERY)).rejects.toMatchObject({ kind: 'server-down' });
  });

  it('says the database is down when a query fails and /ready answers 503', async () => {
    const api = createApiClient({
      fetch: async (input) =>
        String(input).endsWith('/ready') ? new Response('', { status: 503 }) : errorsBody.clone(),
    });
    await expect(api.request(OK_QUERY)).rejects.toMatchObject({
      kind: 'database-down',
      message: DATABASE_DOWN_MESSAGE,
    });
  });

  it('says the database is down when the server answers DATABASE_UNAVAILABLE', async () => {
    const api = createApiClient({
      fetch: async () =>
        Response.json(
          {
            errors: [
              { message: 'The database is unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } },
            ],
          },
          { status: 503 },
        ),
    });
    await expect(api.request(OK_QUERY)).rejects.toMatchObject({ kind: 'database-down' });
  });

  it('passes GraphQL error messages on when the database is fine', async () => {
    const api = createApiClient({
      fetch: async (input) =>
        String(input).endsWith('/ready') ? new Response('', { status: 200 }) : errorsBody.clone(),
    });
    const failure = await api.request(OK_QUERY).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'graphql', message: 'Unexpected error.' });
  });
});

describe('the tab the requests come from', () => {
  it('is named alike on every request and on the live stream, so the feed can spare it its own writes', async () => {
    const sent: RequestInit[] = [];
    const api = createApiClient({
      fetch: async (_input, init) => {
        if (init) sent.push(init);
        return new Headers(init?.headers).get('accept') === 'text/event-stream'
          ? new Response('event: complete\ndata:\n\n', { headers: { 'content-type': 'text/event-stream' } })
          : Response.json({ data: { ok: true } });
      },
    });
    await api.request(OK_QUERY);
    await api.request(OK_QUERY);
    await api.subscribe(
      parse('subscription { changed }'),
      {},
      { open: () => {}, data: () => {} },
      new AbortController().signal,
    );
    const tabs = sent.map((init) => new Headers(init.headers).get('x-powergroups-tab'));
    expect(tabs).toHaveLength(3);
    expect(tabs[0]).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(tabs).size).toBe(1);
  });
});

describe('unwrapResult', () => {
  it('keys field errors by the last segment of their path', () => {
    expect(
      unwrapResult({
        __typename: 'ValidationError',
        message: 'Invalid input',
        fieldErrors: [{ path: ['input', 'receiverId'], message: 'Unknown member.' }],
      }),
    ).toEqual({ ok: false, message: 'Invalid input', fieldErrors: { receiverId: 'Unknown member.' } });
  });

  it('says each thing once, in plain words: no form-wide message when every field message has its field', () => {
    const refused = {
      __typename: 'ValidationError',
      message: 'Validation error: input.value: a won referral needs its value',
      fieldErrors: [{ path: ['input', 'value'], message: 'a won referral needs its value' }],
    };
    expect(unwrapResult(refused, ['status', 'value'])).toEqual({
      ok: false,
      message: null,
      fieldErrors: { value: 'A won referral needs its value' },
    });
    // A field the form does not show: the form-wide message says it instead.
    expect(unwrapResult(refused, ['status'])).toMatchObject({ message: 'A won referral needs its value' });
    expect(unwrapResult({ __typename: 'RecordReferralSuccess', data: { id: 'r-1' } })).toEqual({
      ok: true,
      data: { id: 'r-1' },
    });
  });
});

describe('a live subscription', () => {
  const SUBSCRIPTION = parse('subscription { changed }');
  const stream = (text: string) =>
    new Response(new Blob([text]).stream(), { headers: { 'content-type': 'text/event-stream' } });

  it('asks for server-sent events, says when it is open, and hands over each event until complete', async () => {
    let sent: RequestInit | undefined;
    const api = createApiClient({
      fetch: async (_input, init) => {
        sent = init;
        return stream(
          ':\n\nevent: next\ndata: {"data":{"changed":1}}\n\nevent: next\ndata: {"data":{"changed":2}}\n\nevent: complete\ndata:\n\n',
        );
      },
    });
    const seen: unknown[] = [];
    let opened = 0;
    await api.subscribe(
      SUBSCRIPTION,
      {},
      { open: () => opened++, data: (data) => seen.push(data) },
      new AbortController().signal,
    );
    expect(opened).toBe(1);
    expect(seen).toEqual([{ changed: 1 }, { changed: 2 }]);
    expect(new Headers(sent?.headers).get('accept')).toBe('text/event-stream');
    expect(new Headers(sent?.headers).get('x-graphql-yoga-csrf')).toBe('1');
  });

  it('says why when the server refuses it, and that the server is down when nothing answers', async () => {
    const refusing = createApiClient({
      fetch: async () =>
        stream('event: next\ndata: {"errors":[{"message":"You have 20 live connections open already"}]}\n\n'),
    });
    const noop = { open: () => {}, data: () => {} };
    await expect(
      refusing.subscribe(SUBSCRIPTION, {}, noop, new AbortController().signal),
    ).rejects.toMatchObject({
      message: 'You have 20 live connections open already',
    });
    const down = createApiClient({ fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    await expect(down.subscribe(SUBSCRIPTION, {}, noop, new AbortController().signal)).rejects.toMatchObject({
      kind: 'server-down',
    });
  });
});
