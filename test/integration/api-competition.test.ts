// Competition (DESIGN.md §1): whom each member competes with and why, the graph's COMPETITION
// edges, and the promise of the partner suggestions, checked against each other: referralPartners
// never suggests a competitor, and between them the two answers name every groupmate once.
import { beforeAll, describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-competition');
const { facts: F } = sample;

// The sample's competing industries that meet in one group: Conor (financial adviser) and Aoife
// (mortgage intermediary) in the main group; the accountant and the bookkeeper of Liffey.
const LIFFEY_ACCOUNTANT = sample.idOf('mem-john-mcgrath');
const LIFFEY_BOOKKEEPER = sample.idOf('mem-ann-marie-kenny');
// A second accountant in the main group, written past the API's one-member-per-industry rule (as
// an old import could have): Declan's competitor by SAME_INDUSTRY.
const TWIN = sample.ownId('mem', 'twin-accountant');

interface Competitor {
  member: { id: string; name: string };
  why: 'SAME_INDUSTRY' | 'COMPETES_WITH';
  industry: { id: string };
  competesWithIndustry: { id: string };
}

const COMPETITORS = `query ($id: ID!) {
  member(id: $id) {
    competitors { member { id name } why industry { id } competesWithIndustry { id } }
  }
}`;

async function competitorsOf(id: string): Promise<Competitor[]> {
  const { data, errors } = await sample.api.graphql<{ member: { competitors: Competitor[] } }>(COMPETITORS, {
    id,
  });
  expect(errors).toBeUndefined();
  return data?.member.competitors ?? [];
}

async function roundTripsOf(query: string, variables: Record<string, unknown> = {}) {
  const { api } = sample;
  const before = api.db.roundTrips;
  const { data, errors } = await api.graphql<Record<string, unknown>>(query, variables);
  expect(errors).toBeUndefined();
  return { data, roundTrips: api.db.roundTrips - before };
}

beforeAll(async () => {
  await sample.api.db.write(
    `MATCH (g:Group {id: $group}), (i:Industry {id: 'ind-accountant'})
     CREATE (m:Member {id: $id, name: 'Zoe Twin', company: 'Twin & Co', wantsToMeet: [], doesNotWantToMeet: []})
     CREATE (m)-[:MEMBER_OF {since: date('2026-01-01'), role: 'MEMBER'}]->(g)
     CREATE (m)-[:IN_INDUSTRY]->(i)`,
    { group: F.groupId, id: TWIN },
  );
});

describe('Member.competitors', () => {
  it('names a COMPETES_WITH competitor with both industries, from either side', async () => {
    expect(await competitorsOf(F.competitorOfMortgageId)).toEqual([
      {
        member: { id: F.mortgageIntermediaryId, name: 'Aoife Byrne' },
        why: 'COMPETES_WITH',
        industry: { id: 'ind-mortgage-intermediary' },
        competesWithIndustry: { id: 'ind-financial-adviser' },
      },
    ]);
    expect(await competitorsOf(F.mortgageIntermediaryId)).toEqual([
      {
        member: { id: F.competitorOfMortgageId, name: 'Conor Fitzgerald' },
        why: 'COMPETES_WITH',
        industry: { id: 'ind-financial-adviser' },
        competesWithIndustry: { id: 'ind-mortgage-intermediary' },
      },
    ]);
    const accountant = await competitorsOf(LIFFEY_ACCOUNTANT);
    expect(accountant.map((c) => [c.member.id, c.why, c.industry.id])).toEqual([
      [LIFFEY_BOOKKEEPER, 'COMPETES_WITH', 'ind-bookkeeper'],
    ]);
  });

  it('names a member of the same industry as SAME_INDUSTRY, and stays in the member’s group', async () => {
    // Liffey's and Harbour's accountants hold Declan's industry too, in other groups: not his competitors.
    expect(await competitorsOf(F.accountantId)).toEqual([
      {
        member: { id: TWIN, name: 'Zoe Twin' },
        why: 'SAME_INDUSTRY',
        industry: { id: 'ind-accountant' },
        competesWithIndustry: { id: 'ind-accountant' },
      },
    ]);
    expect(await competitorsOf(F.solicitorId)).toEqual([]);
  });
});

describe('competition and the partner suggestions', () => {
  const PAGE = `query ($groupId: ID!) {
    members(groupId: $groupId, first: 50) {
      edges { node { id competitors { member { id } why } partners(limit: 50) { member { id } } } }
    }
  }`;
  type Page = {
    members: {
      edges: { node: { id: string; competitors: Competitor[]; partners: { member: { id: string } }[] } }[];
    };
  };

  it('referralPartners never suggests a competitor: the two answers split the group between them', async () => {
    let competing = 0;
    for (const group of sample.rows.groups) {
      const { data, errors } = await sample.api.graphql<Page>(PAGE, { groupId: group.id });
      expect(errors).toBeUndefined();
      const nodes = data?.members.edges.map((edge) => edge.node) ?? [];
      const everyone = nodes.map((node) => node.id);
      expect(everyone.length).toBeGreaterThan(20);
      for (const node of nodes) {
        const competitors = node.competitors.map((c) => c.member.id);
        const partners = node.partners.map((p) => p.member.id);
        expect(
          partners.filter((id) => competitors.includes(id)),
          node.id,
        ).toEqual([]);
        expect([node.id, ...competitors, ...partners].sort(), node.id).toEqual([...everyone].sort());
        competing += competitors.length;
      }
    }
    // Aoife–Conor, Declan–the twin, and Liffey's and Harbour's pairs, each counted from both sides.
    expect(competing).toBeGreaterThanOrEqual(2 * 3);
  });

  it('agrees with Query.referralPartners for the members who compete', async () => {
    for (const id of [
      F.mortgageIntermediaryId,
      F.competitorOfMortgageId,
      F.accountantId,
      LIFFEY_ACCOUNTANT,
    ]) {
      const { data, errors } = await sample.api.graphql<{ referralPartners: { member: { id: string } }[] }>(
        `query ($id: ID!) { referralPartners(memberId: $id, limit: 100) { member { id } } }`,
        { id },
      );
      expect(errors).toBeUndefined();
      const suggested = new Set(data?.referralPartners.map((p) => p.member.id));
      const competitors = await competitorsOf(id);
      expect(competitors.length, id).toBeGreaterThan(0);
      for (const competitor of competitors) expect(suggested.has(competitor.member.id), id).toBe(false);
    }
  });
});

describe('groupGraph COMPETITION edges', () => {
  it('join exactly the pairs Member.competitors names, undirected, saying why', async () => {
    const { data, errors } = await sample.api.graphql<{
      groupGraph: { edges: { id: string; kind: string; source: string; target: string; label: string }[] };
      members: { edges: { node: { id: string; competitors: Competitor[] } }[] };
    }>(
      `query ($groupId: ID!) {
        groupGraph(groupId: $groupId) { edges { id kind source target label } }
        members(groupId: $groupId, first: 50) { edges { node { id competitors { member { id } why } } } }
      }`,
      { groupId: F.groupId },
    );
    expect(errors).toBeUndefined();
    const edges = data?.groupGraph.edges.filter((edge) => edge.kind === 'COMPETITION') ?? [];
    const pair = (a: string, b: string) => [a, b].sort().join(' | ');
    const fromEdges = new Set(edges.map((edge) => pair(edge.source, edge.target)));
    const fromMembers = new Set(
      data?.members.edges.flatMap(({ node }) => node.competitors.map((c) => pair(node.id, c.member.id))),
    );
    expect(fromEdges).toEqual(fromMembers);
    expect(fromEdges).toEqual(
      new Set([pair(F.mortgageIntermediaryId, F.competitorOfMortgageId), pair(F.accountantId, TWIN)]),
    );
    // One edge per pair (cytoscape refuses two with one id), each with its reason in words.
    expect(new Set(edges.map((edge) => edge.id)).size).toBe(edges.length);
    // Source and target in id order: Aoife before Conor, Declan before the twin.
    expect(edges.map((edge) => edge.label).sort()).toEqual([
      'Mortgage intermediary competes with Financial adviser',
      'Same industry: Accountant',
    ]);
  });
});

describe('round trips', () => {
  const PAGE = `query ($groupId: ID!, $first: Int!) {
    members(groupId: $groupId, first: $first) {
      edges { node {
        id name industry { name }
        competitors { member { id name industry { name } } why industry { name } competesWithIndustry { name } }
      } }
    }
  }`;

  it('a page of members with their competitors costs a handful, not one per member', async () => {
    const small = await roundTripsOf(PAGE, { groupId: F.groupId, first: 5 });
    const large = await roundTripsOf(PAGE, { groupId: F.groupId, first: 30 });
    // The page, its industries, the competitors, their members and industries: a bound that does
    // not grow with the page (how the loaders' batches fall in ticks may save one).
    for (const { roundTrips } of [small, large]) expect(roundTrips).toBeLessThanOrEqual(5);
    expect(large.roundTrips).toBeLessThanOrEqual(small.roundTrips);
  });

  it('groupGraph draws competition without another round trip', async () => {
    const graph = await roundTripsOf(
      `{ groupGraph(groupId: "${F.groupId}") { nodes { id } edges { id kind label } powerGroups { id } } }`,
    );
    // The group's snapshot and the power-group templates.
    expect(graph.roundTrips).toBeLessThanOrEqual(2);
  });
});
