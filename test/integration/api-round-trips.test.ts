// No N+1: an operation makes a bounded number of Cypher round trips, whatever the size of its answer.
// Every question names one of the suite's own groups or members: other suites' copies come and go
// meanwhile, and a page across every group could meet one half-removed.
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
    for (const { roundTrips } of [who, partners, graph, report, referrals])
      expect(roundTrips).toBeLessThanOrEqual(5);
  });
});
