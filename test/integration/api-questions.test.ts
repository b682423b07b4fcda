// The questions of DESIGN.md §5, asked through GraphQL of the suite's own copy of the sample data.
import { STALLED_AFTER_DAYS } from '@powergroups/rules';
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';
import { testApi } from '../support/server.ts';

const sample = useIsolatedSample('api-questions');
const { facts: F, tokenOf } = sample;

interface WhoKnows {
  whoKnows: {
    match: {
      industry: { id: string; name: string } | null;
      matchedBy: string;
      matchedText: string | null;
      ambiguous: boolean;
    };
    answers: {
      member: { id: string };
      hops: number;
      strength: number;
      reason: string;
      path: { nodeId: string | null; kind: string; label: string; via: string | null }[];
    }[];
  };
}

const WHO_KNOWS = `query ($industry: String!, $groupId: ID, $maxHops: Int, $limit: Int) {
  whoKnows(industry: $industry, groupId: $groupId, maxHops: $maxHops, limit: $limit) {
    match { industry { id name } matchedBy matchedText ambiguous }
    answers { member { id } hops strength reason path { nodeId kind label via } }
  }
}`;

describe('whoKnows', () => {
  it('resolves "mortgage broker" through a synonym and finds the intermediary, then who knows one, then two hops', async () => {
    const { data, errors } = await sample.api.graphql<WhoKnows>(WHO_KNOWS, {
      industry: 'mortgage broker',
      groupId: F.groupId,
    });
    expect(errors).toBeUndefined();
    const result = data?.whoKnows;
    expect(result?.match).toMatchObject({
      industry: { id: F.mortgageIndustryId },
      matchedBy: 'SYNONYM',
      matchedText: 'mortgage broker',
    });
    const answers = result?.answers ?? [];
    expect(answers[0]).toMatchObject({ member: { id: F.mortgageIntermediaryId }, hops: 0 });
    const oneHop = answers.filter((a) => a.hops === 1).map((a) => a.member.id);
    expect(oneHop.sort()).toEqual([...F.knowsMortgageContactIds].sort());
    const twoHops = answers.filter((a) => a.hops === 2).map((a) => a.member.id);
    expect(twoHops).toContain(F.twoHopMortgageId);
    // Ranked by hops, then strength.
    const hops = answers.map((a) => a.hops);
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    for (let i = 1; i < answers.length; i++) {
      const [prev, cur] = [answers[i - 1], answers[i]];
      if (prev && cur && prev.hops === cur.hops) expect(prev.strength).toBeGreaterThanOrEqual(cur.strength);
    }
    // The two-hop answer shows its path through the member who knows a mortgage contact.
    const twoHop = answers.find((a) => a.member.id === F.twoHopMortgageId);
    expect(twoHop?.path.map((step) => step.kind)).toEqual(['MEMBER', 'MEMBER', 'CONTACT', 'INDUSTRY']);
    expect(F.knowsMortgageContactIds).toContain(twoHop?.path[1]?.nodeId);
  });

  it('understands a question and a fuzzy spelling', async () => {
    const question = await sample.api.graphql<WhoKnows>(WHO_KNOWS, {
      industry: 'Who knows a mortgage broker?',
      groupId: F.groupId,
    });
    expect(question.data?.whoKnows.match.industry?.id).toBe(F.mortgageIndustryId);
    const typo = await sample.api.graphql<WhoKnows>(WHO_KNOWS, {
      industry: 'mortgage intermediery',
      groupId: F.groupId,
    });
    expect(typo.data?.whoKnows.match).toMatchObject({
      industry: { id: F.mortgageIndustryId },
      matchedBy: 'FUZZY',
    });
  });

  it('searches every group for an anonymous caller who names none', async () => {
    // Every group holds other suites' copies too: ask for room for all of them, look only at ours.
    const { data } = await sample.api.graphql<WhoKnows>(WHO_KNOWS, {
      industry: 'mortgage broker',
      limit: 200,
    });
    const inIndustry = data?.whoKnows.answers
      .filter((a) => a.hops === 0 && a.member.id.includes(sample.tag))
      .map((a) => a.member.id);
    expect(inIndustry).toEqual(
      expect.arrayContaining([F.mortgageIntermediaryId, sample.idOf('mem-grainne-hayes')]),
    );
  });

  it.each([0, 1, 2])('goes exactly as far as maxHops %i', async (maxHops) => {
    const { data } = await sample.api.graphql<WhoKnows>(WHO_KNOWS, {
      industry: 'mortgage broker',
      groupId: F.groupId,
      maxHops,
    });
    const hops = new Set(data?.whoKnows.answers.map((a) => a.hops));
    // The sample's group has answers at every distance, so each limit shows exactly its own.
    expect([...hops].sort()).toEqual([0, 1, 2].filter((h) => h <= maxHops));
  });

  it('answers nothing, with no industry, for text that names none', async () => {
    const { data, errors } = await sample.api.graphql<WhoKnows>(WHO_KNOWS, {
      industry: 'zzqx',
      groupId: F.groupId,
    });
    expect(errors).toBeUndefined();
    expect(data?.whoKnows).toMatchObject({ match: { industry: null, matchedBy: 'NONE' }, answers: [] });
  });

  it('refuses a bad maxHops with a message that says so', async () => {
    const { errors } = await sample.api.graphql(WHO_KNOWS, { industry: 'solicitor', maxHops: 5 });
    expect(errors?.[0]?.message).toMatch(/maxHops is 0, 1 or 2/);
  });
});

interface Partners {
  referralPartners: {
    member: { id: string; industry: { id: string } };
    score: number;
    reasons: string[];
    action: string | null;
    breakdown: { synergy: number };
  }[];
}

const PARTNERS = `query ($memberId: ID!, $limit: Int) {
  referralPartners(memberId: $memberId, limit: $limit) {
    member { id industry { id } } score reasons action breakdown { synergy }
  }
}`;

describe('referralPartners', () => {
  it('ranks the accountant, solicitor and estate agent high for the mortgage intermediary, never a competitor', async () => {
    const { data, errors } = await sample.api.graphql<Partners>(PARTNERS, {
      memberId: F.mortgageIntermediaryId,
      limit: 50,
    });
    expect(errors).toBeUndefined();
    const partners = data?.referralPartners ?? [];
    const ids = partners.map((p) => p.member.id);
    for (const id of [F.accountantId, F.solicitorId, F.estateAgentId]) {
      expect(ids.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(id), id).toBeLessThan(6);
    }
    expect(ids).not.toContain(F.competitorOfMortgageId);
    expect(ids).not.toContain(F.mortgageIntermediaryId);
    expect(partners.some((p) => p.member.industry.id === F.mortgageIndustryId)).toBe(false);
    for (const partner of partners) expect(partner.reasons.length).toBeGreaterThan(0);
    const scores = partners.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('says "book a one-to-one" for high synergy with no tie yet', async () => {
    const { data } = await sample.api.graphql<Partners>(PARTNERS, {
      memberId: F.mortgageIntermediaryId,
      limit: 50,
    });
    const accountant = data?.referralPartners.find((p) => p.member.id === F.noTieHighSynergyId);
    expect(accountant?.action).toBe('BOOK_ONE_TO_ONE');
    expect(accountant?.reasons.join(' ')).toMatch(/one-to-one/i);
  });

  it('answers an unknown member with a clear error', async () => {
    const { errors } = await sample.api.graphql(PARTNERS, { memberId: 'mem-nobody' });
    expect(errors?.[0]).toMatchObject({
      message: 'No member with id "mem-nobody"',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('powerGroups', () => {
  const POWER_GROUPS = `query ($groupId: ID!) {
    powerGroups(groupId: $groupId) {
      powerGroups { powerGroup { id } status coverage filled { industry { id } members { id } }
                    gaps { industry { id } inviters { member { id } contacts } } }
      communities { id members { id } bestMatch { id } jaccard }
    }
  }`;

  it('shows the gaps of a power group and who could invite for each', async () => {
    const { data, errors } = await sample.api.graphql<{
      powerGroups: {
        powerGroups: {
          powerGroup: { id: string };
          status: string;
          coverage: number;
          gaps: { industry: { id: string }; inviters: { member: { id: string } }[] }[];
        }[];
        communities: { members: { id: string }[] }[];
      };
    }>(POWER_GROUPS, { groupId: F.groupId });
    expect(errors).toBeUndefined();
    const report = data?.powerGroups;
    const withGaps = report?.powerGroups.find((pg) => pg.powerGroup.id === F.gapPowerGroupId);
    expect(withGaps?.gaps.map((gap) => gap.industry.id).sort()).toEqual([...F.gapIndustryIds].sort());
    for (const gap of withGaps?.gaps ?? []) {
      const expected = F.gapInviterIds[gap.industry.id as keyof typeof F.gapInviterIds];
      expect(gap.inviters.map((i) => i.member.id).sort()).toEqual([...expected].sort());
    }
    const full = report?.powerGroups.find((pg) => pg.powerGroup.id === F.fullPowerGroupId);
    expect(full).toMatchObject({ status: 'STRONG', coverage: 1, gaps: [] });
    expect(report?.communities.length).toBeGreaterThan(0);
  });

  it('says which group does not exist', async () => {
    const { errors } = await sample.api.graphql(POWER_GROUPS, { groupId: 'grp-nowhere' });
    expect(errors?.[0]?.message).toBe('No group with id "grp-nowhere"');
  });
});

describe('groupGraph', () => {
  it('returns every member as a node with power-group colours, and edges of each kind', async () => {
    const { data, errors } = await sample.api.graphql<{
      groupGraph: {
        nodes: { id: string; powerGroupIds: string[] }[];
        edges: { kind: string; source: string; target: string }[];
      };
      group: { memberCount: number };
    }>(
      `query ($groupId: ID!) {
        group(id: $groupId) { memberCount }
        groupGraph(groupId: $groupId) { nodes { id powerGroupIds } edges { kind source target } }
      }`,
      { groupId: F.groupId },
    );
    expect(errors).toBeUndefined();
    const graph = data?.groupGraph;
    expect(graph?.nodes).toHaveLength(data?.group.memberCount ?? -1);
    // COMPETITION: Conor (financial adviser) and Aoife (mortgage intermediary).
    expect(new Set(graph?.edges.map((e) => e.kind))).toEqual(
      new Set(['SYNERGY', 'REFERRAL', 'ONE_TO_ONE', 'COMPETITION']),
    );
    const nodeIds = new Set(graph?.nodes.map((n) => n.id));
    for (const edge of graph?.edges ?? []) {
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
    }
    const aoife = graph?.nodes.find((n) => n.id === F.mortgageIntermediaryId);
    expect(aoife?.powerGroupIds).toContain(F.fullPowerGroupId);
  });
});

describe('referrals and members', () => {
  it('lists exactly the stalled referrals', async () => {
    // Asked for each of the copy's groups (by receiver): across every group, the 500 a page holds
    // could fill up with other suites' data (a generated load of 500 members has ~460 stalled).
    const ids: string[] = [];
    for (const group of sample.rows.groups) {
      const { data } = await sample.api.graphql<{ referrals: { id: string; stalled: boolean }[] }>(
        `{ referrals(groupId: "${group.id}", stalled: true, limit: 500) { id stalled } }`,
        {},
        tokenOf(F.organiserId),
      );
      ids.push(...(data?.referrals.map((r) => r.id) ?? []));
    }
    expect(ids.sort()).toEqual([...F.stalledReferralIds].sort());
  });

  it('calls a referral stalled from exactly 14 days after its last update, as @powergroups/rules says', async () => {
    const LIST = `{ referrals(groupId: "${F.groupId}", limit: 500) { id status updatedAt stalled } }`;
    type Listed = { referrals: { id: string; status: string; updatedAt: string; stalled: boolean }[] };
    const { data } = await sample.api.graphql<Listed>(LIST, {}, tokenOf(F.organiserId));
    const open = data?.referrals.find((r) => r.status === 'OFFERED' || r.status === 'CONTACTED');
    if (!open) throw new Error('the sample has an open referral in the main group');
    const stalledFrom = new Date(new Date(open.updatedAt).getTime() + STALLED_AFTER_DAYS * 86_400_000);
    const stalledAt = async (now: Date) => {
      const api = await testApi({ db: sample.api.db, now });
      const answer = await api.graphql<Listed>(LIST, {}, tokenOf(F.organiserId));
      return answer.data?.referrals.find((r) => r.id === open.id)?.stalled;
    };
    expect(await stalledAt(stalledFrom)).toBe(true);
    expect(await stalledAt(new Date(stalledFrom.getTime() - 1000))).toBe(false);
  });

  it('pages members with a cursor and searches them', async () => {
    const PAGE = `query ($after: String) { members(groupId: "${F.groupId}", first: 10, after: $after) {
      edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      members: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await sample.api.graphql<Page>(PAGE);
    const second = await sample.api.graphql<Page>(PAGE, { after: first.data?.members.pageInfo.endCursor });
    expect(first.data?.members.edges).toHaveLength(10);
    expect(first.data?.members.pageInfo.hasNextPage).toBe(true);
    const overlap = second.data?.members.edges.filter((e) =>
      first.data?.members.edges.some((f) => f.node.id === e.node.id),
    );
    expect(overlap).toEqual([]);
    // The search spans every group (other suites' copies have an Aoife too): of ours, exactly one.
    const search = await sample.api.graphql<Page>(
      `{ members(search: "aoife", first: 200) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(search.data?.members.edges.map((e) => e.node.id).filter((id) => id.includes(sample.tag))).toEqual([
      F.mortgageIntermediaryId,
    ]);
  });

  it.each([
    ['siobhan', ['Siobhán Kelly']],
    ['PÁDRAIG', ['Pádraig Ryan']],
    ['padraig', ['Pádraig Ryan']],
    ['oconnor', ["Niamh O'Connor"]],
    ['seán', ['Seán Maher']],
  ])('searches names whatever their case, accents and apostrophes: %s', async (text, names) => {
    const { data } = await sample.api.graphql<{ members: { edges: { node: { name: string } }[] } }>(
      `query ($search: String, $groupId: ID) { members(search: $search, groupId: $groupId, first: 50) { edges { node { name } } } }`,
      { search: text, groupId: F.groupId },
    );
    expect(data?.members.edges.map((e) => e.node.name)).toEqual(names);
  });

  it('matches industries by name, synonym and fuzzily', async () => {
    const { data } = await sample.api.graphql<{
      a: { matchedBy: string };
      b: { matchedBy: string };
      c: { matchedBy: string; industry: { id: string } };
    }>(
      `{ a: matchIndustry(text: "Solicitor") { matchedBy }
         b: matchIndustry(text: "mortgage advisor") { matchedBy }
         c: matchIndustry(text: "morgage") { matchedBy industry { id } } }`,
    );
    expect(data?.a.matchedBy).toBe('NAME');
    expect(data?.b.matchedBy).toBe('SYNONYM');
    expect(data?.c).toMatchObject({ matchedBy: 'FUZZY', industry: { id: F.mortgageIndustryId } });
  });
});
