// groupGraph (DESIGN.md §5): the nodes and edges the explorer draws for one group, in one round trip.
import { groupGraphQuestion } from '../db/question-repo.ts';
import { type GraphEdge, type GraphNode, type GroupGraph, groupGraph } from '../domain/group-graph.ts';
import { builder } from './builder.ts';
import { staleBefore } from './context.ts';
import { noSuchGroup } from './group.ts';
import { PowerGroupRef } from './industry.ts';
import { primePowerGroups } from './loaders.ts';
import { MemberRole } from './member.ts';

const EdgeKind = builder.enumType('EdgeKind', {
  description:
    'SYNERGY: the industries have synergy; REFERRAL: referrals given; ONE_TO_ONE: held one-to-ones; ' +
    'COMPETITION: the industries compete (same industry or COMPETES_WITH), so never referral partners.',
  values: ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE', 'COMPETITION'] as const,
});

const GraphNodeRef = builder.objectRef<GraphNode>('GraphNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    company: t.exposeString('company'),
    industryId: t.exposeID('industryId', { nullable: true }),
    industryName: t.exposeString('industryName', { nullable: true }),
    powerGroupIds: t.exposeIDList('powerGroupIds', { description: 'The first is the node’s colour.' }),
    role: t.expose('role', { type: MemberRole }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge').implement({
  description: 'REFERRAL edges are directed (giver → receiver); SYNERGY, ONE_TO_ONE and COMPETITION are not.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    kind: t.expose('kind', { type: EdgeKind }),
    weight: t.exposeFloat('weight'),
    count: t.exposeInt('count'),
    label: t.exposeString('label', { nullable: true }),
    won: t.exposeInt('won', {
      description: 'REFERRAL: how many were won (0 on other edges).',
    }),
    stalled: t.exposeInt('stalled', {
      description: 'REFERRAL: how many are stalled, as Referral.stalled says (0 on other edges).',
    }),
    wentWrong: t.exposeInt('wentWrong', {
      description: 'REFERRAL: how many went wrong (0 on other edges).',
    }),
  }),
});

const GroupGraphRef = builder.objectRef<GroupGraph>('GroupGraph').implement({
  description: 'Everything the explorer draws for one group, in one round trip.',
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    nodes: t.expose('nodes', { type: [GraphNodeRef] }),
    edges: t.expose('edges', { type: [GraphEdgeRef] }),
    powerGroups: t.expose('powerGroups', { type: [PowerGroupRef] }),
  }),
});

builder.queryFields((t) => ({
  groupGraph: t.field({
    type: GroupGraphRef,
    description: 'The nodes and edges the explorer draws, in one round trip.',
    authScopes: { public: true },
    args: { groupId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const groupId = String(args.groupId);
      const question = await groupGraphQuestion(context.db, groupId, staleBefore(context));
      if (!question) throw noSuchGroup(groupId);
      primePowerGroups(context, question.templates);
      return groupGraph(groupId, question, question.templates);
    },
  }),
}));
