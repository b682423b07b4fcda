// The access matrix: every kind of caller × every mutation and private field, against the real
// server and Neo4j, with the expected outcome read from server/src/schema/access-table.ts (beside
// the rules). A refused write must leave the copy's nodes and relationships exactly as they were.
import { randomBytes } from 'node:crypto';
import {
  ACCESS_CALLERS,
  ACCESS_RULES,
  type AccessCaller,
  type AccessOutcome,
  AUDITED,
  countByIdTag,
  hashToken,
  issueAccessToken,
  outcomesOf,
  revokeToken,
  startSession,
} from '@powergroups/server/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('access-matrix');
const { facts: F, tag } = sample;

const GROUP_A = F.groupId;
const GROUP_B = F.otherGroupIds[0] ?? '';
const MEMBER = F.accountantId; // "the member", M
const GROUPMATE = F.estateAgentId; // G
const ORGANISER = F.organiserId;
const memberOfB = (role: 'MEMBER' | 'ORGANISER') => {
  const found = sample.rows.members.find((m) => m.groupId === GROUP_B && m.role === role);
  if (!found) throw new Error(`the sample has no ${role} in ${GROUP_B}`);
  return found.id;
};
const INDUSTRY_A = sample.ownId('ind', 'matrix-a');
const INDUSTRY_B = sample.ownId('ind', 'matrix-b');
const OPEN_REFERRAL = sample.ownId('ref', 'matrix-open'); // M → G, open
const WON_REFERRAL = sample.ownId('ref', 'matrix-won'); // G → M, won
const CONTACT = sample.ownId('con', 'matrix');
const PLANNED_ONE_TO_ONE = sample.ownId('oto', 'matrix-planned'); // M and G, booked ahead
const GAP_CONTACT = sample.ownId('con', 'matrix-plumber'); // M knows a plumber (group A lacks one), invited
const ADMIN_ACCOUNT = sample.ownId('acc', 'admin');

let accountOf: Record<string, string> = {};
let staticHeaders: Partial<Record<AccessCaller, Record<string, string>>> = {};
let serial = 0;

beforeAll(async () => {
  const db = sample.api.db;
  // Fixtures of this suite, all under the copy's tag: two industries, a contact M knows, an open
  // referral M → G and a won one G → M about that contact, and an instance admin with no member.
  await db.write(
    `UNWIND $industries AS id
     CREATE (:Industry {id: id, name: id, synonyms: [], sector: 'Test'})`,
    { industries: [INDUSTRY_A, INDUSTRY_B] },
  );
  await db.write(
    `MATCH (m:Member {id: $m}), (g:Member {id: $g}), (i:Industry {id: $industry})
     CREATE (c:Contact {id: $contact, name: 'Matrix Contact', company: null})-[:IN_INDUSTRY]->(i)
     CREATE (m)-[:KNOWS {strength: 3, since: date('2026-01-01'), context: null}]->(c)
     CREATE (m)-[:GAVE]->(open:Referral {id: $open, status: 'OFFERED', value: null, notes: 'open notes', hotness: 3,
              createdAt: datetime('2026-11-01T10:00:00Z'), updatedAt: datetime('2026-11-01T10:00:00Z')})-[:TO]->(g)
     CREATE (open)-[:ABOUT]->(c)
     CREATE (g)-[:GAVE]->(won:Referral {id: $won, status: 'WON', value: 1000.0, notes: 'won notes', hotness: 4,
              createdAt: datetime('2026-10-01T10:00:00Z'), updatedAt: datetime('2026-10-20T10:00:00Z')})-[:TO]->(m)
     CREATE (won)-[:ABOUT]->(c)
     CREATE (:Change {id: $change, at: datetime('2026-10-20T10:00:00Z'), action: 'updateReferralStatus',
              actorName: 'Matrix', groupId: $group, targetId: $won, summary: 'OFFERED → WON'})`,
    {
      m: MEMBER,
      g: GROUPMATE,
      industry: INDUSTRY_A,
      contact: CONTACT,
      open: OPEN_REFERRAL,
      won: WON_REFERRAL,
      change: sample.ownId('chg', 'matrix'),
      group: GROUP_A,
    },
  );
  await plannedOneToOne(PLANNED_ONE_TO_ONE);
  await knownByMember(GAP_CONTACT, 'ind-plumber');
  await sample.api.db.write(
    `MATCH (c:Contact {id: $contact}), (g:Group {id: $group})
     CREATE (c)-[:CANDIDATE_FOR {status: 'INVITED', invitedOn: date('2026-11-10'), by: $m}]->(g)`,
    { contact: GAP_CONTACT, group: GROUP_A, m: MEMBER },
  );
  await db.write(
    `CREATE (:Account {id: $id, email: $email, createdAt: datetime(), admin: true, demo: false})`,
    { id: ADMIN_ACCOUNT, email: `admin+${tag}@example.org` },
  );
  const members = [MEMBER, GROUPMATE, ORGANISER, memberOfB('MEMBER'), memberOfB('ORGANISER')];
  const rows = await db.read<{ memberId: string; accountId: string }>(
    'MATCH (a:Account)-[:IS]->(m:Member) WHERE m.id IN $members RETURN m.id AS memberId, a.id AS accountId',
    { members },
  );
  accountOf = Object.fromEntries(rows.map((row) => [row.memberId, row.accountId]));
  accountOf.admin = ADMIN_ACCOUNT;
  const memberAccount = accountOf[MEMBER] ?? '';

  const read = await issueAccessToken(db, {
    accountId: memberAccount,
    name: 'matrix read',
    scope: 'read',
    days: 1,
  });
  const revoked = await issueAccessToken(db, {
    accountId: memberAccount,
    name: 'matrix revoked',
    scope: 'write',
    days: 1,
  });
  await revokeToken(db, revoked.record.id, null);
  staticHeaders = {
    anonymous: {},
    writeToken: { authorization: `Bearer ${sample.tokenOf(MEMBER)}` },
    readToken: { authorization: `Bearer ${read.token}` },
    revokedToken: { authorization: `Bearer ${revoked.token}` },
    garbageToken: { authorization: `Bearer pgt_${randomBytes(32).toString('base64url')}` },
  };
});

afterAll(async () => {
  // Accounts made here without a member (the admin) go with the tag; the rest with their members.
  await sample.api.db.write('MATCH (s:Session)-[:OF]->(:Account {id: $id}) DETACH DELETE s', {
    id: ADMIN_ACCOUNT,
  });
});

/** A one-to-one M and G booked for a date to come. */
async function plannedOneToOne(id: string): Promise<void> {
  await sample.api.db.write(
    `MATCH (m:Member {id: $m}), (g:Member {id: $g})
     CREATE (o:OneToOne {id: $id, on: date() + duration('P7D'), status: 'PLANNED', notes: 'planned notes'})
     CREATE (m)-[:ATTENDED]->(o), (g)-[:ATTENDED]->(o)`,
    { id, m: MEMBER, g: GROUPMATE },
  );
}

/** A contact M knows, in an industry. */
async function knownByMember(id: string, industryId: string): Promise<void> {
  await sample.api.db.write(
    `MATCH (m:Member {id: $m}), (i:Industry {id: $industry})
     CREATE (m)-[:KNOWS {strength: 4, since: date('2025-01-01'), context: null}]->
            (:Contact {id: $id, name: 'Matrix Candidate', company: null})-[:IN_INDUSTRY]->(i)`,
    { id, m: MEMBER, industry: industryId },
  );
}

const SESSION_CALLERS: Partial<Record<AccessCaller, () => string>> = {
  member: () => MEMBER,
  groupmate: () => GROUPMATE,
  otherMember: () => memberOfB('MEMBER'),
  organiser: () => ORGANISER,
  otherOrganiser: () => memberOfB('ORGANISER'),
  admin: () => 'admin',
};

/** Fresh credentials for one cell (a cell may sign the session out). */
async function headersFor(caller: AccessCaller): Promise<Record<string, string>> {
  const db = sample.api.db;
  const sessionOf = SESSION_CALLERS[caller];
  if (sessionOf) {
    const session = await startSession(db, accountOf[sessionOf()] ?? '', 1);
    return { cookie: `pg_session=${session.token}` };
  }
  if (caller === 'expiredSession') {
    const session = await startSession(db, accountOf[MEMBER] ?? '', 1);
    await db.write(`MATCH (s:Session {hash: $hash}) SET s.expiresAt = datetime() - duration('PT1M')`, {
      hash: hashToken(session.token),
    });
    return { cookie: `pg_session=${session.token}` };
  }
  const fixed = staticHeaders[caller];
  if (!fixed) throw new Error(`no credentials for ${caller}`);
  return fixed;
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

const result = (field: string, success = '') =>
  `{ ${field} { __typename ... on Error { message } ${success} } }`;

/** How each mutation row is called; `setup` makes a fresh subject for the cell when a call uses one up. */
const MUTATIONS: Record<string, (n: number) => Promise<Call> | Call> = {
  signIn: (n) => ({
    query: `mutation ($input: SignInInput!) ${result('signIn(input: $input)')}`,
    variables: { input: { email: `nobody-${n}+${tag}@example.org`, password: 'not the password' } },
  }),
  acceptInvitation: () => ({
    query: `mutation ($input: AcceptInvitationInput!) ${result('acceptInvitation(input: $input)')}`,
    variables: { input: { token: 'pgi_unknown', password: 'a long enough password' } },
  }),
  demoSignIn: () => ({ query: `mutation ${result(`demoSignIn(memberId: "${MEMBER}")`)}` }),
  signOut: () => ({ query: `mutation ${result('signOut')}` }),
  signOutEverywhere: () => ({ query: `mutation ${result('signOutEverywhere')}` }),
  createAccessToken: () => ({
    query: `mutation ${result('createAccessToken(input: {name: "matrix", expiresInDays: 1, scope: READ})')}`,
  }),
  revokeAccessToken: async () => {
    const { record } = await issueAccessToken(sample.api.db, {
      accountId: accountOf[MEMBER] ?? '',
      name: 'to revoke',
      scope: 'read',
      days: 1,
    });
    return { query: `mutation ${result(`revokeAccessToken(id: "${record.id}")`)}` };
  },
  createInvitation: () => ({ query: `mutation ${result(`createInvitation(memberId: "${GROUPMATE}")`)}` }),
  createMember: (n) => ({
    query: `mutation ($input: CreateMemberInput!) ${result('createMember(input: $input)')}`,
    variables: { input: { groupId: GROUP_A, industryId: INDUSTRY_B, name: `Matrix New ${n}` } },
  }),
  updateMember: (n) => ({
    query: `mutation ($input: UpdateMemberInput!) ${result('updateMember(input: $input)')}`,
    variables: { input: { id: MEMBER, bio: `matrix ${n}` } },
  }),
  removeMember: async (n) => {
    const id = sample.ownId('mem', `matrix-remove-${n}`);
    await sample.api.db.write(
      `MATCH (g:Group {id: $group})
       CREATE (:Member {id: $id, name: 'To remove', company: '', wantsToMeet: [], doesNotWantToMeet: []})
              -[:MEMBER_OF {since: date(), role: 'MEMBER'}]->(g)`,
      { group: GROUP_A, id },
    );
    return { query: `mutation ${result(`removeMember(id: "${id}")`)}` };
  },
  addContact: () => ({
    query: `mutation ($input: AddContactInput!) ${result('addContact(input: $input)')}`,
    variables: { input: { memberId: MEMBER, industryId: INDUSTRY_A, name: 'Matrix Added' } },
  }),
  recordReferral: () => ({
    query: `mutation ($input: RecordReferralInput!) ${result('recordReferral(input: $input)')}`,
    variables: { input: { giverId: MEMBER, receiverId: GROUPMATE, contactId: CONTACT, hotness: 2 } },
  }),
  updateReferralStatus: () => ({
    query: `mutation ($input: UpdateReferralStatusInput!) ${result('updateReferralStatus(input: $input)')}`,
    // Notes: what either member (or an organiser) may change; who may move it on is the domain's rule.
    variables: { input: { referralId: OPEN_REFERRAL, notes: 'matrix notes' } },
  }),
  recordOneToOne: () => ({
    query: `mutation ($input: RecordOneToOneInput!) ${result('recordOneToOne(input: $input)')}`,
    variables: { input: { memberIds: [MEMBER, GROUPMATE], on: '2026-11-01' } },
  }),
  updateOneToOne: async (n) => {
    // A fresh booking for each cell: cancelling is final.
    const id = sample.ownId('oto', `matrix-cancel-${n}`);
    await plannedOneToOne(id);
    return {
      query: `mutation ($input: UpdateOneToOneInput!) ${result('updateOneToOne(input: $input)')}`,
      variables: { input: { oneToOneId: id, status: 'CANCELLED' } },
    };
  },
  setCandidateStatus: async (n) => {
    // A fresh contact of M's for each cell: inviting is done once.
    const id = sample.ownId('con', `matrix-candidate-${n}`);
    await knownByMember(id, INDUSTRY_A);
    return {
      query: `mutation ($input: SetCandidateStatusInput!) ${result('setCandidateStatus(input: $input)')}`,
      variables: { input: { contactId: id, groupId: GROUP_A, status: 'INVITED', on: '2026-11-20' } },
    };
  },
  importGroupCsv: () => ({
    query: `mutation ($input: ImportGroupCsvInput!) ${result('importGroupCsv(input: $input)')}`,
    variables: { input: { groupId: GROUP_A, roster: 'not,a,roster\n' } },
  }),
  setSynergy: () => ({
    query: `mutation ${result(`setSynergy(input: {industryA: "${INDUSTRY_A}", industryB: "${INDUSTRY_B}", strength: 0.5})`)}`,
  }),
  setCompetition: () => ({
    query: `mutation ${result(`setCompetition(input: {industryA: "${INDUSTRY_A}", industryB: "${INDUSTRY_B}", competes: false})`)}`,
  }),
  upsertPowerGroup: () => ({
    query: `mutation ${result(
      `upsertPowerGroup(input: {id: "${sample.ownId('pg', 'matrix')}", name: "Matrix", industryIds: ["${INDUSTRY_A}", "${INDUSTRY_B}"]})`,
    )}`,
  }),
  removePowerGroup: async (n) => {
    const id = sample.ownId('pg', `matrix-remove-${n}`);
    await sample.api.db.write(`CREATE (:PowerGroup {id: $id, name: 'To remove', description: ''})`, { id });
    return { query: `mutation ${result(`removePowerGroup(id: "${id}")`)}` };
  },
};

const MEMBER_FIELDS = `{ member(id: "${MEMBER}") { email phone contacts { id } stats { valueWon } plannedOneToOnes { id } } }`;
// Conor (financial adviser) competes with Aoife (mortgage intermediary): public, like the industry graph.
const COMPETITOR_FIELDS = `{ member(id: "${F.competitorOfMortgageId}") { competitors { member { id } why } } }`;
const GAP_FIELDS = `{ powerGroups(groupId: "${GROUP_A}") { gaps { contacts(limit: 50) { contact { id } industry { id } knownBy { member { id } } candidate { status } statusChoices } } } }`;
// Closed business in a group's activity: M's own figure, and the group's (its organisers').
const ACTIVITY_FIELDS = `{ groupActivity(groupId: "${GROUP_A}", period: LAST_12_MONTHS) { members { member { id } valueWon } totals { valueWon } months { valueWon } } }`;
const REFERRAL_FIELDS = `{ referrals(memberId: "${MEMBER}", limit: 500) { id value notes contact { id } history { id } statusChoices } }`;

/**
 * How each private field row is read, and whether the answer showed it. A field inside a query
 * that refuses some callers outright (`queryMayRefuse`) counts that refusal as not shown.
 */
const FIELDS: Record<
  string,
  { query: string; shown: (data: Record<string, unknown>) => boolean; queryMayRefuse?: boolean }
> = {
  'Member.email': { query: MEMBER_FIELDS, shown: (data) => memberOf(data).email !== null },
  'Member.phone': { query: MEMBER_FIELDS, shown: (data) => memberOf(data).phone !== null },
  'Member.contacts': {
    query: MEMBER_FIELDS,
    shown: (data) => (memberOf(data).contacts as unknown[]).length > 0,
  },
  'Member.plannedOneToOnes': {
    query: MEMBER_FIELDS,
    shown: (data) => (memberOf(data).plannedOneToOnes as unknown[]).length > 0,
  },
  'MemberStats.valueWon': {
    query: MEMBER_FIELDS,
    shown: (data) => (memberOf(data).stats as { valueWon: unknown }).valueWon !== null,
  },
  'MemberActivity.valueWon': {
    query: ACTIVITY_FIELDS,
    queryMayRefuse: true,
    shown: (data) =>
      activityOf(data).members.some((row) => row.member.id === MEMBER && row.valueWon !== null),
  },
  'ActivityTotals.valueWon': {
    query: ACTIVITY_FIELDS,
    queryMayRefuse: true,
    shown: (data) => activityOf(data).totals.valueWon !== null,
  },
  'ActivityMonth.valueWon': {
    query: ACTIVITY_FIELDS,
    queryMayRefuse: true,
    shown: (data) => activityOf(data).months.some((month) => month.valueWon !== null),
  },
  'Member.competitors': {
    query: COMPETITOR_FIELDS,
    shown: (data) => (memberOf(data).competitors as unknown[]).length > 0,
  },
  'GapContact.contact': { query: GAP_FIELDS, shown: (data) => gapContactOf(data).contact !== null },
  'GapContact.candidate': { query: GAP_FIELDS, shown: (data) => gapContactOf(data).candidate !== null },
  'GapContact.statusChoices': {
    query: GAP_FIELDS,
    shown: (data) => (gapContactOf(data).statusChoices as unknown[]).length > 0,
  },
  'Referral.value': { query: REFERRAL_FIELDS, shown: (data) => wonOf(data).value !== null },
  'Referral.notes': { query: REFERRAL_FIELDS, shown: (data) => wonOf(data).notes !== null },
  'Referral.contact': { query: REFERRAL_FIELDS, shown: (data) => wonOf(data).contact !== null },
  'Referral.history': {
    query: REFERRAL_FIELDS,
    shown: (data) => (wonOf(data).history as unknown[]).length > 0,
  },
  // The won referral is final for everyone: the open one shows whom the rules let move it.
  'Referral.statusChoices': {
    query: REFERRAL_FIELDS,
    shown: (data) => (referralOf(data, OPEN_REFERRAL).statusChoices as unknown[]).length > 0,
  },
};
const memberOf = (data: Record<string, unknown>) => data.member as Record<string, unknown>;
const activityOf = (data: Record<string, unknown>) =>
  data.groupActivity as {
    members: { member: { id: string }; valueWon: number | null }[];
    totals: { valueWon: number | null };
    months: { valueWon: number | null }[];
  };
const referralOf = (data: Record<string, unknown>, id: string) => {
  const found = (data.referrals as { id: string }[]).find((referral) => referral.id === id);
  if (!found) throw new Error(`the referral ${id} is not listed`);
  return found as Record<string, unknown>;
};
const wonOf = (data: Record<string, unknown>) => referralOf(data, WON_REFERRAL);
/** M's plumber among the people members know in group A's gaps (named or not). */
const gapContactOf = (data: Record<string, unknown>) => {
  type GapContact = { industry: { id: string }; knownBy: { member: { id: string } }[] } & Record<
    string,
    unknown
  >;
  const { gaps } = data.powerGroups as { gaps: { contacts: GapContact[] }[] };
  const found = gaps
    .flatMap((gap) => gap.contacts)
    .find(
      (contact) =>
        contact.industry.id === 'ind-plumber' && contact.knownBy.some((tie) => tie.member.id === MEMBER),
    );
  if (!found) throw new Error('M’s plumber is not among the gap contacts');
  return found;
};

const QUERIES: Record<string, Call> = {
  'Query.accessTokens': { query: '{ accessTokens { id } }' },
  'Query.changes': { query: `{ changes(groupId: "${GROUP_A}", limit: 5) { id } }` },
  'Query.referralPipeline': {
    query: `{ referralPipeline(groupId: "${GROUP_A}", first: 5) { totalCount edges { node { id } } } }`,
  },
  'Query.previewGroupCsv': {
    query: `{ previewGroupCsv(input: {groupId: "${GROUP_A}", roster: "not,a,roster\\n"}) { canImport counts { refused } } }`,
  },
  'Query.groupActivity': {
    query: `{ groupActivity(groupId: "${GROUP_A}", period: LAST_3_MONTHS) { members { given health { light } } } }`,
  },
};

async function send(call: Call, headers: Record<string, string>) {
  const response = await sample.api.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(call),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[] }[];
  };
  return { status: response.status, body };
}

/** Nodes and relationships of the copy, and the sign-in state of its accounts. */
async function snapshot() {
  const [tagged, auth] = await Promise.all([
    countByIdTag(sample.api.db, tag),
    sample.api.db.read(
      `MATCH (a:Account) WHERE a.id = $admin OR EXISTS { (a)-[:IS]->(:Member)-[:MEMBER_OF]->(g:Group) WHERE g.id CONTAINS $tag }
       OPTIONAL MATCH (x)-[:OF|FOR]->(a)
       RETURN count(DISTINCT a) AS accounts, count(x) AS credentials,
              count(CASE WHEN x.revokedAt IS NOT NULL THEN 1 END) AS revoked,
              collect(DISTINCT a.passwordHash IS NULL) AS passwords`,
      { tag, admin: ADMIN_ACCOUNT },
    ),
  ]);
  return { tagged, auth };
}

/** Changes recorded by a mutation so far (any group: other suites may add some meanwhile). */
async function changeCount(action: string): Promise<number> {
  const [row] = await sample.api.db.read<{ changes: number }>(
    'MATCH (c:Change {action: $action}) RETURN count(c) AS changes',
    { action },
  );
  return row?.changes ?? 0;
}

type Row = { row: string; caller: AccessCaller; expected: AccessOutcome };
const rows: Row[] = Object.entries(ACCESS_RULES).flatMap(([row, rule]) => {
  const outcomes = outcomesOf(rule);
  return outcomes ? ACCESS_CALLERS.map((caller) => ({ row, caller, expected: outcomes[caller] })) : [];
});
const tally = { cells: 0, refused: 0, unauthenticated: 0, allowed: 0 };

describe('the access matrix', () => {
  it('has a way to call every row of the table', () => {
    const rowsWithOutcomes = Object.keys(ACCESS_RULES).filter((row) => ACCESS_RULES[row]?.outcomes);
    const covered = rowsWithOutcomes.filter(
      (row) => row.replace(/^Mutation\./, '') in MUTATIONS || row in FIELDS || row in QUERIES,
    );
    expect(covered).toEqual(rowsWithOutcomes);
  });

  it.each(rows)('$row × $caller → $expected', async ({ row, caller, expected }) => {
    serial += 1;
    const headers = await headersFor(caller);
    const mutation = row.startsWith('Mutation.') ? row.slice('Mutation.'.length) : null;
    const call = mutation
      ? await (MUTATIONS[mutation] as (n: number) => Promise<Call> | Call)(serial)
      : (QUERIES[row] ?? { query: FIELDS[row]?.query ?? '' });
    const before = expected === '✓' ? null : await snapshot();
    const changesBefore = mutation ? await changeCount(mutation) : 0;
    const { status, body } = await send(call, headers);

    let outcome: AccessOutcome;
    if (status === 401) outcome = '401';
    else if (mutation) {
      const answer = body.data?.[mutation] as { __typename?: string; message?: string } | undefined;
      expect(answer, JSON.stringify(body)).toBeDefined();
      outcome = answer?.__typename === 'NotAuthorizedError' ? '·' : '✓';
      // Every write is recorded: a mutation that wrote (a …Success) and is audited left a Change.
      if (AUDITED[mutation] === true && answer?.__typename?.endsWith('Success'))
        expect(await changeCount(mutation), `${mutation} left no Change`).toBeGreaterThan(changesBefore);
    } else if (row in QUERIES) {
      outcome = body.errors?.length ? '·' : '✓';
    } else if (FIELDS[row]?.queryMayRefuse && body.errors?.length) {
      expect(body.data, JSON.stringify(body)).toBeNull();
      outcome = '·';
    } else {
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      outcome = FIELDS[row]?.shown(body.data ?? {}) ? '✓' : '·';
    }
    expect(outcome, `${row} for ${caller}: ${JSON.stringify(body).slice(0, 300)}`).toBe(expected);
    if (before) expect(await snapshot(), `${row} for ${caller} changed the graph`).toEqual(before);

    tally.cells += 1;
    if (outcome === '✓') tally.allowed += 1;
    else if (outcome === '401') tally.unauthenticated += 1;
    else tally.refused += 1;
  });

  afterAll(() => {
    console.log(
      `[access matrix] ${tally.cells} cells (${Object.values(ACCESS_RULES).filter((r) => r.outcomes).length} rows × ${ACCESS_CALLERS.length} callers): ` +
        `${tally.allowed} allowed, ${tally.refused} refused, ${tally.unauthenticated} refused with 401`,
    );
  });
});
