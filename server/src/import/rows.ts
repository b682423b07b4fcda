// The rows of the graph document: what the CSV/JSON import validates into, the bulk loader writes,
// export reads, and the sample data and generator (seed/) produce. Dates are ISO strings.

export interface IndustryRow {
  id: string;
  name: string;
  synonyms: string[];
  sector: string;
}
export interface PairRow {
  a: string;
  b: string;
}
export interface SynergyRow extends PairRow {
  strength: number;
  reason: string;
}
export interface PowerGroupRow {
  id: string;
  name: string;
  description: string;
  industryIds: string[];
}
export interface GroupRow {
  id: string;
  name: string;
  region: string;
  meetingDay: string;
}
export type Role = 'MEMBER' | 'ORGANISER';
export interface MemberRow {
  id: string;
  name: string;
  company: string;
  email: string | null;
  phone: string | null;
  bio: string | null;
  /** yyyy-mm-dd */
  joinedAt: string;
  wantsToMeet: string[];
  doesNotWantToMeet: string[];
  industryId: string;
  groupId: string;
  role: Role;
  /** yyyy-mm-dd: MEMBER_OF.since */
  since: string;
}
export interface ContactRow {
  id: string;
  name: string;
  company: string | null;
  /** null when not known */
  industryId: string | null;
}
export interface KnowsRow {
  memberId: string;
  contactId: string;
  strength: number;
  since: string;
  context: string | null;
}
export interface OneToOneRow {
  id: string;
  on: string;
  notes: string | null;
  memberIds: string[];
}
export type ReferralStatus = 'OFFERED' | 'CONTACTED' | 'MEETING_BOOKED' | 'WON' | 'LOST' | 'WENT_WRONG';
export interface ReferralRow {
  id: string;
  fromId: string;
  toId: string;
  contactId: string | null;
  status: ReferralStatus;
  value: number | null;
  notes: string | null;
  hotness: number;
  /** ISO date-time */
  createdAt: string;
  updatedAt: string;
}
export interface ApiTokenRow {
  memberId: string;
  /** sha256 hex of the token text */
  hash: string;
  label: string;
}

/** The whole graph (or a group's part of it) as plain rows: what the loader writes and export reads. */
export interface GraphRows {
  industries: IndustryRow[];
  synergies: SynergyRow[];
  competitions: PairRow[];
  powerGroups: PowerGroupRow[];
  groups: GroupRow[];
  members: MemberRow[];
  contacts: ContactRow[];
  knows: KnowsRow[];
  oneToOnes: OneToOneRow[];
  referrals: ReferralRow[];
}

export type RowKind = keyof GraphRows;

/** In write order: every relationship's ends exist before it is written. */
export const ROW_KINDS: readonly RowKind[] = [
  'industries',
  'synergies',
  'competitions',
  'powerGroups',
  'groups',
  'members',
  'contacts',
  'knows',
  'oneToOnes',
  'referrals',
];
