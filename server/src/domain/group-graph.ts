/**
 * The group as the explorer draws it: one node per member, and four kinds of edge between them.
 *
 *   SYNERGY     the two members' industries have a SYNERGY; weight = its strength, label = its reason
 *   ONE_TO_ONE  the two met; weight = count = their one-to-ones, label says how many and the last date
 *   REFERRAL    directed giver → receiver; weight = count = referrals given, label says how many won
 *   COMPETITION the two members' industries compete (the same industry, or COMPETES_WITH): never
 *               suggested as referral partners; weight = count = 1, label says why
 *
 * Edge ids are `syn:`, `oto:`, `ref:` or `cmp:` followed by the two member ids, so they are stable across
 * reads (the explorer diffs elements by id). A node's power groups are the templates that include
 * its industry, in template order (the first is its colour); the graph lists only the templates
 * that colour at least one node.
 */
import { memberPowerGroups, type PowerGroupTemplate } from './power-groups.ts';

export type MemberRole = 'MEMBER' | 'ORGANISER';
export type EdgeKind = 'SYNERGY' | 'REFERRAL' | 'ONE_TO_ONE' | 'COMPETITION';
/** Why two members compete: their industry is the same, or COMPETES_WITH links the two. */
export type CompetitionReason = 'SAME_INDUSTRY' | 'COMPETES_WITH';

export interface GraphNode {
  id: string;
  label: string;
  company: string;
  industryId: string | null;
  industryName: string | null;
  powerGroupIds: string[];
  role: MemberRole;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
  count: number;
  label: string | null;
  /** REFERRAL edges: how many of `count` were won, are stalled, went wrong (0 elsewhere). */
  won: number;
  stalled: number;
  wentWrong: number;
}

/** The outcomes of an edge that is not a referral. */
const NO_OUTCOMES = { won: 0, stalled: 0, wentWrong: 0 } as const;

export interface GroupGraph {
  groupId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  powerGroups: PowerGroupTemplate[];
}

/** What the graph is drawn from: the group's members and the ties between them (a referral pair per direction). */
export interface GroupGraphFacts {
  members: {
    id: string;
    name: string;
    company: string;
    role: MemberRole;
    industryId: string | null;
    industryName: string | null;
  }[];
  synergies: { a: string; b: string; strength: number; reason: string | null }[];
  /** Pairs of members whose industries compete. */
  competitions: { a: string; b: string; why: CompetitionReason }[];
  oneToOnes: { a: string; b: string; count: number; lastOn: string | null }[];
  referrals: {
    giver: string;
    receiver: string;
    count: number;
    won: number;
    stalled: number;
    wentWrong: number;
  }[];
}

/** Nodes in member order, then edges: synergies, one-to-ones, referrals, competitions, each in the order given. */
export function groupGraph(
  groupId: string,
  group: GroupGraphFacts,
  templates: PowerGroupTemplate[],
): GroupGraph {
  const nodes: GraphNode[] = group.members.map((member) => ({
    id: member.id,
    label: member.name,
    company: member.company,
    industryId: member.industryId,
    industryName: member.industryName,
    powerGroupIds: member.industryId ? memberPowerGroups(member.industryId, templates) : [],
    role: member.role,
  }));
  const industryOf = new Map(group.members.map((member) => [member.id, member.industryName]));
  const edges: GraphEdge[] = [
    ...group.synergies.map((s) => ({
      id: `syn:${s.a}:${s.b}`,
      source: s.a,
      target: s.b,
      kind: 'SYNERGY' as const,
      weight: s.strength,
      count: 1,
      label: s.reason,
      ...NO_OUTCOMES,
    })),
    ...group.oneToOnes.map((o) => ({
      id: `oto:${o.a}:${o.b}`,
      source: o.a,
      target: o.b,
      kind: 'ONE_TO_ONE' as const,
      weight: o.count,
      count: o.count,
      label: o.count === 1 ? `1 one-to-one, ${o.lastOn}` : `${o.count} one-to-ones, last ${o.lastOn}`,
      ...NO_OUTCOMES,
    })),
    ...group.referrals.map((r) => ({
      id: `ref:${r.giver}:${r.receiver}`,
      source: r.giver,
      target: r.receiver,
      kind: 'REFERRAL' as const,
      weight: r.count,
      count: r.count,
      label: [
        `${r.count} referral${r.count === 1 ? '' : 's'}, ${r.won} won`,
        r.stalled ? `${r.stalled} stalled` : '',
        r.wentWrong ? `${r.wentWrong} went wrong` : '',
      ]
        .filter(Boolean)
        .join(', '),
      won: r.won,
      stalled: r.stalled,
      wentWrong: r.wentWrong,
    })),
    ...group.competitions.map((c) => ({
      id: `cmp:${c.a}:${c.b}`,
      source: c.a,
      target: c.b,
      kind: 'COMPETITION' as const,
      weight: 1,
      count: 1,
      label: competitionLabel(c.why, industryOf.get(c.a) ?? null, industryOf.get(c.b) ?? null),
      ...NO_OUTCOMES,
    })),
  ];
  return {
    groupId,
    nodes,
    edges,
    powerGroups: templates.filter((t) => nodes.some((n) => n.powerGroupIds.includes(t.id))),
  };
}

/** Why two members compete, in words: "Same industry: Accountant" or "Bookkeeper competes with Accountant". */
function competitionLabel(
  why: CompetitionReason,
  industry: string | null,
  otherIndustry: string | null,
): string {
  if (why === 'SAME_INDUSTRY') return `Same industry: ${industry ?? otherIndustry ?? 'unknown'}`;
  return `${industry ?? 'An industry'} competes with ${otherIndustry ?? 'another'}`;
}
