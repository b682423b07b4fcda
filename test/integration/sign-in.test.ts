// Sign-in end to end on the real server and Neo4j: the first organiser of a new group (as
// `pnpm admin create-organiser` makes them), invitations, passwords, sessions, access tokens, the
// demo sign-in, CSRF, CORS and rate limits. Prints how long each step of the flow took.
import { createOrganiser, hashToken } from '@powergroups/server/test';
import { afterAll, describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';
import { testApi } from '../support/server.ts';

const sample = useIsolatedSample('sign-in');
const { tag } = sample;
const PUBLIC_URL = 'http://explorer.test';
const SETTINGS = { publicUrl: PUBLIC_URL, sessionDays: 14, invitationDays: 7 };
const NEW_GROUP = sample.ownId('grp', 'new-chapter');
const ORGANISER_EMAIL = `organiser+${tag}@example.org`;
const MEMBER_EMAIL = `Member+${tag}@Example.org`;
const PASSWORD = 'a long enough passphrase';
const timings: Record<string, number> = {};

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

interface Sent {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  cookie: string | null;
}

/** One GraphQL request as a browser or script sends it; `api` defaults to the copy's. */
async function send(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  api = sample.api,
): Promise<Sent> {
  const response = await api.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Sent['body'],
    cookie: setCookie?.split(';')[0] ?? null,
  };
}

/** A field of the answer's data, which the test insists is there. */
function field<T>(sent: Sent, name: string): T {
  const value = sent.body.data?.[name];
  if (value === undefined || value === null) throw new Error(`no ${name} in ${JSON.stringify(sent.body)}`);
  return value as T;
}

const tokenOfLink = (link: string) => decodeURIComponent(link.slice(link.indexOf('#') + 1));
const VIEWER = '{ viewer { name via admin scope member { id role } organiserOf { id } } }';
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  __typename ... on Error { message } ... on AcceptInvitationSuccess { data { name admin } } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) {
  __typename ... on Error { message } ... on SignInSuccess { data { name } } } }`;

let organiserCookie = '';
let organiserLinkToken = '';
let memberId = '';

afterAll(async () => {
  console.log(
    `[sign-in timings, ms] ${Object.entries(timings)
      .map(([step, ms]) => `${step}: ${ms}`)
      .join(', ')}`,
  );
  // The new group was made here (its id carries the tag): the copy's clean-up takes its members too.
});

describe('the first organiser of a new group', () => {
  it('is created with the group, made instance admin, and given a one-time link', async () => {
    const created = await timed('create-organiser', () =>
      createOrganiser(
        sample.api.db,
        {
          groupId: NEW_GROUP,
          groupName: 'New Chapter',
          email: ORGANISER_EMAIL,
          name: 'Nora Organiser',
          industryId: 'ind-accountant',
          // On a database of its own the first organiser becomes admin anyway; this one is shared.
          admin: true,
        },
        SETTINGS,
      ),
    );
    expect(created).toMatchObject({ createdGroup: true, createdMember: true, email: ORGANISER_EMAIL });
    expect(created.link).toMatch(new RegExp(`^${PUBLIC_URL}/invite#pgi_[A-Za-z0-9_-]{43}$`));
    organiserLinkToken = tokenOfLink(created.link);
    // Only the hash is stored.
    const stored = await sample.api.db.read<{ hash: string }>(
      'MATCH (i:Invitation)-[:FOR]->(:Account {email: $email}) RETURN i.hash AS hash',
      { email: ORGANISER_EMAIL },
    );
    expect(stored).toEqual([{ hash: hashToken(organiserLinkToken) }]);
  });

  it('opens the link, sets a password and is signed in with a session cookie', async () => {
    const preview = await send(
      'query ($token: String!) { invitation(token: $token) { name email groupName resetsPassword } }',
      {
        token: organiserLinkToken,
      },
    );
    expect(preview.body.data?.invitation).toEqual({
      name: 'Nora Organiser',
      email: ORGANISER_EMAIL,
      groupName: 'New Chapter',
      resetsPassword: false,
    });
    const accepted = await timed('accept invitation (argon2id hash + session)', () =>
      send(ACCEPT, { input: { token: organiserLinkToken, password: PASSWORD } }),
    );
    expect(accepted.body.data?.acceptInvitation).toMatchObject({
      __typename: 'AcceptInvitationSuccess',
      data: { admin: true },
    });
    const setCookie = accepted.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^pg_session=pgs_[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    expect(accepted.headers.get('cache-control')).toBe('no-store');
    organiserCookie = accepted.cookie ?? '';
    const viewer = await timed('a request with the session', () =>
      send(VIEWER, {}, { cookie: organiserCookie }),
    );
    expect(viewer.body.data?.viewer).toMatchObject({
      name: 'Nora Organiser',
      via: 'SESSION',
      admin: true,
      organiserOf: [{ id: NEW_GROUP }],
    });
  });

  it('cannot use the link twice, and an expired link shows nothing', async () => {
    const again = await send(ACCEPT, { input: { token: organiserLinkToken, password: PASSWORD } });
    expect(again.body.data?.acceptInvitation).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/used up or has expired/),
    });
    expect(again.cookie).toBeNull();
  });
});

describe('members invited by the organiser', () => {
  it('are added, invited, and set their own password', async () => {
    const created = await send(
      `mutation ($input: CreateMemberInput!) { createMember(input: $input) { __typename ... on CreateMemberSuccess { data { id } } } }`,
      {
        input: { groupId: NEW_GROUP, industryId: 'ind-solicitor', name: 'Mark Member', email: MEMBER_EMAIL },
      },
      { cookie: organiserCookie },
    );
    memberId = field<{ data: { id: string } }>(created, 'createMember').data.id;
    const invited = await timed('create invitation', () =>
      send(
        `mutation ($id: ID!) { createInvitation(memberId: $id) { __typename ... on Error { message } ... on CreateInvitationSuccess { data { link email expiresAt } } } }`,
        { id: memberId },
        { cookie: organiserCookie },
      ),
    );
    const invitation = field<{ data: { link: string; email: string; expiresAt: string } }>(
      invited,
      'createInvitation',
    ).data;
    expect(invitation.email).toBe(MEMBER_EMAIL.toLowerCase());
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    const accepted = await send(ACCEPT, {
      input: { token: tokenOfLink(invitation.link), password: 'short' },
    });
    expect(accepted.body.data?.acceptInvitation).toMatchObject({ __typename: 'ValidationError' });
    const ok = await send(ACCEPT, { input: { token: tokenOfLink(invitation.link), password: PASSWORD } });
    expect(ok.body.data?.acceptInvitation).toMatchObject({ data: { name: 'Mark Member', admin: false } });
  });

  it('cannot be invited again by an organiser once they have a password (no takeover by link)', async () => {
    const again = await send(
      `mutation ($id: ID!) { createInvitation(memberId: $id) { __typename ... on Error { message } } }`,
      { id: memberId },
      { cookie: organiserCookie },
    );
    expect(again.body.data?.createInvitation).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/set a password already/),
    });
  });

  it('sign in with email (any case) and password; a refusal says only "wrong email or password"', async () => {
    const ok = await timed('sign in (argon2id verify + session)', () =>
      send(SIGN_IN, { input: { email: MEMBER_EMAIL.toUpperCase(), password: PASSWORD } }),
    );
    expect(ok.body.data?.signIn).toMatchObject({
      __typename: 'SignInSuccess',
      data: { name: 'Mark Member' },
    });
    const wrongPassword = await timed('refused: wrong password', () =>
      send(SIGN_IN, { input: { email: MEMBER_EMAIL, password: 'not the password' } }),
    );
    const unknownEmail = await timed('refused: unknown email', () =>
      send(SIGN_IN, { input: { email: `nobody+${tag}@example.org`, password: 'not the password' } }),
    );
    // Warm: the median of five of each, the answer's time telling nothing about the account (on a
    // server of its own, so these tries count against no limit of the others).
    const unlimited = await testApi({
      db: sample.api.db,
      limits: { signInPerEmail: 100, signInPerAddress: 100 },
    });
    for (const [step, email, password] of [
      ['sign in, warm', MEMBER_EMAIL, PASSWORD],
      ['refused: wrong password, warm', MEMBER_EMAIL, 'not the password'],
      ['refused: unknown email, warm', `nobody+${tag}@example.org`, 'not the password'],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await send(SIGN_IN, { input: { email, password } }, {}, unlimited);
        times.push(performance.now() - started);
      }
      timings[step] = Math.round(times.sort((a, b) => a - b)[2] ?? 0);
    }
    for (const refused of [wrongPassword, unknownEmail]) {
      expect(refused.body.data?.signIn).toEqual({
        __typename: 'SignInFailedError',
        message: 'Wrong email or password',
      });
      expect(refused.cookie).toBeNull();
    }
  });

  it('sign out (this session), and sign out everywhere (every session)', async () => {
    const first = (await send(SIGN_IN, { input: { email: MEMBER_EMAIL, password: PASSWORD } })).cookie ?? '';
    const second = (await send(SIGN_IN, { input: { email: MEMBER_EMAIL, password: PASSWORD } })).cookie ?? '';
    const out = await send('mutation { signOut { __typename } }', {}, { cookie: first });
    expect(out.headers.get('set-cookie')).toMatch(/^pg_session=; .*Max-Age=0/);
    // The ended session is anonymous now (and its cookie is cleared), the other still works.
    const ended = await send(VIEWER, {}, { cookie: first });
    expect(ended.body.data?.viewer).toBeNull();
    expect(ended.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await send(VIEWER, {}, { cookie: second })).body.data?.viewer).toMatchObject({
      name: 'Mark Member',
    });
    const third = (await send(SIGN_IN, { input: { email: MEMBER_EMAIL, password: PASSWORD } })).cookie ?? '';
    const everywhere = await send(
      'mutation { signOutEverywhere { __typename ... on SignOutEverywhereSuccess { data } } }',
      {},
      { cookie: third },
    );
    expect(everywhere.body.data?.signOutEverywhere).toMatchObject({ data: expect.any(Number) });
    for (const cookie of [second, third])
      expect((await send(VIEWER, {}, { cookie })).body.data?.viewer).toBeNull();
  });

  it('is refused once the session expired', async () => {
    const cookie = (await send(SIGN_IN, { input: { email: MEMBER_EMAIL, password: PASSWORD } })).cookie ?? '';
    await sample.api.db.write(
      `MATCH (s:Session {hash: $hash}) SET s.expiresAt = datetime() - duration('PT1S')`,
      {
        hash: hashToken(cookie.slice('pg_session='.length)),
      },
    );
    expect((await send(VIEWER, {}, { cookie })).body.data?.viewer).toBeNull();
  });
});

describe('access tokens for scripts', () => {
  it('are created in a session, shown once, work as bearer tokens, and stop when revoked', async () => {
    const created = await send(
      `mutation { createAccessToken(input: {name: "report", expiresInDays: 30}) { __typename ... on CreateAccessTokenSuccess { data { token accessToken { id scope expired } } } } }`,
      {},
      { cookie: organiserCookie },
    );
    const { token, accessToken } = field<{
      data: { token: string; accessToken: { id: string; scope: string } };
    }>(created, 'createAccessToken').data;
    expect(token).toMatch(/^pgt_[A-Za-z0-9_-]{43}$/);
    expect(accessToken.scope).toBe('READ');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await send(VIEWER, {}, bearer)).body.data?.viewer).toMatchObject({ via: 'TOKEN', scope: 'READ' });
    // Read-only: every write is refused, in the one place that says so.
    const write = await send(
      `mutation { updateMember(input: {id: "${memberId}", bio: "x"}) { __typename ... on Error { message } } }`,
      {},
      bearer,
    );
    expect(write.body.data?.updateMember).toEqual({
      __typename: 'NotAuthorizedError',
      message: expect.stringMatching(/read-only/),
    });
    // Listed (no secret in the list), then revoked: the next request is a 401.
    const listed = await send('{ accessTokens { id name scope } }', {}, { cookie: organiserCookie });
    expect(listed.body.data?.accessTokens).toContainEqual({
      id: accessToken.id,
      name: 'report',
      scope: 'READ',
    });
    await send(
      `mutation { revokeAccessToken(id: "${accessToken.id}") { __typename } }`,
      {},
      { cookie: organiserCookie },
    );
    const after = await send(VIEWER, {}, bearer);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.message).toMatch(/Unknown, expired or revoked access token/);
  });
});

describe('the demo sign-in', () => {
  const DEMO_MEMBER = sample.idOf('mem-maeve-quinn');

  it('works only in demo mode, and its sessions count nowhere else', async () => {
    await sample.api.db.write(
      'MATCH (m:Member {id: $member}) CREATE (:Account {id: $id, createdAt: datetime(), admin: false, demo: true})-[:IS]->(m)',
      { member: sample.idOf('mem-ruth-daly'), id: sample.ownId('acc', 'demo') },
    );
    const demoApi = await testApi({ db: sample.api.db });
    const demo = { ...demoApi, yoga: (await testApi({ db: sample.api.db, demoMode: true })).yoga };
    const demoSignIn = `mutation ($id: ID!) { demoSignIn(memberId: $id) { __typename ... on DemoSignInSuccess { data { via } } } }`;
    // Outside demo mode: refused, and no demo members listed.
    const refused = await send(demoSignIn, { id: sample.idOf('mem-ruth-daly') }, {}, demoApi);
    expect(refused.body.data?.demoSignIn).toMatchObject({ __typename: 'NotAuthorizedError' });
    expect((await send('{ demoAccounts { memberId } }', {}, {}, demoApi)).body.data?.demoAccounts).toEqual(
      [],
    );
    // In demo mode: an ordinary session with a random token, not derived from the member id.
    const listed = await send('{ demoAccounts { memberId } }', {}, {}, demo);
    expect(listed.body.data?.demoAccounts).toContainEqual({ memberId: sample.idOf('mem-ruth-daly') });
    const signedIn = await send(demoSignIn, { id: sample.idOf('mem-ruth-daly') }, {}, demo);
    expect(signedIn.body.data?.demoSignIn).toMatchObject({ data: { via: 'DEMO' } });
    expect(signedIn.cookie).toMatch(/^pg_session=pgs_/);
    expect(signedIn.cookie).not.toContain('ruth');
    // A member without a demo identity has none to sign in as.
    const none = await send(demoSignIn, { id: DEMO_MEMBER }, {}, demo);
    expect(none.body.data?.demoSignIn).toMatchObject({ __typename: 'NotFoundError' });
    // The demo session is anonymous to a server that does not run the demo.
    const cookie = signedIn.cookie ?? '';
    expect((await send(VIEWER, {}, { cookie }, demo)).body.data?.viewer).toMatchObject({ via: 'DEMO' });
    expect((await send(VIEWER, {}, { cookie }, demoApi)).body.data?.viewer).toBeNull();
  });
});

describe('requests a page elsewhere could forge', () => {
  it('refuses a cross-site form post that carries the session cookie (CSRF)', async () => {
    const response = await sample.api.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        cookie: organiserCookie,
      },
      body: new URLSearchParams({
        query: `mutation { removeMember(id: "${memberId}") { __typename } }`,
      }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/CSRF/);
    const still = await send(`{ member(id: "${memberId}") { id } }`);
    expect(still.body.data?.member).toEqual({ id: memberId });
  });

  it('refuses a GET without the CSRF header, and answers one with it', async () => {
    const url = `http://localhost/graphql?query=${encodeURIComponent('{ viewer { name } }')}`;
    expect((await sample.api.yoga.fetch(url, { headers: { cookie: organiserCookie } })).status).toBe(403);
    const withHeader = await sample.api.yoga.fetch(url, {
      headers: { cookie: organiserCookie, 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('gives no CORS permission to other origins, unless CORS_ORIGINS lists them', async () => {
    const preflight = (api: typeof sample.api, origin: string) =>
      api.yoga.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const foreign = await preflight(sample.api, 'https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('access-control-allow-credentials')).toBeNull();
    const listedApi = await testApi({ db: sample.api.db, corsOrigins: ['https://intranet.example'] });
    const listed = await preflight(listedApi, 'https://intranet.example');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(
      (await preflight(listedApi, 'https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});

describe('rate limits', () => {
  it('stop sign-in attempts per email, and per address', async () => {
    const api = await testApi({ db: sample.api.db, limits: { signInPerEmail: 3, signInPerAddress: 5 } });
    const attempt = (email: string, address: string) =>
      api.yoga.fetch(
        'http://localhost/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: SIGN_IN,
            variables: { input: { email, password: 'wrong password' } },
          }),
        },
        { clientAddress: address },
      );
    const messages = async (response: Response) =>
      ((await response.json()) as Sent['body']).errors?.map((e) => e.message) ?? [];
    const target = `target+${tag}@example.org`;
    for (let i = 0; i < 3; i++)
      expect(await messages(await attempt(target.toUpperCase(), `10.0.0.${i}`))).toEqual([]);
    // The fourth try at one account is refused whichever address it comes from (and whatever the case).
    expect(await messages(await attempt(target, '10.0.0.99'))).toEqual([
      expect.stringMatching(/Too many sign-in attempts for this account/),
    ]);
    // One address trying many accounts is stopped too.
    for (let i = 0; i < 5; i++)
      expect(await messages(await attempt(`spray${i}+${tag}@example.org`, '192.0.2.7'))).toEqual([]);
    expect(await messages(await attempt(`spray9+${tag}@example.org`, '192.0.2.7'))).toEqual([
      expect.stringMatching(/Too many sign-in attempts from your address/),
    ]);
  });

  it('stop a caller asking the expensive questions too often', async () => {
    const api = await testApi({ db: sample.api.db, limits: { questionsPerMinute: 2 } });
    const ask = () => send(`{ groupGraph(groupId: "${sample.facts.groupId}") { groupId } }`, {}, {}, api);
    expect((await ask()).body.errors).toBeUndefined();
    expect((await ask()).body.errors).toBeUndefined();
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: 'Too many questions of this kind: wait a minute and try again',
        extensions: expect.objectContaining({ code: 'RATE_LIMITED' }),
      }),
    ]);
    // Another question has a count of its own.
    const powerGroups = `{ powerGroups(groupId: "${sample.facts.groupId}") { groupId } }`;
    expect((await send(powerGroups, {}, {}, api)).body.errors).toBeUndefined();
  });

  it('count every use of a limited field: aliased twice, or nested in another answer', async () => {
    const api = await testApi({ db: sample.api.db, limits: { questionsPerMinute: 2 } });
    const groupId = sample.facts.groupId;
    const twice = `{ a: groupGraph(groupId: "${groupId}") { groupId } b: groupGraph(groupId: "${groupId}") { groupId } }`;
    expect((await send(twice, {}, {}, api)).body.errors).toBeUndefined();
    expect((await send(twice, {}, {}, api)).status).toBe(429);
    // Member.partners is the same question as referralPartners, asked from a member.
    const partners = `{ member(id: "${sample.facts.mortgageIntermediaryId}") { partners(limit: 1) { score } } }`;
    expect((await send(partners, {}, {}, api)).body.errors).toBeUndefined();
    expect((await send(partners, {}, {}, api)).body.errors).toBeUndefined();
    expect((await send(partners, {}, {}, api)).body.errors?.[0]?.message).toMatch(/Too many questions/);
  });
});
