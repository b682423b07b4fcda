/**
 * How each curated power group (a template: a set of non-competing industries serving the same
 * clients) stands in one group: which industries are filled, which are gaps, and who could invite
 * someone to fill each gap.
 *
 * status, from coverage = filled industries / template industries:
 *   STRONG   coverage ≥ 0.8   (e.g. 5 of 6: the group can serve that client end to end)
 *   PARTIAL  coverage ≥ 0.5
 *   WEAK     below 0.5, or a template with no industries
 *
 * Inviters for a gap are the group's members who know a contact in the missing industry, best
 * first: strongest tie (maxStrength) first, since an invitation rests on one good relationship,
 * then more contacts, then memberId. A gap without inviters is a recruiting target.
 */
import { compareToPowerGroups, type DetectedCommunity, detectCommunities, tiesOf } from './communities.ts';

export interface PowerGroupTemplate {
  id: string;
  name: string;
  description: string;
  industryIds: string[];
}

export interface MemberSeat {
  id: string;
  name: string;
  industryId: string;
}

/** A member knows `contacts` contacts in that industry, the strongest tie being `maxStrength` (1..5). */
export interface ContactReach {
  memberId: string;
  industryId: string;
  contacts: number;
  maxStrength: number;
}

export interface Inviter {
  memberId: string;
  contacts: number;
  maxStrength: number;
}

export type PowerGroupStatus = 'STRONG' | 'PARTIAL' | 'WEAK';

export interface PowerGroupStanding {
  powerGroupId: string;
  filled: { industryId: string; memberIds: string[] }[];
  /** Inviters best first. */
  gaps: { industryId: string; inviters: Inviter[] }[];
  /** Filled industries / template industries, 0..1. */
  coverage: number;
  status: PowerGroupStatus;
}

export const STRONG_COVERAGE = 0.8;
export const PARTIAL_COVERAGE = 0.5;

export function powerGroupStatus(coverage: number): PowerGroupStatus {
  if (coverage >= STRONG_COVERAGE) return 'STRONG';
  if (coverage >= PARTIAL_COVERAGE) return 'PARTIAL';
  return 'WEAK';
}

/**
 * One standing per template, in template order. Industries keep the template's order (duplicates
 * dropped); members filling an industry are sorted by name, then id. Reach of ids that are not in
 * `members` is ignored (only the group's own members can invite), and several reach rows for the
 * same member and industry are merged (contacts add up, strongest tie kept).
 */
export function analysePowerGroups(
  templates: PowerGroupTemplate[],
  members: MemberSeat[],
  reach: ContactReach[],
): PowerGroupStanding[] {
  const membersByIndustry = new Map<string, MemberSeat[]>();
  for (const m of members) {
    const seats = membersByIndustry.get(m.industryId) ?? [];
    seats.push(m);
    membersByIndustry.set(m.industryId, seats);
  }
  for (const seats of membersByIndustry.values()) {
    seats.sort((a, b) => a.name.localeCompare(b.name, 'en') || compareStrings(a.id, b.id));
  }

  const memberIds = new Set(members.map((m) => m.id));
  const invitersByIndustry = new Map<string, Map<string, Inviter>>();
  for (const r of reach) {
    if (!memberIds.has(r.memberId) || r.contacts <= 0) continue;
    const byMember = invitersByIndustry.get(r.industryId) ?? new Map<string, Inviter>();
    const known = byMember.get(r.memberId);
    byMember.set(r.memberId, {
      memberId: r.memberId,
      contacts: (known?.contacts ?? 0) + r.contacts,
      maxStrength: Math.max(known?.maxStrength ?? Number.NEGATIVE_INFINITY, r.maxStrength),
    });
    invitersByIndustry.set(r.industryId, byMember);
  }

  return templates.map((template) => {
    const industryIds = [...new Set(template.industryIds)];
    const filled: PowerGroupStanding['filled'] = [];
    const gaps: PowerGroupStanding['gaps'] = [];
    for (const industryId of industryIds) {
      const seats = membersByIndustry.get(industryId);
      if (seats && seats.length > 0) {
        filled.push({ industryId, memberIds: seats.map((m) => m.id) });
      } else {
        const inviters = [...(invitersByIndustry.get(industryId)?.values() ?? [])].sort(
          (a, b) =>
            b.maxStrength - a.maxStrength ||
            b.contacts - a.contacts ||
            compareStrings(a.memberId, b.memberId),
        );
        gaps.push({ industryId, inviters });
      }
    }
    const coverage = industryIds.length === 0 ? 0 : filled.length / industryIds.length;
    return { powerGroupId: template.id, filled, gaps, coverage, status: powerGroupStatus(coverage) };
  });
}

/**
 * The recruiting targets of a standing, in template order: its industries that nobody in the group
 * can reach. No member holds one (it is a gap) and no member knows a contact in it (no inviter), so
 * a candidate has to be found from outside the members' circles (a visitors' day, another chapter).
 */
export function recruitingTargets(standing: Pick<PowerGroupStanding, 'gaps'>): string[] {
  return standing.gaps.filter((gap) => gap.inviters.length === 0).map((gap) => gap.industryId);
}

/**
 * Each industry that one or more power groups lack in the group, once, in the order the standings
 * first name it, with the power groups that lack it (a plumber may be missing from two).
 */
export function groupGaps(
  standings: Pick<PowerGroupStanding, 'powerGroupId' | 'gaps'>[],
): { industryId: string; powerGroupIds: string[] }[] {
  const byIndustry = new Map<string, string[]>();
  for (const standing of standings) {
    for (const gap of standing.gaps) {
      const powerGroupIds = byIndustry.get(gap.industryId) ?? [];
      if (!powerGroupIds.includes(standing.powerGroupId)) powerGroupIds.push(standing.powerGroupId);
      byIndustry.set(gap.industryId, powerGroupIds);
    }
  }
  return [...byIndustry].map(([industryId, powerGroupIds]) => ({ industryId, powerGroupIds }));
}

/** Ids of the templates that include the industry, in template order; the first is the member's colour in the graph. */
export function memberPowerGroups(industryId: string, templates: PowerGroupTemplate[]): string[] {
  return templates.filter((t) => t.industryIds.includes(industryId)).map((t) => t.id);
}

/** What the power-group report needs of a group: its members, their ties, and their contacts' industries. */
export interface GroupFacts {
  members: { id: string; name: string; industryId: string | null }[];
  oneToOnes: { a: string; b: string; count: number }[];
  referrals: { giver: string; receiver: string; count: number }[];
  reach: ContactReach[];
}

export interface PowerGroupReport {
  groupId: string;
  /** One per template that exists, in template order, with the template itself. */
  standings: (PowerGroupStanding & { template: PowerGroupTemplate })[];
  /** The communities the group's ties form, each with its closest template. */
  communities: DetectedCommunity[];
  templates: PowerGroupTemplate[];
}

/**
 * The curated power groups as they stand in one group (analysePowerGroups), next to the
 * communities its actual ties form (detectCommunities, compared by industry). Members with no
 * industry fill no seat and count for no community industry, but their ties still count.
 */
export function powerGroupReport(
  groupId: string,
  group: GroupFacts,
  templates: PowerGroupTemplate[],
): PowerGroupReport {
  const seats = group.members.flatMap((member) =>
    member.industryId ? [{ id: member.id, name: member.name, industryId: member.industryId }] : [],
  );
  const templateById = new Map(templates.map((template) => [template.id, template]));
  const standings = analysePowerGroups(templates, seats, group.reach).flatMap((standing) => {
    const template = templateById.get(standing.powerGroupId);
    return template ? [{ ...standing, template }] : [];
  });
  const memberIndustry = new Map(seats.map((seat) => [seat.id, seat.industryId]));
  const communities = compareToPowerGroups(
    detectCommunities(
      group.members.map((member) => member.id),
      tiesOf(group),
    ),
    memberIndustry,
    templates,
  );
  return { groupId, standings, communities, templates };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
