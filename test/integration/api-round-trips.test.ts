// No N+1: an operation makes a bounded number of Cypher round trips, whatever the size of its answer.
// Every question names one of the suite's own groups or members: other suites' copies come and go
// meanwhile, and a page across every group could meet one half-removed.
import { operationsModule, printDocument } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-round-trips');
const { facts: F, tokenOf } = sample;

async function roundTripsOf(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { api } = sample;
  const before = api.db.roundTrips;
  const { data, errors } = await api.graphql<Record<string, unknown>>(query, variables, token);
  expect(errors).toBeUndefined();
  return { data, roundTrips: api.db.roundTrips - before };
}

/** The text the explorer sends for one of its operations (client/src/api/operations.ts). */
const explorerQuery = (name: keyof typeof operationsModule): string =>
  printDocument(operationsModule[name] as Parameters<typeof printDocument>[0]);

/**
 * The round trips of the question itself, for a signed-in caller: what identifying the caller
 * costs (measured on a query that reads nothing; none while the caller is remembered) is taken
 * off. Identifying costs one at most, so the whole request is held to two as well.
 */
async function questionTripsAs(token: string, query: string, variables: Record<string, unknown>) {
  // The first read may identify the caller and remember them: measure the next, alike for both.
  await roundTripsOf('{ __typename }', {}, token);
  const identifyOnly = await roundTripsOf('{ __typename }', {}, token);
  const asked = await roundTripsOf(query, variables, token);
  expect(asked.roundTrips).toBeLessThanOrEqual(2);
  return { data: asked.data, roundTrips: asked.roundTrips - identifyOnly.roundTrips };
}

const PAGE = `query ($groupId: ID!, $first: Int!) {
  members(groupId: $groupId, first: $first) {
    edges { node {
      id name industry { id name } powerGroups { id name } group { id name }
      stats { given received won }
      partners(limit: 3) { member { id name industry { name } } score reasons }
    } }
  }
}`;

describe('Cypher round trips per operation', () => {
  // Pages of the suite's own main group (34 members), neither of them the whole group: as for the
  // small page, some partners of the large page's members are outside it and are loaded as well.
  it('a page of 30 members with industry, power groups and partners costs a handful, not one per member', async () => {
    const small = await roundTripsOf(PAGE, { groupId: F.groupId, first: 5 });
    const large = await roundTripsOf(PAGE, { groupId: F.groupId, first: 30 });
    const edges = (large.data?.members as { edges: unknown[] } | undefined)?.edges;
    expect(edges).toHaveLength(30);
    // members page, industries, power groups, groups, stats, partner facts (+ the partners' members).
    expect(large.roundTrips).toBeLessThanOrEqual(8);
    expect(large.roundTrips).toBe(small.roundTrips);
  });

  it('a page of the referral pipeline costs the same few round trips for 5 rows as for 60', async () => {
    const PIPELINE = `query ($groupId: ID!, $first: Int!) {
      referralPipeline(groupId: $groupId, first: $first, filter: { lastMonths: 12 }) {
        totalCount
        edges { cursor node {
          id status value stalled daysSinceUpdate createdAt updatedAt
          giver { id name industry { name } } receiver { id name industry { name } } contact { name }
        } }
      }
    }`;
    const token = tokenOf(F.organiserId);
    // Once first, untallied: a token's first use of the run also records when it was last used,
    // off the request's path; give that write time to land so no measured request counts it.
    await roundTripsOf(PIPELINE, { groupId: F.groupId, first: 1 }, token);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const small = await roundTripsOf(PIPELINE, { groupId: F.groupId, first: 5 }, token);
    const large = await roundTripsOf(PIPELINE, { groupId: F.groupId, first: 60 }, token);
    const edges = (large.data?.referralPipeline as { edges: unknown[] } | undefined)?.edges;
    expect(edges?.length).toBeGreaterThan(30);
    // the page with its count, the givers and receivers, their industries (and the caller's token).
    console.log(
      `round trips — referralPipeline(5): ${small.roundTrips}, referralPipeline(60): ${large.roundTrips}`,
    );
    expect(large.roundTrips).toBeLessThanOrEqual(4);
    expect(large.roundTrips).toBe(small.roundTrips);
  });

  it('a group’s activity, with every member, their industry, lights and months, costs one round trip', async () => {
    const ACTIVITY = `query ($groupId: ID!) {
      groupActivity(groupId: $groupId, period: LAST_12_MONTHS) {
        since
        members { member { id name role industry { id name } } given received won valueWon oneToOnes stalled health { light reasons } }
        totals { given received won valueWon oneToOnes }
        months { month given received won valueWon oneToOnes }
      }
    }`;
    const token = tokenOf(F.organiserId);
    // The token's first use records when it was last used, off the request's path (see above).
    await roundTripsOf(ACTIVITY, { groupId: F.groupId }, token);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const measured = await questionTripsAs(token, ACTIVITY, { groupId: F.groupId });
    const activity = measured.data?.groupActivity as { members: { valueWon: number | null }[] } | undefined;
    const members = activity?.members ?? [];
    expect(members.length).toBeGreaterThan(30);
    // valueWon's rule asks for each member's group: primed from the same statement.
    expect(members.every((member) => member.valueWon !== null)).toBe(true);
    console.log(`round trips — groupActivity(${members.length} members): ${measured.roundTrips}`);
    expect(measured.roundTrips).toBe(1);
  });

  it('each question is answered in a fixed number of round trips', async () => {
    const who = await roundTripsOf(
      `{ whoKnows(industry: "mortgage broker", groupId: "${F.groupId}") { answers { member { id name industry { name } } path { label } } } }`,
    );
    const partners = await roundTripsOf(
      `{ referralPartners(memberId: "${F.mortgageIntermediaryId}", limit: 20) { member { id name industry { name } } reasons } }`,
    );
    const graph = await roundTripsOf(
      `{ groupGraph(groupId: "${F.groupId}") { nodes { id } edges { id } powerGroups { id } } }`,
    );
    const report = await roundTripsOf(
      `{ powerGroups(groupId: "${F.groupId}") { powerGroups { powerGroup { name industries { name } } filled { members { name } } gaps { industry { name } inviters { member { name } } } } communities { members { name } bestMatch { name } } } }`,
    );
    const referrals = await roundTripsOf(
      `{ referrals(groupId: "${F.groupId}", limit: 200) { id giver { name industry { name } } receiver { name } contact { name } } }`,
      {},
      tokenOf(F.organiserId),
    );
    // Printed so the closing note can quote them.
    console.log(
      `round trips — whoKnows: ${who.roundTrips}, referralPartners: ${partners.roundTrips}, groupGraph: ${graph.roundTrips}, ` +
        `powerGroups: ${report.roundTrips}, referrals(200): ${referrals.roundTrips}`,
    );
    // whoKnows matches the industry, answers and loads every member and industry shown in one statement.
    expect(who.roundTrips).toBe(1);
    // referralPartners: the partner facts carry each suggestion's member and industry whole.
    expect(partners.roundTrips).toBe(1);
    // groupGraph and powerGroups: one statement each brings the group, its ties and the templates.
    expect(graph.roundTrips).toBeLessThanOrEqual(1);
    expect(report.roundTrips).toBeLessThanOrEqual(1);
    expect(referrals.roundTrips).toBeLessThanOrEqual(5);
  });

  it("answers each of the explorer's four questions, as it sends them, in one round trip", async () => {
    const asked = {
      whoKnows: [explorerQuery('WHO_KNOWS_QUERY'), { industry: 'mortgage broker', groupId: F.groupId }],
      referralPartners: [explorerQuery('PARTNERS_QUERY'), { memberId: F.mortgageIntermediaryId, limit: 10 }],
      groupGraph: [explorerQuery('GROUP_GRAPH_QUERY'), { groupId: F.groupId }],
      // The largest: gaps with the people members know in them, their ties and candidacies.
      powerGroups: [explorerQuery('POWER_GROUPS_QUERY'), { groupId: F.groupId }],
    } as const;
    const organiser = tokenOf(F.organiserId);
    // A token's first use records when it was last used, off the request's path: let it land first.
    await roundTripsOf('{ __typename }', {}, organiser);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counted: [string, number, number][] = [];
    for (const [question, [query, variables]] of Object.entries(asked)) {
      const anonymous = await roundTripsOf(query, variables);
      const signedIn = await questionTripsAs(organiser, query, variables);
      counted.push([question, anonymous.roundTrips, signedIn.roundTrips]);
    }
    console.log(
      `round trips of the explorer's questions — ${counted
        .map(
          ([question, anonymous, signedIn]) =>
            `${question}: ${anonymous} anonymous, ${signedIn} as organiser`,
        )
        .join('; ')}`,
    );
    for (const [question, anonymous, signedIn] of counted) {
      expect(anonymous, `${question}, anonymous`).toBeLessThanOrEqual(1);
      expect(signedIn, `${question}, as the group's organiser`).toBeLessThanOrEqual(1);
    }
  });

  it('names the people of every gap in the same trip, and the explorer sees them all', async () => {
    const { data } = await questionTripsAs(tokenOf(F.organiserId), explorerQuery('POWER_GROUPS_QUERY'), {
      groupId: F.groupId,
    });
    const report = data?.powerGroups as {
      gaps: { contacts: { contact: { name: string } | null; knownBy: { member: { name: string } }[] }[] }[];
    };
    const contacts = report.gaps.flatMap((gap) => gap.contacts);
    // The sample's main group lacks industries its members know people in: the organiser sees their names.
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      expect(contact.contact?.name).toBeTruthy();
      expect(contact.knownBy.length).toBeGreaterThan(0);
    }
  });
});
