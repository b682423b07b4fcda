// DESIGN.md §6: contacts are third parties; values belong to the two members and organisers.
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-privacy');
const { facts: F, tokenOf } = sample;

const CONTACTS = `query ($id: ID!) { member(id: $id) { id email contacts { id name } stats { valueWon } } }`;
type ContactsResult = {
  member: { email: string | null; contacts: { name: string }[]; stats: { valueWon: number | null } };
};

describe('a member’s contacts and figures', () => {
  const brian = F.estateAgentId;

  it('are hidden from anonymous callers, who see no email either', async () => {
    const { data, errors } = await sample.api.graphql<ContactsResult>(CONTACTS, { id: brian });
    expect(errors).toBeUndefined();
    expect(data?.member).toMatchObject({ email: null, contacts: [], stats: { valueWon: null } });
  });

  it('are hidden from another member', async () => {
    const { data } = await sample.api.graphql<ContactsResult>(
      CONTACTS,
      { id: brian },
      tokenOf(F.accountantId),
    );
    expect(data?.member.contacts).toEqual([]);
    expect(data?.member.stats.valueWon).toBeNull();
    expect(data?.member.email).not.toBeNull();
  });

  it('are shown to the member themself and to an organiser of their group', async () => {
    const own = await sample.api.graphql<ContactsResult>(CONTACTS, { id: brian }, tokenOf(brian));
    const organiser = await sample.api.graphql<ContactsResult>(
      CONTACTS,
      { id: brian },
      tokenOf(F.organiserId),
    );
    expect(own.data?.member.contacts.length).toBeGreaterThan(0);
    expect(organiser.data?.member.contacts).toEqual(own.data?.member.contacts);
    expect(own.data?.member.stats.valueWon).not.toBeNull();
  });
});

describe('whoKnows paths', () => {
  const WHO = `query { whoKnows(industry: "mortgage broker", groupId: "${F.groupId}") {
    answers { member { id } hops path { nodeId kind label } } } }`;
  type Who = {
    whoKnows: {
      answers: {
        member: { id: string };
        hops: number;
        path: { nodeId: string | null; kind: string; label: string }[];
      }[];
    };
  };
  const contactStepOf = (data: Who | null | undefined, memberId: string) =>
    data?.whoKnows.answers
      .find((a) => a.member.id === memberId && a.hops === 1)
      ?.path.find((s) => s.kind === 'CONTACT');

  it('say who can introduce you, not whom they know, to other callers', async () => {
    const anonymous = await sample.api.graphql<Who>(WHO);
    const member = await sample.api.graphql<Who>(WHO, {}, tokenOf(F.accountantId));
    for (const data of [anonymous.data, member.data]) {
      const step = contactStepOf(data, F.estateAgentId);
      expect(step).toMatchObject({ nodeId: null, label: 'a contact in Mortgage intermediary' });
    }
  });

  it('name the contact to the member who knows them and to organisers', async () => {
    const own = await sample.api.graphql<Who>(WHO, {}, tokenOf(F.estateAgentId));
    const organiser = await sample.api.graphql<Who>(WHO, {}, tokenOf(F.organiserId));
    const ownStep = contactStepOf(own.data, F.estateAgentId);
    expect(ownStep?.nodeId).toMatch(/^con-/);
    expect(ownStep?.label).not.toMatch(/^a contact/);
    expect(contactStepOf(organiser.data, F.estateAgentId)).toEqual(ownStep);
  });
});

describe('referral values and contacts', () => {
  const REFERRAL = `{ referrals(memberId: "${F.solicitorId}", status: WON, limit: 500) { id value contact { name } } }`;
  type Referrals = { referrals: { id: string; value: number | null; contact: { name: string } | null }[] };
  const won = (data: Referrals | null | undefined) => data?.referrals.find((r) => r.id === F.wonReferralId);

  it('are visible to the giver, the receiver and organisers', async () => {
    for (const who of [F.solicitorId, F.mortgageIntermediaryId, F.organiserId]) {
      const { data } = await sample.api.graphql<Referrals>(REFERRAL, {}, tokenOf(who));
      expect(won(data), who).toMatchObject({ value: 2400, contact: { name: expect.any(String) } });
    }
  });

  it('are hidden from anyone else', async () => {
    for (const token of [undefined, tokenOf(F.accountantId)]) {
      const { data } = await sample.api.graphql<Referrals>(REFERRAL, {}, token);
      expect(won(data)).toMatchObject({ value: null, contact: null });
    }
  });
});

describe('identity', () => {
  it('refuses an unknown token with 401 and a message that says what to do', async () => {
    const response = await sample.api.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/Unknown, expired or revoked access token/);
  });

  it('knows who the caller is', async () => {
    const { data } = await sample.api.graphql<{ me: { id: string } | null }>(
      '{ me { id } }',
      {},
      tokenOf(F.organiserId),
    );
    expect(data?.me?.id).toBe(F.organiserId);
    const anonymous = await sample.api.graphql<{ me: null }>('{ me { id } }');
    expect(anonymous.data?.me).toBeNull();
  });
});
