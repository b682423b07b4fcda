// Referral outcomes follow the trade's rules, and every write leaves a record: the receiver (or an
// organiser) reports the outcome and value, the giver may withdraw or update notes; each change
// is in the group's audit trail for its organisers and in the referral's history for its two
// members, and a refused change leaves none. A referral to a private person (no trade) is allowed
// and never makes the giver "know" a trade.
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('audit-trail');
const { idOf, tokenOf } = sample;

const GROUP = idOf('grp-harbour-professionals');
const ORGANISER = idOf('mem-eileen-mcdonagh');
const GIVER = idOf('mem-colin-maguire'); // accountant
const RECEIVER = idOf('mem-bernadette-shaw'); // solicitor
const OTHER_ORGANISER = sample.facts.organiserId; // organises another group

const RESULT = `__typename ... on Error { message } ... on ValidationError { fieldErrors { path message } }`;
const RECORD = `mutation ($input: RecordReferralInput!) {
  recordReferral(input: $input) { ${RESULT} ... on RecordReferralSuccess { data { id contact { industry { id } } } } }
}`;
const UPDATE = `mutation ($input: UpdateReferralStatusInput!) {
  updateReferralStatus(input: $input) { ${RESULT} ... on UpdateReferralStatusSuccess { data { id status value notes } } }
}`;
const HISTORY = `{ referrals(memberId: "${GIVER}", limit: 50) { id history { action summary actorName before after } } }`;
const CHANGES = `query ($groupId: ID) { changes(groupId: $groupId, limit: 200) { action targetId summary actorName } }`;

interface Result {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[] }[];
  data?: { id: string; status?: string; value?: number | null; notes?: string | null };
}

async function record(input: Record<string, unknown>, token = tokenOf(GIVER)): Promise<string> {
  const { data } = await sample.api.graphql<{ recordReferral: Result }>(RECORD, { input }, token);
  expect(data?.recordReferral.__typename, JSON.stringify(data)).toBe('RecordReferralSuccess');
  return data?.recordReferral.data?.id ?? '';
}

async function update(input: Record<string, unknown>, memberId: string): Promise<Result> {
  const { data, errors } = await sample.api.graphql<{ updateReferralStatus: Result }>(
    UPDATE,
    { input },
    tokenOf(memberId),
  );
  expect(errors).toBeUndefined();
  return data?.updateReferralStatus as Result;
}

async function changes(token: string, groupId: string | null = GROUP) {
  const { data, errors } = await sample.api.graphql<{ changes: { action: string; targetId: string }[] }>(
    CHANGES,
    { groupId },
    token,
  );
  return { changes: data?.changes ?? null, errors };
}

describe('who reports what on a referral', () => {
  it('the giver cannot report the outcome or the value; the receiver can; a closed one is final', async () => {
    const id = await record({
      receiverId: RECEIVER,
      contactName: 'Pat Seller',
      contactIndustryId: 'ind-estate-agent',
    });

    const byGiver = await update({ referralId: id, status: 'WON', value: 2500 }, GIVER);
    expect(byGiver).toMatchObject({
      __typename: 'NotAuthorizedError',
      message: expect.stringMatching(/Only the receiver/),
    });
    const valueByGiver = await update({ referralId: id, value: 100 }, GIVER);
    expect(valueByGiver.__typename).toBe('NotAuthorizedError');

    const notes = await update({ referralId: id, notes: 'Pat prefers mornings' }, GIVER);
    expect(notes).toMatchObject({
      __typename: 'UpdateReferralStatusSuccess',
      data: { status: 'OFFERED', notes: 'Pat prefers mornings' },
    });

    const noValue = await update({ referralId: id, status: 'WON' }, RECEIVER);
    expect(noValue).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'value'] }],
    });
    const won = await update({ referralId: id, status: 'WON', value: 2500 }, RECEIVER);
    expect(won).toMatchObject({ data: { status: 'WON', value: 2500, notes: 'Pat prefers mornings' } });
    const reopened = await update({ referralId: id, status: 'CONTACTED' }, RECEIVER);
    expect(reopened).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/final/),
    });

    // Both members see the history: recorded, notes, won; the refusals left nothing.
    for (const member of [GIVER, RECEIVER]) {
      const { data } = await sample.api.graphql<{
        referrals: { id: string; history: { action: string; summary: string }[] }[];
      }>(HISTORY, {}, tokenOf(member));
      const history = data?.referrals.find((r) => r.id === id)?.history ?? [];
      expect(history.map((h) => h.summary)).toEqual([
        expect.stringMatching(/referred a new contact/),
        'notes updated',
        'OFFERED → WON (€2,500)',
      ]);
    }
  });

  it('the giver may withdraw an open referral; the receiver may not', async () => {
    const id = await record({
      receiverId: RECEIVER,
      contactName: 'Sam Withdrawn',
      contactIndustryId: 'ind-estate-agent',
    });
    const byReceiver = await update({ referralId: id, status: 'WITHDRAWN' }, RECEIVER);
    expect(byReceiver).toMatchObject({
      __typename: 'NotAuthorizedError',
      message: expect.stringMatching(/report LOST/),
    });
    const byGiver = await update({ referralId: id, status: 'WITHDRAWN' }, GIVER);
    expect(byGiver).toMatchObject({ data: { status: 'WITHDRAWN' } });
  });
});

describe('a private person', () => {
  it('can be referred without a trade, and does not make the giver know one', async () => {
    const ask = `{ whoKnows(industry: "Estate agent", groupId: "${GROUP}") { answers { member { id } } } }`;
    const before = await sample.api.graphql(ask);
    const id = await record({ receiverId: RECEIVER, contactName: 'Pat Buyer', notes: 'first home' });
    const { data } = await sample.api.graphql<{
      referrals: { id: string; contact: { industry: unknown } | null }[];
    }>(
      `{ referrals(memberId: "${GIVER}", limit: 500) { id contact { industry { id } } } }`,
      {},
      tokenOf(GIVER),
    );
    expect(data?.referrals.find((r) => r.id === id)?.contact).toEqual({ industry: null });
    expect(await sample.api.graphql(ask)).toEqual(before);
  });
});

describe('the audit trail', () => {
  it("lists the group's writes, newest first, for its organisers only", async () => {
    const id = await record({
      receiverId: RECEIVER,
      contactName: 'Trail Person',
      contactIndustryId: 'ind-estate-agent',
    });
    await update({ referralId: id, status: 'CONTACTED' }, RECEIVER);
    const { changes: trail } = await changes(tokenOf(ORGANISER));
    expect(trail?.slice(0, 2)).toEqual([
      expect.objectContaining({
        action: 'updateReferralStatus',
        targetId: id,
        summary: 'OFFERED → CONTACTED',
      }),
      expect.objectContaining({ action: 'recordReferral', targetId: id }),
    ]);
    for (const token of [tokenOf(GIVER), tokenOf(OTHER_ORGANISER)]) {
      const refused = await changes(token);
      expect(refused.errors?.[0]?.message).toMatch(/only an organiser of the group/);
    }
    const catalogue = await changes(tokenOf(ORGANISER), null);
    expect(catalogue.errors?.[0]?.message).toMatch(/instance admin/);
  });
});
