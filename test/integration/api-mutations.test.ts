// Writes through GraphQL: typed errors for bad input, nothing half-written, and the happy paths.
// They write in the suite's own copy of the sample's third group (Harbour Professionals); what
// they create there goes with the copy.
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-mutations');
const { idOf, tokenOf } = sample;

const GROUP = idOf('grp-harbour-professionals');
const ORGANISER = idOf('mem-eileen-mcdonagh');
const ACCOUNTANT = idOf('mem-colin-maguire');
const SOLICITOR = idOf('mem-bernadette-shaw');
const ESTATE_AGENT = idOf('mem-killian-rowe');
const CATALOGUE_ADMIN = idOf('mem-padraig-ryan');

const RESULT_FIELDS = `__typename ... on Error { message } ... on ValidationError { fieldErrors { path message } }`;

const RECORD_REFERRAL = `mutation ($input: RecordReferralInput!) {
  recordReferral(input: $input) { ${RESULT_FIELDS}
    ... on RecordReferralSuccess { data { id status giver { id } receiver { id } contact { name } stalled } } }
}`;

const UPDATE_STATUS = `mutation ($input: UpdateReferralStatusInput!) {
  updateReferralStatus(input: $input) { ${RESULT_FIELDS}
    ... on UpdateReferralStatusSuccess { data { id status value } } }
}`;

type Result<T = unknown> = {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
  data?: T;
};

async function referralCount(memberId: string): Promise<number> {
  const { data } = await sample.api.graphql<{ referrals: unknown[] }>(
    `{ referrals(memberId: "${memberId}", limit: 500) { id } }`,
  );
  return data?.referrals.length ?? -1;
}

async function contactCount(memberId: string): Promise<number> {
  const { data } = await sample.api.graphql<{ member: { contacts: unknown[] } }>(
    `{ member(id: "${memberId}") { contacts { id } } }`,
    {},
    tokenOf(memberId),
  );
  return data?.member.contacts.length ?? -1;
}

describe('recordReferral', () => {
  it('needs an identified caller', async () => {
    const { data } = await sample.api.graphql<{ recordReferral: Result }>(RECORD_REFERRAL, {
      input: { giverId: ACCOUNTANT, receiverId: SOLICITOR },
    });
    expect(data?.recordReferral).toMatchObject({
      __typename: 'NotAuthorizedError',
      message: expect.stringMatching(/Sign in/),
    });
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const before = await referralCount(ACCOUNTANT);
    const cases: [Record<string, unknown>, string, string[] | null, RegExp][] = [
      [
        { receiverId: SOLICITOR, hotness: 9 },
        'ValidationError',
        ['input', 'hotness'],
        /Hotness is a whole number from 1 to 5/,
      ],
      [{ receiverId: ACCOUNTANT }, 'ValidationError', ['input', 'receiverId'], /themselves/],
      // The rule (the receiver in the caller's group) refuses an unknown receiver before any look-up.
      [{ receiverId: 'mem-nobody' }, 'NotAuthorizedError', null, /only the giver/],
      [
        { receiverId: SOLICITOR, contactName: 'Pat Buyer', contactIndustryId: 'ind-nonsense' },
        'ValidationError',
        ['input', 'contactIndustryId'],
        /Unknown industry/,
      ],
      [{ receiverId: SOLICITOR, contactId: 'con-nobody' }, 'NotFoundError', null, /No contact/],
    ];
    for (const [input, typename, path, message] of cases) {
      const { data, errors } = await sample.api.graphql<{ recordReferral: Result }>(
        RECORD_REFERRAL,
        { input },
        tokenOf(ACCOUNTANT),
      );
      expect(errors, JSON.stringify(input)).toBeUndefined();
      const result = data?.recordReferral;
      expect(result?.__typename, JSON.stringify(input)).toBe(typename);
      expect(result?.message).toMatch(message);
      if (path) expect(result?.fieldErrors?.[0]?.path).toEqual(path);
    }
    expect(await referralCount(ACCOUNTANT)).toBe(before);
  });

  it('records a referral with a new contact, then moves it to WON with its value', async () => {
    const contactsBefore = await contactCount(ACCOUNTANT);
    const recorded = await sample.api.graphql<{
      recordReferral: Result<{ id: string; status: string; contact: { name: string } }>;
    }>(
      RECORD_REFERRAL,
      {
        input: {
          receiverId: SOLICITOR,
          contactName: 'Pat Buyer',
          contactIndustryId: 'ind-estate-agent',
          notes: 'Buying a first home',
          hotness: 4,
        },
      },
      tokenOf(ACCOUNTANT),
    );
    const referral = recorded.data?.recordReferral;
    expect(referral).toMatchObject({
      __typename: 'RecordReferralSuccess',
      data: {
        status: 'OFFERED',
        giver: { id: ACCOUNTANT },
        receiver: { id: SOLICITOR },
        contact: { name: 'Pat Buyer' },
        stalled: false,
      },
    });
    expect(await contactCount(ACCOUNTANT)).toBe(contactsBefore + 1);
    const id = referral?.data?.id;

    const noValue = await sample.api.graphql<{ updateReferralStatus: Result }>(
      UPDATE_STATUS,
      { input: { referralId: id, status: 'WON' } },
      tokenOf(SOLICITOR),
    );
    expect(noValue.data?.updateReferralStatus).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'value'] }],
    });

    const stranger = await sample.api.graphql<{ updateReferralStatus: Result }>(
      UPDATE_STATUS,
      { input: { referralId: id, status: 'CONTACTED' } },
      tokenOf(ESTATE_AGENT),
    );
    expect(stranger.data?.updateReferralStatus.__typename).toBe('NotAuthorizedError');

    const won = await sample.api.graphql<{ updateReferralStatus: Result }>(
      UPDATE_STATUS,
      { input: { referralId: id, status: 'WON', value: 1800 } },
      tokenOf(SOLICITOR),
    );
    expect(won.data?.updateReferralStatus).toMatchObject({ data: { id, status: 'WON', value: 1800 } });

    const again = await sample.api.graphql<{ updateReferralStatus: Result }>(
      UPDATE_STATUS,
      { input: { referralId: id, status: 'LOST' } },
      tokenOf(SOLICITOR),
    );
    expect(again.data?.updateReferralStatus).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/final/),
    });
  });
});

describe('recordOneToOne', () => {
  const RECORD = `mutation ($input: RecordOneToOneInput!) {
    recordOneToOne(input: $input) { ${RESULT_FIELDS} ... on RecordOneToOneSuccess { data { id on members { id } } } }
  }`;

  it('refuses a malformed date, one before both were in the group, one over a year ahead, and a lone member', async () => {
    // The copy's today is 2026-11-22; the estate agent joined on 2022-05-11, after the accountant.
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ memberIds: [ACCOUNTANT, ESTATE_AGENT], on: '22/11/2026' }, /Write the date as YYYY-MM-DD/],
      [{ memberIds: [ACCOUNTANT, ESTATE_AGENT], on: '1900-01-01' }, /in the group only since 2022-05-11/],
      [{ memberIds: [ACCOUNTANT, ESTATE_AGENT], on: '2022-05-10' }, /in the group only since 2022-05-11/],
      [{ memberIds: [ACCOUNTANT, ESTATE_AGENT], on: '2027-11-24' }, /at most a year ahead \(by 2027-11-23\)/],
      [{ memberIds: [ACCOUNTANT], on: '2026-11-01' }, /exactly two members/],
    ];
    for (const [input, message] of cases) {
      const { data } = await sample.api.graphql<{ recordOneToOne: Result }>(
        RECORD,
        { input },
        tokenOf(ACCOUNTANT),
      );
      expect(data?.recordOneToOne.__typename, JSON.stringify(input)).toBe('ValidationError');
      expect(data?.recordOneToOne.message).toMatch(message);
    }
  });

  it('records a one-to-one that shows as an edge of the group graph', async () => {
    const { data } = await sample.api.graphql<{
      recordOneToOne: Result<{ id: string; members: { id: string }[] }>;
    }>(
      RECORD,
      {
        input: {
          memberIds: [ACCOUNTANT, ESTATE_AGENT],
          on: '2026-11-20',
          notes: 'Ideal referral: downsizers',
        },
      },
      tokenOf(ACCOUNTANT),
    );
    expect(data?.recordOneToOne.__typename).toBe('RecordOneToOneSuccess');
    const graph = await sample.api.graphql<{
      groupGraph: { edges: { kind: string; source: string; target: string }[] };
    }>(`{ groupGraph(groupId: "${GROUP}") { edges { kind source target } } }`);
    const pair = [ACCOUNTANT, ESTATE_AGENT].sort();
    expect(
      graph.data?.groupGraph.edges.some(
        (e) => e.kind === 'ONE_TO_ONE' && [e.source, e.target].sort().join() === pair.join(),
      ),
    ).toBe(true);
  });
});

describe('booking a one-to-one', () => {
  const BOOK = `mutation ($input: RecordOneToOneInput!) {
    recordOneToOne(input: $input) { ${RESULT_FIELDS} ... on RecordOneToOneSuccess { data { id on status } } }
  }`;
  const UPDATE = `mutation ($input: UpdateOneToOneInput!) {
    updateOneToOne(input: $input) { ${RESULT_FIELDS} ... on UpdateOneToOneSuccess { data { id status } } }
  }`;
  const pair = [SOLICITOR, ESTATE_AGENT];
  const heldTies = async () => {
    const graph = await sample.api.graphql<{
      groupGraph: { edges: { kind: string; source: string; target: string; count: number }[] };
    }>(`{ groupGraph(groupId: "${GROUP}") { edges { kind source target count } } }`);
    return (
      graph.data?.groupGraph.edges.find(
        (e) => e.kind === 'ONE_TO_ONE' && [e.source, e.target].sort().join() === [...pair].sort().join(),
      )?.count ?? 0
    );
  };
  const statsAndPlanned = async () => {
    const { data } = await sample.api.graphql<{
      member: { stats: { oneToOnes: number }; plannedOneToOnes: { id: string; on: string }[] };
    }>(
      `{ member(id: "${SOLICITOR}") { stats { oneToOnes } plannedOneToOnes { id on } } }`,
      {},
      tokenOf(SOLICITOR),
    );
    return data?.member;
  };

  it('books one for a date to come (PLANNED), which counts for nothing until it is held', async () => {
    const ties = await heldTies();
    const before = await statsAndPlanned();
    const { data } = await sample.api.graphql<{ recordOneToOne: Result<{ id: string; status: string }> }>(
      BOOK,
      { input: { memberIds: pair, on: '2026-12-03' } },
      tokenOf(SOLICITOR),
    );
    expect(data?.recordOneToOne).toMatchObject({
      __typename: 'RecordOneToOneSuccess',
      data: { status: 'PLANNED' },
    });
    const id = data?.recordOneToOne.data?.id ?? '';
    expect(await heldTies()).toBe(ties);
    const after = await statsAndPlanned();
    expect(after?.stats.oneToOnes).toBe(before?.stats.oneToOnes);
    expect(after?.plannedOneToOnes.map((o) => o.id)).toContain(id);

    // Not held before its day; the other member cancels it; cancelled is final.
    const early = await sample.api.graphql<{ updateOneToOne: Result }>(
      UPDATE,
      { input: { oneToOneId: id, status: 'HELD' } },
      tokenOf(SOLICITOR),
    );
    expect(early.data?.updateOneToOne).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/planned for 2026-12-03: mark it held on or after that day/),
    });
    const stranger = await sample.api.graphql<{ updateOneToOne: Result }>(
      UPDATE,
      { input: { oneToOneId: id, status: 'CANCELLED' } },
      tokenOf(ACCOUNTANT),
    );
    expect(stranger.data?.updateOneToOne.__typename).toBe('NotAuthorizedError');
    const cancelled = await sample.api.graphql<{ updateOneToOne: Result<{ status: string }> }>(
      UPDATE,
      { input: { oneToOneId: id, status: 'CANCELLED' } },
      tokenOf(ESTATE_AGENT),
    );
    expect(cancelled.data?.updateOneToOne).toMatchObject({ data: { status: 'CANCELLED' } });
    const again = await sample.api.graphql<{ updateOneToOne: Result }>(
      UPDATE,
      { input: { oneToOneId: id, status: 'HELD' } },
      tokenOf(SOLICITOR),
    );
    expect(again.data?.updateOneToOne.message).toMatch(/already CANCELLED: that is final/);
    expect((await statsAndPlanned())?.plannedOneToOnes.map((o) => o.id)).not.toContain(id);
    expect(await heldTies()).toBe(ties);
  });

  it('marks a booked one held once its day has come, and then it counts', async () => {
    const ties = await heldTies();
    const before = await statsAndPlanned();
    // Booked earlier for today (as the import or an earlier booking would leave it).
    const id = sample.ownId('oto', 'booked-today');
    await sample.api.db.write(
      `MATCH (a:Member {id: $a}), (b:Member {id: $b})
       CREATE (o:OneToOne {id: $id, on: date('2026-11-22'), status: 'PLANNED', notes: null})
       CREATE (a)-[:ATTENDED]->(o), (b)-[:ATTENDED]->(o)`,
      { id, a: SOLICITOR, b: ESTATE_AGENT },
    );
    const held = await sample.api.graphql<{ updateOneToOne: Result<{ status: string }> }>(
      UPDATE,
      { input: { oneToOneId: id, status: 'HELD' } },
      tokenOf(SOLICITOR),
    );
    expect(held.data?.updateOneToOne).toMatchObject({ data: { status: 'HELD' } });
    expect(await heldTies()).toBe(ties + 1);
    expect((await statsAndPlanned())?.stats.oneToOnes).toBe((before?.stats.oneToOnes ?? 0) + 1);
    const { data } = await sample.api.graphql<{
      changes: { action: string; targetId: string; summary: string }[];
    }>(`{ changes(groupId: "${GROUP}", limit: 5) { action targetId summary } }`, {}, tokenOf(ORGANISER));
    expect(data?.changes).toContainEqual({
      action: 'updateOneToOne',
      targetId: id,
      summary: 'one-to-one on 2026-11-22: PLANNED → HELD',
    });
  });
});

describe('members and industries', () => {
  const CREATE = `mutation ($input: CreateMemberInput!) {
    createMember(input: $input) { ${RESULT_FIELDS} ... on CreateMemberSuccess { data { id name industry { id } group { id } } } }
  }`;

  it('lets only an organiser of the group add a member, one per industry', async () => {
    const byMember = await sample.api.graphql<{ createMember: Result }>(
      CREATE,
      { input: { groupId: GROUP, industryId: 'ind-plumber', name: 'New Person' } },
      tokenOf(ACCOUNTANT),
    );
    expect(byMember.data?.createMember.__typename).toBe('NotAuthorizedError');

    const taken = await sample.api.graphql<{ createMember: Result }>(
      CREATE,
      { input: { groupId: GROUP, industryId: 'ind-accountant', name: 'Second Accountant' } },
      tokenOf(ORGANISER),
    );
    expect(taken.data?.createMember).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/one member per industry/),
    });

    const badEmail = await sample.api.graphql<{ createMember: Result }>(
      CREATE,
      { input: { groupId: GROUP, industryId: 'ind-plumber', name: 'Pipe Person', email: 'not-an-email' } },
      tokenOf(ORGANISER),
    );
    expect(badEmail.data?.createMember).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'email'] }],
    });
  });

  it('adds, edits and removes a member', async () => {
    const industries = await sample.api.graphql<{
      groupGraph: { nodes: { industryId: string }[] };
      industries: { id: string }[];
    }>(`{ groupGraph(groupId: "${GROUP}") { nodes { industryId } } industries { id } }`);
    const taken = new Set(industries.data?.groupGraph.nodes.map((n) => n.industryId));
    const free = industries.data?.industries.find((i) => !taken.has(i.id))?.id;
    expect(free).toBeDefined();

    const created = await sample.api.graphql<{
      createMember: Result<{ id: string; industry: { id: string }; group: { id: string } }>;
    }>(
      CREATE,
      {
        input: {
          groupId: GROUP,
          industryId: free,
          name: 'Orla Test',
          company: 'Test Ltd',
          wantsToMeet: ['Accountant'],
        },
      },
      tokenOf(ORGANISER),
    );
    const member = created.data?.createMember.data;
    expect(member).toMatchObject({ industry: { id: free }, group: { id: GROUP } });

    const updated = await sample.api.graphql<{ updateMember: Result<{ name: string; bio: string }> }>(
      `mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { ${RESULT_FIELDS} ... on UpdateMemberSuccess { data { name bio } } } }`,
      { input: { id: member?.id, bio: 'Helps small firms' } },
      tokenOf(member?.id ?? ''),
    );
    // A brand-new member has no token yet: only organisers may edit them.
    expect(updated.errors?.[0]?.message ?? updated.data?.updateMember.__typename).toMatch(
      /Unknown, expired or revoked access token/,
    );
    const byOrganiser = await sample.api.graphql<{ updateMember: Result<{ name: string; bio: string }> }>(
      `mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { ${RESULT_FIELDS} ... on UpdateMemberSuccess { data { name bio } } } }`,
      { input: { id: member?.id, bio: 'Helps small firms' } },
      tokenOf(ORGANISER),
    );
    expect(byOrganiser.data?.updateMember).toMatchObject({
      data: { name: 'Orla Test', bio: 'Helps small firms' },
    });

    const removed = await sample.api.graphql<{ removeMember: Result<string> }>(
      `mutation ($id: ID!) { removeMember(id: $id) { ${RESULT_FIELDS} ... on RemoveMemberSuccess { data } } }`,
      { id: member?.id },
      tokenOf(ORGANISER),
    );
    expect(removed.data?.removeMember).toMatchObject({ data: member?.id });
    const gone = await sample.api.graphql<{ member: null }>(`{ member(id: "${member?.id}") { id } }`);
    expect(gone.data?.member).toBeNull();
  });

  it('keeps the shared industry catalogue to the instance admin', async () => {
    // Industries of this suite's own, never loaded: both edits are refused before any look-up, and
    // should one ever get through, the catalogue every suite shares stays as it was.
    const [one, two] = [sample.ownId('ind', 'one'), sample.ownId('ind', 'two')];
    const { data } = await sample.api.graphql<{ setSynergy: Result }>(
      `mutation { setSynergy(input: { industryA: "${one}", industryB: "${two}", strength: 0.5 }) { ${RESULT_FIELDS} } }`,
      {},
      tokenOf(ACCOUNTANT),
    );
    expect(data?.setSynergy.__typename).toBe('NotAuthorizedError');
    const byOrganiser = await sample.api.graphql<{ setSynergy: Result }>(
      `mutation { setSynergy(input: { industryA: "${one}", industryB: "${two}", strength: 0.5 }) { ${RESULT_FIELDS} } }`,
      {},
      tokenOf(ORGANISER),
    );
    expect(byOrganiser.data?.setSynergy).toMatchObject({
      __typename: 'NotAuthorizedError',
      message: expect.stringMatching(/only the instance admin/),
    });
    // Another group's organiser is made the instance admin for this check.
    await sample.api.db.write('MATCH (a:Account)-[:IS]->(:Member {id: $id}) SET a.admin = true', {
      id: CATALOGUE_ADMIN,
    });
    const sameIndustry = await sample.api.graphql<{ setCompetition: Result }>(
      `mutation { setCompetition(input: { industryA: "${one}", industryB: "${one}", competes: true }) { ${RESULT_FIELDS} } }`,
      {},
      tokenOf(CATALOGUE_ADMIN),
    );
    expect(sameIndustry.data?.setCompetition).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/two different/),
    });
  });
});

describe('importGroupCsv', () => {
  const IMPORT = `mutation ($input: ImportGroupCsvInput!) {
    importGroupCsv(input: $input) { ${RESULT_FIELDS} ... on ImportGroupCsvSuccess { data { members contacts } } }
  }`;
  const HEADER = 'id,name,company,industry,role,since,joinedAt,email,phone,bio,wantsToMeet,doesNotWantToMeet';

  it('refuses a roster with a bad row, naming file, row and field, and writes none of it', async () => {
    const roster = [
      HEADER,
      `${sample.ownId('mem', 'csv-ok')},Ok Person,Ok Ltd,Architect,,,2026-01-10,,,,,`,
      `${sample.ownId('mem', 'csv-bad')},Bad Person,Bad Ltd,Astrology,,,2026-01-10,,,,,`,
    ].join('\n');
    const { data } = await sample.api.graphql<{ importGroupCsv: Result }>(
      IMPORT,
      { input: { groupId: GROUP, roster } },
      tokenOf(ORGANISER),
    );
    const result = data?.importGroupCsv;
    expect(result?.__typename).toBe('ValidationError');
    expect(result?.fieldErrors?.[0]?.path).toEqual(['input', 'roster.csv', 'row 2', 'industryId']);
    expect(result?.fieldErrors?.[0]?.message).toMatch(/roster\.csv: row 2 \(line 3\), field "industry"/);
    const ok = await sample.api.graphql<{ member: null }>(
      `{ member(id: "${sample.ownId('mem', 'csv-ok')}") { id } }`,
    );
    expect(ok.data?.member).toBeNull();
  });

  it('is for organisers of the group only', async () => {
    const { data } = await sample.api.graphql<{ importGroupCsv: Result }>(
      IMPORT,
      { input: { groupId: GROUP, roster: HEADER } },
      tokenOf(ACCOUNTANT),
    );
    expect(data?.importGroupCsv.__typename).toBe('NotAuthorizedError');
  });
});
