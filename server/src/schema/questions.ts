// The questions of DESIGN.md §5: who knows an X, best referral partners, power groups, the graph.
import { createGraphQLError } from 'graphql-yoga';
import { z } from 'zod';
import type { PowerGroupRecord } from '../db/member-repo.ts';
import {
  type GroupSnapshot,
  groupSnapshot,
  type PartnerFactsRow,
  type WhoKnowsRow,
  whoKnowsRows,
} from '../db/question-repo.ts';
import {
  compareToPowerGroups,
  type DetectedCommunity,
  detectCommunities,
  type Tie,
  tieWeight,
} from '../domain/communities.ts';
import type { IndustryMatchResult } from '../domain/industry-match.ts';
import { type PartnerScore, scorePartners } from '../domain/partner-scoring.ts';
import { analysePowerGroups, memberPowerGroups, type PowerGroupStanding } from '../domain/power-groups.ts';
import { rankWhoKnows } from '../domain/who-knows.ts';
import { builder } from './builder.ts';
import { type Context, isCaller, organises } from './context.ts';
import { IndustryMatchRef, IndustryRef, matchIndustryText, PowerGroupRef } from './industry.ts';
import { partnerFactsLoader, powerGroupsOnce } from './loaders.ts';
import { MemberRef, MemberRole } from './member.ts';

// ---- whoKnows ---------------------------------------------------------------------------------

interface PathStep {
  nodeId: string | null;
  kind: 'MEMBER' | 'CONTACT' | 'INDUSTRY';
  label: string;
  via: string | null;
}

interface WhoKnowsAnswer {
  memberId: string;
  hops: number;
  strength: number;
  reason: string;
  path: PathStep[];
}

const PathNodeKind = builder.enumType('PathNodeKind', { values: ['MEMBER', 'CONTACT', 'INDUSTRY'] as const });

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One node on the path from the answering member to the industry.',
  fields: (t) => ({
    nodeId: t.exposeID('nodeId', {
      nullable: true,
      description: 'Null for a contact hidden from the caller.',
    }),
    kind: t.field({ type: PathNodeKind, resolve: (step) => step.kind }),
    label: t.exposeString('label'),
    via: t.exposeString('via', { nullable: true, description: 'The relationship from the previous step.' }),
  }),
});

const WhoKnowsAnswerRef = builder.objectRef<WhoKnowsAnswer>('WhoKnowsAnswer').implement({
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: (answer) => answer.memberId }),
    hops: t.exposeInt('hops', {
      description: '0: in the industry; 1: knows a contact in it; 2: through a member who does.',
    }),
    strength: t.exposeFloat('strength'),
    reason: t.exposeString('reason'),
    path: t.field({ type: [PathStepRef], resolve: (answer) => answer.path }),
  }),
});

const WhoKnowsResultRef = builder
  .objectRef<{ match: IndustryMatchResult; answers: WhoKnowsAnswer[] }>('WhoKnowsResult')
  .implement({
    fields: (t) => ({
      match: t.field({ type: IndustryMatchRef, resolve: (result) => result.match }),
      answers: t.field({ type: [WhoKnowsAnswerRef], resolve: (result) => result.answers }),
    }),
  });

/** A contact's identity is shown to the member who knows them and to the group's organisers. */
function contactStep(
  context: Context,
  row: WhoKnowsRow,
  knownBy: string | null,
  industryName: string,
): PathStep {
  const visible = isCaller(context, knownBy) || organises(context, row.groupId);
  return visible && row.contactId
    ? { nodeId: row.contactId, kind: 'CONTACT', label: row.contactName ?? 'a contact', via: 'KNOWS' }
    : { nodeId: null, kind: 'CONTACT', label: `a contact in ${industryName}`, via: 'KNOWS' };
}

function whoKnowsAnswer(
  context: Context,
  row: WhoKnowsRow,
  industry: { id: string; name: string },
): WhoKnowsAnswer {
  const member: PathStep = { nodeId: row.memberId, kind: 'MEMBER', label: row.memberName, via: null };
  const target: PathStep = {
    nodeId: industry.id,
    kind: 'INDUSTRY',
    label: industry.name,
    via: 'IN_INDUSTRY',
  };
  const strength = Math.round(row.strength * 1000) / 1000;
  if (row.hops === 0) {
    return {
      memberId: row.memberId,
      hops: 0,
      strength,
      reason: `Is a ${industry.name}`,
      path: [member, target],
    };
  }
  if (row.hops === 1) {
    return {
      memberId: row.memberId,
      hops: 1,
      strength,
      reason: `Knows a ${industry.name} (tie strength ${row.contactStrength ?? '?'}/5)`,
      path: [member, contactStep(context, row, row.memberId, industry.name), target],
    };
  }
  const tie = row.via === 'ONE_TO_ONE' ? 'one-to-ones' : 'referrals';
  return {
    memberId: row.memberId,
    hops: 2,
    strength,
    reason: `Has ${tie} with ${row.throughName}, who knows a ${industry.name}`,
    path: [
      member,
      { nodeId: row.throughId, kind: 'MEMBER', label: row.throughName ?? 'a member', via: row.via },
      contactStep(context, row, row.throughId, industry.name),
      target,
    ],
  };
}

// ---- referralPartners -------------------------------------------------------------------------

const PartnerAction = builder.enumType('PartnerAction', {
  values: ['BOOK_ONE_TO_ONE', 'PASS_REFERRAL', 'FOLLOW_UP'] as const,
});

const ScoreBreakdownRef = builder.objectRef<PartnerScore['breakdown']>('ScoreBreakdown').implement({
  description: 'The parts of the partner score, each 0..1 (see domain/partner-scoring.ts for the formula).',
  fields: (t) => ({
    synergy: t.exposeFloat('synergy'),
    relationship: t.exposeFloat('relationship'),
    trust: t.exposeFloat('trust'),
    reciprocity: t.exposeFloat('reciprocity'),
  }),
});

const PartnerSuggestionRef = builder.objectRef<PartnerScore>('PartnerSuggestion').implement({
  description: 'A non-competing member worth passing business to, with the reasons in words.',
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: (suggestion) => suggestion.memberId }),
    score: t.exposeFloat('score'),
    breakdown: t.field({ type: ScoreBreakdownRef, resolve: (suggestion) => suggestion.breakdown }),
    reasons: t.exposeStringList('reasons'),
    action: t.field({ type: PartnerAction, nullable: true, resolve: (suggestion) => suggestion.action }),
  }),
});

function partnerCandidates(rows: PartnerFactsRow[]) {
  return rows.map((row) => ({
    memberId: row.memberId,
    name: row.name,
    industryId: row.industryId ?? '',
    industryName: row.industryName,
    synergy:
      row.synergyStrength === null
        ? null
        : { strength: row.synergyStrength, reason: row.synergyReason ?? '' },
    competes: row.competes,
    oneToOnes: { count: row.oneToOnes, lastOn: row.lastOneToOne },
    referralsGiven: row.referralsGiven,
    referralsReceived: row.referralsReceived,
    lastReferralAt: row.lastReferralAt,
    asReceiver: {
      won: row.won,
      lost: row.lost,
      wentWrong: row.wentWrong,
      stalled: row.stalled,
      open: row.open,
    },
    gaveWentWrong: row.gaveWentWrong,
    totals: { given: row.given, received: row.received },
  }));
}

/** Partners of one member; batched, so a page of members asking for partners costs one statement. */
export async function partnersOf(context: Context, memberId: string, limit: number): Promise<PartnerScore[]> {
  const rows = await partnerFactsLoader(context).load(memberId);
  return scorePartners(partnerCandidates(rows), { asOf: context.now, limit });
}

const limitArg = (max: number) =>
  z.number().int().min(1, 'limit must be at least 1').max(max, `limit is at most ${max}`);

builder.objectField(MemberRef, 'partners', (t) =>
  t.field({
    type: [PartnerSuggestionRef],
    description: 'Best non-competing referral partners in the member’s group (same as referralPartners).',
    args: { limit: t.arg.int({ defaultValue: 5, validate: limitArg(50) }) },
    resolve: (member, args, context) => partnersOf(context, member.id, args.limit ?? 5),
  }),
);

// ---- powerGroups ------------------------------------------------------------------------------

interface PowerGroupReport {
  groupId: string;
  standings: (PowerGroupStanding & { template: PowerGroupRecord })[];
  communities: DetectedCommunity[];
  templates: PowerGroupRecord[];
}

const PowerGroupStatus = builder.enumType('PowerGroupStatus', {
  values: ['STRONG', 'PARTIAL', 'WEAK'] as const,
});

const PowerGroupSeatRef = builder
  .objectRef<{ industryId: string; memberIds: string[] }>('PowerGroupSeat')
  .implement({
    fields: (t) => ({
      industry: t.field({ type: IndustryRef, resolve: (seat) => seat.industryId }),
      members: t.field({ type: [MemberRef], resolve: (seat) => seat.memberIds }),
    }),
  });

const InviterRef = builder
  .objectRef<{ memberId: string; contacts: number; maxStrength: number }>('Inviter')
  .implement({
    description: 'A member who knows contacts in a missing industry: who could invite a candidate.',
    fields: (t) => ({
      member: t.field({ type: MemberRef, resolve: (inviter) => inviter.memberId }),
      contacts: t.exposeInt('contacts'),
      maxStrength: t.exposeInt('maxStrength'),
    }),
  });

const PowerGroupGapRef = builder.objectRef<PowerGroupStanding['gaps'][number]>('PowerGroupGap').implement({
  fields: (t) => ({
    industry: t.field({ type: IndustryRef, resolve: (gap) => gap.industryId }),
    inviters: t.field({ type: [InviterRef], resolve: (gap) => gap.inviters }),
  }),
});

const PowerGroupStandingRef = builder
  .objectRef<PowerGroupReport['standings'][number]>('PowerGroupStanding')
  .implement({
    description: 'A curated power group as it stands in one group: seats filled and gaps to recruit for.',
    fields: (t) => ({
      powerGroup: t.field({ type: PowerGroupRef, resolve: (standing) => standing.template }),
      status: t.field({ type: PowerGroupStatus, resolve: (standing) => standing.status }),
      coverage: t.exposeFloat('coverage'),
      filled: t.field({ type: [PowerGroupSeatRef], resolve: (standing) => standing.filled }),
      gaps: t.field({ type: [PowerGroupGapRef], resolve: (standing) => standing.gaps }),
    }),
  });

const DetectedCommunityRef = builder
  .objectRef<PowerGroupReport['communities'][number] & { templates: PowerGroupReport['templates'] }>(
    'DetectedCommunity',
  )
  .implement({
    description: 'A community that the actual ties (one-to-ones, referrals) form, found by Louvain.',
    fields: (t) => ({
      id: t.exposeInt('id'),
      members: t.field({ type: [MemberRef], resolve: (community) => community.memberIds }),
      bestMatch: t.field({
        type: PowerGroupRef,
        nullable: true,
        description: 'The curated power group whose industries it resembles most.',
        resolve: (community) =>
          community.templates.find((template) => template.id === community.bestMatch?.powerGroupId) ?? null,
      }),
      jaccard: t.float({ nullable: true, resolve: (community) => community.bestMatch?.jaccard ?? null }),
    }),
  });

const PowerGroupReportRef = builder.objectRef<PowerGroupReport>('PowerGroupReport').implement({
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    powerGroups: t.field({ type: [PowerGroupStandingRef], resolve: (report) => report.standings }),
    communities: t.field({
      type: [DetectedCommunityRef],
      resolve: (report) =>
        report.communities.map((community) => ({ ...community, templates: report.templates })),
    }),
  }),
});

async function snapshotOrThrow(context: Context, groupId: string): Promise<GroupSnapshot> {
  const snapshot = await groupSnapshot(context.db, groupId);
  if (!snapshot)
    throw createGraphQLError(`No group with id "${groupId}"`, { extensions: { code: 'NOT_FOUND' } });
  return snapshot;
}

function tiesOf(snapshot: GroupSnapshot): Tie[] {
  return [
    ...snapshot.oneToOnes.map((tie) => ({ a: tie.a, b: tie.b, weight: tieWeight('ONE_TO_ONE', tie.count) })),
    ...snapshot.referrals.map((tie) => ({
      a: tie.giver,
      b: tie.receiver,
      weight: tieWeight('REFERRAL', tie.count),
    })),
  ];
}

async function powerGroupReport(context: Context, groupId: string): Promise<PowerGroupReport> {
  const [snapshot, templates] = await Promise.all([
    snapshotOrThrow(context, groupId),
    powerGroupsOnce(context)(),
  ]);
  const seats = snapshot.members.flatMap((member) =>
    member.industryId ? [{ id: member.id, name: member.name, industryId: member.industryId }] : [],
  );
  const templateById = new Map(templates.map((template) => [template.id, template]));
  const standings = analysePowerGroups(templates, seats, snapshot.reach).flatMap((standing) => {
    const template = templateById.get(standing.powerGroupId);
    return template ? [{ ...standing, template }] : [];
  });
  const memberIndustry = new Map(seats.map((seat) => [seat.id, seat.industryId]));
  const communities = compareToPowerGroups(
    detectCommunities(
      snapshot.members.map((member) => member.id),
      tiesOf(snapshot),
    ),
    memberIndustry,
    templates,
  );
  return { groupId, standings, communities, templates };
}

// ---- groupGraph -------------------------------------------------------------------------------

interface GraphNode {
  id: string;
  label: string;
  company: string;
  industryId: string | null;
  industryName: string | null;
  powerGroupIds: string[];
  role: 'MEMBER' | 'ORGANISER';
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'SYNERGY' | 'REFERRAL' | 'ONE_TO_ONE';
  weight: number;
  count: number;
  label: string | null;
}

const EdgeKind = builder.enumType('EdgeKind', { values: ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE'] as const });

const GraphNodeRef = builder.objectRef<GraphNode>('GraphNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    company: t.exposeString('company'),
    industryId: t.exposeID('industryId', { nullable: true }),
    industryName: t.exposeString('industryName', { nullable: true }),
    powerGroupIds: t.exposeIDList('powerGroupIds', { description: 'The first is the node’s colour.' }),
    role: t.field({ type: MemberRole, resolve: (node) => node.role }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge').implement({
  description: 'REFERRAL edges are directed (giver → receiver); SYNERGY and ONE_TO_ONE are not.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    kind: t.field({ type: EdgeKind, resolve: (edge) => edge.kind }),
    weight: t.exposeFloat('weight'),
    count: t.exposeInt('count'),
    label: t.exposeString('label', { nullable: true }),
  }),
});

const GroupGraphRef = builder
  .objectRef<{
    groupId: string;
    nodes: GraphNode[];
    edges: GraphEdge[];
    powerGroups: PowerGroupReport['templates'];
  }>('GroupGraph')
  .implement({
    description: 'Everything the explorer draws for one group, in one round trip.',
    fields: (t) => ({
      groupId: t.exposeID('groupId'),
      nodes: t.field({ type: [GraphNodeRef], resolve: (graph) => graph.nodes }),
      edges: t.field({ type: [GraphEdgeRef], resolve: (graph) => graph.edges }),
      powerGroups: t.field({ type: [PowerGroupRef], resolve: (graph) => graph.powerGroups }),
    }),
  });

async function groupGraph(context: Context, groupId: string) {
  const [snapshot, templates] = await Promise.all([
    snapshotOrThrow(context, groupId),
    powerGroupsOnce(context)(),
  ]);
  const nodes: GraphNode[] = snapshot.members.map((member) => ({
    id: member.id,
    label: member.name,
    company: member.company,
    industryId: member.industryId,
    industryName: member.industryName,
    powerGroupIds: member.industryId ? memberPowerGroups(member.industryId, templates) : [],
    role: member.role,
  }));
  const edges: GraphEdge[] = [
    ...snapshot.synergies.map((s) => ({
      id: `syn:${s.a}:${s.b}`,
      source: s.a,
      target: s.b,
      kind: 'SYNERGY' as const,
      weight: s.strength,
      count: 1,
      label: s.reason,
    })),
    ...snapshot.oneToOnes.map((o) => ({
      id: `oto:${o.a}:${o.b}`,
      source: o.a,
      target: o.b,
      kind: 'ONE_TO_ONE' as const,
      weight: o.count,
      count: o.count,
      label: o.count === 1 ? `1 one-to-one, ${o.lastOn}` : `${o.count} one-to-ones, last ${o.lastOn}`,
    })),
    ...snapshot.referrals.map((r) => ({
      id: `ref:${r.giver}:${r.receiver}`,
      source: r.giver,
      target: r.receiver,
      kind: 'REFERRAL' as const,
      weight: r.count,
      count: r.count,
      label: `${r.count} referral${r.count === 1 ? '' : 's'}, ${r.won} won`,
    })),
  ];
  return {
    groupId,
    nodes,
    edges,
    powerGroups: templates.filter((t) => nodes.some((n) => n.powerGroupIds.includes(t.id))),
  };
}

// ---- the query fields -------------------------------------------------------------------------

builder.queryFields((t) => ({
  whoKnows: t.field({
    type: WhoKnowsResultRef,
    description:
      'Who in the group is, knows, or is one tie away from someone in an industry. The text is matched to an ' +
      'industry by name, synonym or fuzzily (see match); answers ranked by hops, then strength, with the path.',
    args: {
      industry: t.arg.string({
        required: true,
        validate: z.string().trim().min(1, 'Say which industry').max(200),
      }),
      groupId: t.arg.id({ description: 'Default: the caller’s group; every group when anonymous.' }),
      maxHops: t.arg.int({
        defaultValue: 2,
        validate: z.number().int().min(0).max(2, 'maxHops is 0, 1 or 2'),
      }),
      limit: t.arg.int({ defaultValue: 25, validate: limitArg(200) }),
    },
    resolve: async (_root, args, context) => {
      const match = await matchIndustryText(context, args.industry);
      const industry = match.industry;
      if (!industry) return { match, answers: [] };
      const groupId = args.groupId
        ? String(args.groupId)
        : context.caller
          ? ((await MemberRef.getDataloader(context).load(context.caller.memberId))?.groupId ?? null)
          : null;
      const rows = await whoKnowsRows(context.db, {
        industryId: industry.id,
        groupId,
        maxHops: args.maxHops ?? 2,
      });
      const answers = rankWhoKnows(rows)
        .slice(0, args.limit ?? 25)
        .map((row) => whoKnowsAnswer(context, row, industry));
      return { match, answers };
    },
  }),
  referralPartners: t.field({
    type: [PartnerSuggestionRef],
    description:
      'Members of the same group who do not compete with this member, ranked by a transparent score ' +
      '(synergy, relationship, trust, reciprocity) with reasons in words.',
    args: {
      memberId: t.arg.id({ required: true }),
      limit: t.arg.int({ defaultValue: 10, validate: limitArg(100) }),
    },
    resolve: async (_root, args, context) => {
      const memberId = String(args.memberId);
      if (!(await MemberRef.getDataloader(context).load(memberId))) {
        throw createGraphQLError(`No member with id "${memberId}"`, { extensions: { code: 'NOT_FOUND' } });
      }
      return partnersOf(context, memberId, args.limit ?? 10);
    },
  }),
  powerGroups: t.field({
    type: PowerGroupReportRef,
    description:
      'Each curated power group as it stands in the group, its gaps with inviters, and detected communities.',
    args: { groupId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => powerGroupReport(context, String(args.groupId)),
  }),
  groupGraph: t.field({
    type: GroupGraphRef,
    description: 'The nodes and edges the explorer draws, in one round trip.',
    args: { groupId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => groupGraph(context, String(args.groupId)),
  }),
}));
