// No N+1: an operation makes a bounded number of Cypher round trips, whatever the size of its answer.
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_FACTS as F, sampleApi, tokenOf } from '../support/sample.ts';

const api = await sampleApi();
afterAll(() => api.close());

async function roundTripsOf(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const before = api.db.roundTrips;
  const { data, errors } = await api.graphql<Record<string, unknown>>(query, variables, token);
  expect(errors).toBeUndefined();
  return { data, roundTrips: api.db.roundTrips - before };
}

const PAGE = `query ($first: Int!) {
  members(first: $first) {
    edges { node {
      id name industry { id name } powerGroups { id name } group { id name }
      stats { given received won }
      partners(limit: 3) { member { id name industry { name } } score reasons }
    } }
  }
}`;

describe('Cypher round trips per operation', () => {
  it('a page of 50 members with industry, power groups and partners costs a handful, not one per member', async () => {
    const small = await roundTripsOf(PAGE, { first: 5 });
    const large = await roundTripsOf(PAGE, { first: 50 });
    const edges = (large.data?.members as { edges: unknown[] } | undefined)?.edges;
    expect(edges).toHaveLength(50);
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
      '{ referrals(limit: 200) { id giver { name industry { name } } receiver { name } contact { name } } }',
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
