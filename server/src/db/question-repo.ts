// The questions of DESIGN.md §5: raw facts from one statement each; ranking happens in domain/.

import type { GroupGraphFacts } from '../domain/group-graph.ts';
import type { FlatPartnerFacts } from '../domain/partner-scoring.ts';
import type { GroupFacts } from '../domain/power-groups.ts';
import { type GapContactRecord, type GapContactRow, gapContactOf } from './candidate-repo.ts';
import {
  GROUP_GRAPH,
  PARTNER_FACTS,
  POWER_GROUP_REPORT,
  WHO_KNOWS_EVERYWHERE,
  WHO_KNOWS_IN_GROUP,
} from './cypher/questions.ts';
import { type Database, int } from './database.ts';
import type { IndustryRecord, MemberRecord, PowerGroupRecord } from './member-repo.ts';

export interface WhoKnowsRow {
  memberId: string;
  memberName: string;
  groupId: string;
  hops: 0 | 1 | 2;
  strength: number;
  via: 'IN_INDUSTRY' | 'KNOWS' | 'ONE_TO_ONE' | 'REFERRAL';
  contactId: string | null;
  contactName: string | null;
  contactStrength: number | null;
  throughId: string | null;
  throughName: string | null;
}

/** Everything a whoKnows answer needs, from one statement (cypher/questions.ts whoKnowsQuestion). */
export interface WhoKnowsQuestion {
  /** The industries the text may mean, in the order the database ranks them. */
  candidates: (IndustryRecord & { ftScore: number })[];
  /** The industry the paths lead to: the one asked for, or the first candidate. */
  industryId: string | null;
  hits: WhoKnowsRow[];
  /** The answering members and their industries, whole. */
  members: MemberRecord[];
  industries: IndustryRecord[];
}

export async function whoKnowsQuestion(
  db: Database,
  query: {
    /** the normalised text and its full-text query (domain/industry-match.ts) */
    text: string;
    fulltext: string;
    /** the industry to answer for; null: the first candidate */
    industryId: string | null;
    groupId: string | null;
    maxHops: number;
  },
): Promise<WhoKnowsQuestion> {
  const statement = query.groupId === null ? WHO_KNOWS_EVERYWHERE : WHO_KNOWS_IN_GROUP;
  const [answer] = await db.read<WhoKnowsQuestion>(statement, { ...query, maxHops: int(query.maxHops) });
  if (!answer) throw new Error('whoKnows answers one row');
  return answer;
}

/** A candidate's facts for one subject, as the statement reads them, with its records whole (for the loaders). */
export interface PartnerFactsRow extends FlatPartnerFacts {
  subjectId: string;
  member: MemberRecord;
  industry: IndustryRecord | null;
}

/** Partner facts for several subjects in one round trip, grouped by subject in the order asked. */
export async function partnerFacts(
  db: Database,
  subjectIds: readonly string[],
  staleBefore: Date,
): Promise<PartnerFactsRow[][]> {
  const rows = await db.read<PartnerFactsRow>(PARTNER_FACTS, {
    memberIds: subjectIds,
    staleBefore: staleBefore.toISOString(),
  });
  const bySubject = new Map<string, PartnerFactsRow[]>();
  for (const row of rows) {
    const list = bySubject.get(row.subjectId) ?? [];
    list.push(row);
    bySubject.set(row.subjectId, list);
  }
  return subjectIds.map((id) => bySubject.get(id) ?? []);
}

/** The explorer's graph of one group (domain/group-graph.ts), with the templates that colour it. */
export interface GroupGraphQuestion extends GroupGraphFacts {
  groupId: string;
  templates: PowerGroupRecord[];
}

/** The group graph's facts in one round trip; null when there is no such group. */
export async function groupGraphQuestion(
  db: Database,
  groupId: string,
  staleBefore: Date,
): Promise<GroupGraphQuestion | null> {
  const [answer] = await db.read<GroupGraphQuestion>(GROUP_GRAPH, {
    groupId,
    staleBefore: staleBefore.toISOString(),
  });
  return answer ?? null;
}

/** Everything the power-group report shows (cypher/questions.ts POWER_GROUP_REPORT), from one statement. */
export interface PowerGroupQuestion extends GroupFacts {
  groupId: string;
  /** The group's members, whole (for the loaders). */
  members: MemberRecord[];
  templates: PowerGroupRecord[];
  /** Every industry the report names: the templates' and the members'. */
  industries: IndustryRecord[];
  /** Each industry of a template that no member holds, with the people members know in it (at most perGap). */
  gaps: { industryId: string; contacts: GapContactRecord[] }[];
}

/**
 * The power-group report's facts in one round trip; null when there is no such group. perGap: how
 * many people to bring for each gap (0: none, when nobody asks for them).
 */
export async function powerGroupQuestion(
  db: Database,
  groupId: string,
  staleBefore: Date,
  perGap: number,
): Promise<PowerGroupQuestion | null> {
  const [answer] = await db.read<
    Omit<PowerGroupQuestion, 'gaps'> & { gaps: { industryId: string; contacts: GapContactRow[] }[] }
  >(POWER_GROUP_REPORT, { groupId, staleBefore: staleBefore.toISOString(), perGap: int(perGap) });
  if (!answer) return null;
  return {
    ...answer,
    gaps: answer.gaps.map((gap) => ({
      industryId: gap.industryId,
      contacts: gap.contacts.map(gapContactOf),
    })),
  };
}
