// Reads of members, groups, industries and power groups. Each function takes many ids at once
// (the schema's dataloaders call them), so a page of results costs one round trip per kind.
import {
  COMPETITORS_BY_MEMBER_IDS,
  CONTACTS_BY_MEMBER_IDS,
  GROUPS_ALL,
  GROUPS_BY_IDS,
  INDUSTRIES_ALL,
  INDUSTRIES_BY_IDS,
  INDUSTRY_MATCH_CANDIDATES,
  MEMBER_STATS_BY_IDS,
  MEMBERS_BY_IDS,
  MEMBERS_PAGE,
  ORGANISERS_BY_GROUP_IDS,
  POWER_GROUPS_ALL,
} from './cypher/members.ts';
import { type Database, int } from './database.ts';

export interface MemberRecord {
  id: string;
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  bio: string | null;
  joinedAt: string | null;
  wantsToMeet: string[];
  doesNotWantToMeet: string[];
  industryId: string | null;
  groupId: string | null;
  role: 'MEMBER' | 'ORGANISER';
}

export interface GroupRecord {
  id: string;
  name: string;
  region: string | null;
  meetingDay: string | null;
  memberCount: number;
}

export interface IndustryRecord {
  id: string;
  name: string;
  synonyms: string[];
  sector: string;
}

export interface PowerGroupRecord {
  id: string;
  name: string;
  description: string;
  industryIds: string[];
}

export interface MemberStatsRecord {
  id: string;
  given: number;
  received: number;
  won: number;
  valueWon: number;
  stalled: number;
  wentWrong: number;
  oneToOnes: number;
}

export interface ContactRecord {
  id: string;
  name: string;
  company: string | null;
  industryId: string | null;
  strength: number | null;
  context: string | null;
  /** The member who knows this contact (privacy is decided against them). */
  knownBy: string;
}

/** A member one competes with, and why (db/cypher/fragments/competition.ts). */
export interface CompetitorRecord {
  /** The competitor. */
  memberId: string;
  why: 'SAME_INDUSTRY' | 'COMPETES_WITH';
  /** The competitor's industry. */
  industryId: string;
  /** The industry of the member whose competitor this is. */
  competesWithIndustryId: string;
}

// The *ByIds readers return the rows found, in no particular order: the schema's loaders sort
// them by id and turn missing ids into null.

export function membersByIds(db: Database, ids: readonly string[]): Promise<MemberRecord[]> {
  return db.read<MemberRecord>(MEMBERS_BY_IDS, { ids });
}

export async function membersPage(
  db: Database,
  filter: { groupId: string | null; search: string | null; offset: number; limit: number },
): Promise<MemberRecord[]> {
  return db.read<MemberRecord>(MEMBERS_PAGE, {
    groupId: filter.groupId,
    // Folded for comparison in the statement itself (fragments/search.ts).
    search: filter.search?.trim() || null,
    offset: int(filter.offset),
    limit: int(filter.limit),
  });
}

export function allGroups(db: Database): Promise<GroupRecord[]> {
  return db.read<GroupRecord>(GROUPS_ALL);
}

export function groupsByIds(db: Database, ids: readonly string[]): Promise<GroupRecord[]> {
  return db.read<GroupRecord>(GROUPS_BY_IDS, { ids });
}

export async function organiserIdsByGroupIds(db: Database, ids: readonly string[]): Promise<string[][]> {
  const rows = await db.read<{ groupId: string; memberIds: string[] }>(ORGANISERS_BY_GROUP_IDS, { ids });
  const byGroup = new Map(rows.map((row) => [row.groupId, row.memberIds]));
  return ids.map((id) => byGroup.get(id) ?? []);
}

export function industriesByIds(db: Database, ids: readonly string[]): Promise<IndustryRecord[]> {
  return db.read<IndustryRecord>(INDUSTRIES_BY_IDS, { ids });
}

export function searchIndustries(db: Database, search: string | null): Promise<IndustryRecord[]> {
  return db.read<IndustryRecord>(INDUSTRIES_ALL, { search: search ? search.trim().toLowerCase() : null });
}

/** Industries the text may mean (exact name/synonym matches and full-text hits), in one round trip. */
export function industryMatchCandidates(
  db: Database,
  text: string,
  fulltext: string,
): Promise<(IndustryRecord & { ftScore: number })[]> {
  return db.read(INDUSTRY_MATCH_CANDIDATES, { text, fulltext });
}

export function allPowerGroups(db: Database): Promise<PowerGroupRecord[]> {
  return db.read<PowerGroupRecord>(POWER_GROUPS_ALL);
}

export function memberStatsByIds(
  db: Database,
  ids: readonly string[],
  staleBefore: Date,
): Promise<MemberStatsRecord[]> {
  return db.read<MemberStatsRecord>(MEMBER_STATS_BY_IDS, { ids, staleBefore: staleBefore.toISOString() });
}

export async function contactsByMemberIds(db: Database, ids: readonly string[]): Promise<ContactRecord[][]> {
  const rows = await db.read<{ memberId: string; contacts: Omit<ContactRecord, 'knownBy'>[] }>(
    CONTACTS_BY_MEMBER_IDS,
    { ids },
  );
  const byMember = new Map(rows.map((row) => [row.memberId, row.contacts]));
  return ids.map((id) => (byMember.get(id) ?? []).map((contact) => ({ ...contact, knownBy: id })));
}

/** Each member's competitors in their group, in the order asked, in one round trip. */
export async function competitorsByMemberIds(
  db: Database,
  ids: readonly string[],
): Promise<CompetitorRecord[][]> {
  const rows = await db.read<{ memberId: string; competitors: CompetitorRecord[] }>(
    COMPETITORS_BY_MEMBER_IDS,
    { ids },
  );
  const byMember = new Map(rows.map((row) => [row.memberId, row.competitors]));
  return ids.map((id) => byMember.get(id) ?? []);
}
