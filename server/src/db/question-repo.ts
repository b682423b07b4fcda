// The questions of DESIGN.md §5: raw facts from one statement each; ranking happens in domain/.
import {
  GROUP_SNAPSHOT,
  PARTNER_FACTS,
  WHO_KNOWS_EVERYWHERE,
  WHO_KNOWS_IN_GROUP,
} from './cypher/questions.ts';
import { type Database, int } from './database.ts';

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

export function whoKnowsRows(
  db: Database,
  query: { industryId: string; groupId: string | null; maxHops: number },
): Promise<WhoKnowsRow[]> {
  const statement = query.groupId === null ? WHO_KNOWS_EVERYWHERE : WHO_KNOWS_IN_GROUP;
  return db.read<WhoKnowsRow>(statement, { ...query, maxHops: int(query.maxHops) });
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

export interface GroupSnapshot {
  groupId: string;
  members: {
    id: string;
    name: string;
    company: string;
    role: 'MEMBER' | 'ORGANISER';
    industryId: string | null;
    industryName: string | null;
  }[];
  synergies: { a: string; b: string; strength: number; reason: string | null }[];
  oneToOnes: { a: string; b: string; count: number; lastOn: string | null }[];
  referrals: { giver: string; receiver: string; count: number; won: number }[];
  reach: { memberId: string; industryId: string; contacts: number; maxStrength: number }[];
}

/** The group's members and ties in one round trip; null when there is no such group. */
export async function groupSnapshot(db: Database, groupId: string): Promise<GroupSnapshot | null> {
  const [snapshot] = await db.read<GroupSnapshot>(GROUP_SNAPSHOT, { groupId });
  return snapshot ?? null;
}
