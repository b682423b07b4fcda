// The questions of DESIGN.md §5: raw facts from one statement each; ranking happens in domain/.

import type { GroupGraphFacts } from '../domain/group-graph.ts';
import {
  GROUP_SNAPSHOT,
  PARTNER_FACTS,
  WHO_KNOWS_EVERYWHERE,
  WHO_KNOWS_IN_GROUP,
} from './cypher/questions.ts';
import { type Database, int } from './database.ts';
import type { IndustryRecord, MemberRecord } from './member-repo.ts';

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

export interface PartnerFactsRow {
  subjectId: string;
  memberId: string;
  name: string;
  industryId: string | null;
  industryName: string;
  synergyStrength: number | null;
  synergyReason: string | null;
  competes: boolean;
  oneToOnes: number;
  lastOneToOne: string | null;
  referralsGiven: number;
  referralsReceived: number;
  lastReferralAt: string | null;
  won: number;
  lost: number;
  wentWrong: number;
  stalled: number;
  open: number;
  gaveWentWrong: number;
  given: number;
  received: number;
  /** the candidate and their industry, whole (for the loaders) */
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

/** The group graph's facts (domain/group-graph.ts), and who can reach which industry through contacts. */
export interface GroupSnapshot extends GroupGraphFacts {
  groupId: string;
  reach: { memberId: string; industryId: string; contacts: number; maxStrength: number }[];
}

/** The group's members and ties in one round trip; null when there is no such group. */
export async function groupSnapshot(
  db: Database,
  groupId: string,
  staleBefore: Date,
): Promise<GroupSnapshot | null> {
  const [snapshot] = await db.read<GroupSnapshot>(GROUP_SNAPSHOT, {
    groupId,
    staleBefore: staleBefore.toISOString(),
  });
  return snapshot ?? null;
}
