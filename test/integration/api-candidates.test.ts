// Gaps one can act on: for each industry the main group lacks (plumber, landscaper), the people
// members know in it, named only to those who know them and to organisers (DESIGN.md §6); the
// visitor pipeline (invited → visited → joined | declined, each with its day), seen by the group's
// members only, moved by the rules of @powergroups/rules, audited, and refused with a field error
// that writes nothing; and the industries nobody can reach, listed as recruiting targets.
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-candidates');
const { facts: F, idOf, tokenOf } = sample;

const PLUMBER = 'ind-plumber';
const LANDSCAPER = 'ind-landscaper';
const GARY = idOf('con-gary-nolan'); // a plumber: Eoin knows him well (5), Paul less (3)
const FERGAL = idOf('con-fergal-boland'); // a landscaper: Michael knows him (4)
const EOIN = idOf('mem-eoin-gallagher');
const PAUL = idOf('mem-paul-dunne');
const MICHAEL = idOf('mem-michael-cullen');
const ORGANISER = F.organiserId;
const OTHER_MEMBER = F.accountantId; // knows neither

interface GapContact {
  contact: { id: string; name: string; strength: number | null } | null;
  knownBy: { member: { id: string }; strength: number }[];
  strength: number;
  candidate: {
    status: string;
    invitedOn: string | null;
    visitedOn: string | null;
    declinedOn: string | null;
    history: { status: string; on: string }[];
    markedBy: { id: string } | null;
  } | null;
  statusChoices: string[];
}
interface Report {
  powerGroups: {
    powerGroups: { powerGroup: { id: string }; recruitingTargets: { id: string }[] }[];
    gaps: { industry: { id: string }; powerGroups: { id: string }[]; contacts: GapContact[] }[];
  };
}

const REPORT = `query ($groupId: ID!) {
  powerGroups(groupId: $groupId) {
    powerGroups { powerGroup { id } recruitingTargets { id } }
    gaps {
      industry { id }
      powerGroups { id }
      contacts(limit: 10) {
        contact { id name strength }
        knownBy { member { id } strength }
        strength
        candidate { status invitedOn visitedOn declinedOn history { status on } markedBy { id } }
        statusChoices
      }
    }
  }
}`;

async function report(token?: string) {
  const { data, errors } = await sample.api.graphql<Report>(REPORT, { groupId: F.groupId }, token);
  expect(errors).toBeUndefined();
  return data?.powerGroups as Report['powerGroups'];
}

/** The people of one missing industry, as the caller sees them. */
async function gapContacts(industryId: string, token?: string): Promise<GapContact[]> {
  const gap = (await report(token)).gaps.find((each) => each.industry.id === industryId);
  if (!gap) throw new Error(`${industryId} is not a gap of the main group`);
  return gap.contacts;
}

const SET = `mutation ($input: SetCandidateStatusInput!) {
  setCandidateStatus(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
    ... on SetCandidateStatusSuccess { data { status invitedOn visitedOn joinedOn declinedOn history { status on } } }
  }
}`;

interface SetResult {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
  data?: { status: string; history: { status: string; on: string }[] };
}

async function setStatus(memberId: string, input: { contactId: string; status: string; on: string }) {
  const { data, errors } = await sample.api.graphql<{ setCandidateStatus: SetResult }>(
    SET,
    { input: { groupId: F.groupId, ...input } },
    tokenOf(memberId),
  );
  expect(errors).toBeUndefined();
  return data?.setCandidateStatus as SetResult;
}

/** The stored candidacy and the trail's count: what a refused move must leave as it was. */
async function stored(contactId: string) {
  const [row] = await sample.api.db.read<{ candidacy: Record<string, unknown> | null; changes: number }>(
    `OPTIONAL MATCH (:Contact {id: $contactId})-[cf:CANDIDATE_FOR]->(:Group {id: $groupId})
     RETURN properties(cf) AS candidacy,
            COUNT { (c:Change {action: 'setCandidateStatus'}) WHERE c.groupId = $groupId } AS changes`,
    { contactId, groupId: F.groupId },
  );
  return row;
}

describe('the people members know in a missing industry', () => {
  it('are named to an organiser, with every member who knows them, strongest tie first', async () => {
    const plumbers = await gapContacts(PLUMBER, tokenOf(ORGANISER));
    expect(plumbers).toEqual([
      {
        contact: { id: GARY, name: 'Gary Nolan', strength: 5 },
        knownBy: [
          { member: { id: EOIN }, strength: 5 },
          { member: { id: PAUL }, strength: 3 },
        ],
        strength: 5,
        candidate: null,
        statusChoices: ['INVITED'],
      },
    ]);
    const [fergal] = await gapContacts(LANDSCAPER, tokenOf(ORGANISER));
    expect(fergal?.contact).toMatchObject({ id: FERGAL, name: 'Fergal Boland' });
  });

  it('are named to a member who knows them (with their own tie), and hidden from the others', async () => {
    const [gary] = await gapContacts(PLUMBER, tokenOf(PAUL));
    expect(gary).toMatchObject({
      contact: { id: GARY, name: 'Gary Nolan', strength: 3 },
      statusChoices: ['INVITED'],
    });
    // Paul does not know the landscaper: he sees that Michael knows one, and how well, not who.
    const [fergal] = await gapContacts(LANDSCAPER, tokenOf(PAUL));
    expect(fergal).toMatchObject({
      contact: null,
      knownBy: [{ member: { id: MICHAEL }, strength: 4 }],
      strength: 4,
      statusChoices: [],
    });
    for (const token of [tokenOf(OTHER_MEMBER), undefined]) {
      const [hidden] = await gapContacts(PLUMBER, token);
      expect(hidden).toMatchObject({ contact: null, strength: 5, statusChoices: [] });
    }
  });

  it('list each missing industry once, with the power groups that lack it', async () => {
    const { gaps, powerGroups } = await report();
    const industries = gaps.map((gap) => gap.industry.id);
    expect(new Set(industries).size).toBe(industries.length);
    const lacking = gaps.filter((gap) => gap.powerGroups.some((pg) => pg.id === F.gapPowerGroupId));
    expect(lacking.map((gap) => gap.industry.id).sort()).toEqual([...F.gapIndustryIds].sort());
    // Every recruiting target of every power group is one of the gaps.
    for (const standing of powerGroups)
      for (const target of standing.recruitingTargets) expect(industries).toContain(target.id);
  });

  it('cost one more round trip for every gap together, not one a gap', async () => {
    const before = sample.api.db.roundTrips;
    await report(tokenOf(ORGANISER));
    const roundTrips = sample.api.db.roundTrips - before;
    console.log(`round trips — powerGroups with every gap's people: ${roundTrips}`);
    expect(roundTrips).toBeLessThanOrEqual(6);
  });
});

describe('the visitor pipeline', () => {
  it('lets a member who knows the contact invite them, and shows how it goes to everyone', async () => {
    const invited = await setStatus(PAUL, { contactId: GARY, status: 'INVITED', on: '2026-11-10' });
    expect(invited).toMatchObject({
      __typename: 'SetCandidateStatusSuccess',
      data: { status: 'INVITED', history: [{ status: 'INVITED', on: '2026-11-10' }] },
    });
    const [seen] = await gapContacts(PLUMBER, tokenOf(OTHER_MEMBER));
    expect(seen).toMatchObject({
      contact: null,
      candidate: { status: 'INVITED', invitedOn: '2026-11-10', markedBy: { id: PAUL } },
      statusChoices: [],
    });
    // The chapter's own business: not shown outside the group.
    const [anonymous] = await gapContacts(PLUMBER);
    expect(anonymous?.candidate).toBeNull();
    const [asOrganiser] = await gapContacts(PLUMBER, tokenOf(ORGANISER));
    expect(asOrganiser?.statusChoices).toEqual(['VISITED', 'DECLINED']);
  });

  it('refuses members who do not know the contact, and organisers of other groups', async () => {
    const before = await stored(GARY);
    for (const memberId of [OTHER_MEMBER, MICHAEL, idOf('mem-eileen-mcdonagh')]) {
      const refused = await setStatus(memberId, { contactId: GARY, status: 'VISITED', on: '2026-11-17' });
      expect(refused.__typename, memberId).toBe('NotAuthorizedError');
      expect(refused.message).toMatch(/an organiser of the group, or a member of it who knows the contact/);
    }
    expect(await stored(GARY)).toEqual(before);
  });

  it('refuses a move the rules do not allow with a field error, and writes nothing', async () => {
    const before = await stored(GARY);
    const cases = [
      [{ status: 'JOINED', on: '2026-11-17' }, 'status', /Mark them visited first/],
      [{ status: 'INVITED', on: '2026-11-17' }, 'status', /already invited/],
      [{ status: 'VISITED', on: '2026-11-09' }, 'on', /invited on 2026-11-10: choose that day or later/],
      [{ status: 'VISITED', on: '2026-11-23' }, 'on', /still to come/],
      [{ status: 'VISITED', on: '17/11/2026' }, 'on', /YYYY-MM-DD/],
    ] as const;
    for (const [move, field, message] of cases) {
      const refused = await setStatus(ORGANISER, { contactId: GARY, ...move });
      expect(refused.__typename, JSON.stringify(move)).toBe('ValidationError');
      expect(refused.fieldErrors).toEqual([
        { path: ['input', field], message: expect.stringMatching(message) },
      ]);
    }
    expect(await stored(GARY)).toEqual(before);
  });

  it('moves on to visited and declined, each with its day; declined is final', async () => {
    expect(
      await setStatus(ORGANISER, { contactId: GARY, status: 'VISITED', on: '2026-11-17' }),
    ).toMatchObject({
      __typename: 'SetCandidateStatusSuccess',
      data: { status: 'VISITED' },
    });
    const declined = await setStatus(EOIN, { contactId: GARY, status: 'DECLINED', on: '2026-11-20' });
    expect(declined.data?.history).toEqual([
      { status: 'INVITED', on: '2026-11-10' },
      { status: 'VISITED', on: '2026-11-17' },
      { status: 'DECLINED', on: '2026-11-20' },
    ]);
    const final = await setStatus(ORGANISER, { contactId: GARY, status: 'JOINED', on: '2026-11-21' });
    expect(final.fieldErrors?.[0]?.message).toMatch(/already declined: that is final/);
    const [gary] = await gapContacts(PLUMBER, tokenOf(ORGANISER));
    expect(gary).toMatchObject({
      candidate: {
        status: 'DECLINED',
        visitedOn: '2026-11-17',
        declinedOn: '2026-11-20',
        markedBy: { id: EOIN },
      },
      statusChoices: [],
    });
  });

  it('does not reach a contact nobody in the group knows, nor an unknown one', async () => {
    const inGroup = new Set(sample.rows.members.filter((m) => m.groupId === F.groupId).map((m) => m.id));
    const knownHere = new Set(
      sample.rows.knows.filter((k) => inGroup.has(k.memberId)).map((k) => k.contactId),
    );
    const elsewhere = sample.rows.knows.find((knows) => !knownHere.has(knows.contactId));
    if (!elsewhere) throw new Error('the sample has contacts known in other groups');
    for (const contactId of [elsewhere.contactId, idOf('con-nobody-at-all')]) {
      const refused = await setStatus(ORGANISER, { contactId, status: 'INVITED', on: '2026-11-20' });
      expect(refused).toMatchObject({
        __typename: 'NotFoundError',
        message: `No contact with id "${contactId}"`,
      });
    }
  });

  it('records every move in the group’s audit trail, for its organisers', async () => {
    const { data, errors } = await sample.api.graphql<{
      changes: {
        action: string;
        targetId: string;
        summary: string;
        actorName: string;
        before: string | null;
        after: string;
      }[];
    }>(
      `query ($groupId: ID!) { changes(groupId: $groupId, limit: 50) { action targetId summary actorName before after } }`,
      { groupId: F.groupId },
      tokenOf(ORGANISER),
    );
    expect(errors).toBeUndefined();
    const moves = (data?.changes ?? []).filter((change) => change.action === 'setCandidateStatus').reverse();
    expect(moves.map((change) => change.summary)).toEqual([
      `candidate ${GARY}: not a candidate → INVITED on 2026-11-10`,
      `candidate ${GARY}: INVITED → VISITED on 2026-11-17`,
      `candidate ${GARY}: VISITED → DECLINED on 2026-11-20`,
    ]);
    expect(moves.every((change) => change.targetId === GARY)).toBe(true);
    expect(moves[0]?.before).toBeNull();
    expect(JSON.parse(moves[2]?.after ?? '{}')).toMatchObject({
      status: 'DECLINED',
      declinedOn: '2026-11-20',
    });
  });
});

describe('recruiting targets', () => {
  it('are the missing industries nobody in the group holds or knows anyone in', async () => {
    const targetsOf = async () =>
      (await report()).powerGroups.find((pg) => pg.powerGroup.id === F.gapPowerGroupId)?.recruitingTargets;
    // Both gaps have someone to invite.
    expect(await targetsOf()).toEqual([]);
    // Without Michael's landscaper, nobody can reach one: the landscaper is to be recruited from outside.
    await sample.api.db.write('MATCH (:Member {id: $michael})-[k:KNOWS]->(:Contact {id: $fergal}) DELETE k', {
      michael: MICHAEL,
      fergal: FERGAL,
    });
    expect(await targetsOf()).toEqual([{ id: LANDSCAPER }]);
    expect(await gapContacts(LANDSCAPER, tokenOf(ORGANISER))).toEqual([]);
    const full = (await report()).powerGroups.find((pg) => pg.powerGroup.id === F.fullPowerGroupId);
    expect(full?.recruitingTargets).toEqual([]);
  });
});
