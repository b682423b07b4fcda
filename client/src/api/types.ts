// The shapes the client reads from the GraphQL API (server/schema.graphql). Only the fields the
// explorer asks for; every query in operations.ts selects a subset of these.

export type MemberRole = 'MEMBER' | 'ORGANISER';
export type EdgeKind = 'SYNERGY' | 'REFERRAL' | 'ONE_TO_ONE';
export type ReferralStatus =
  | 'OFFERED'
  | 'CONTACTED'
  | 'MEETING_BOOKED'
  | 'WON'
  | 'LOST'
  | 'WENT_WRONG'
  | 'WITHDRAWN';
export type MatchKind = 'NAME' | 'SYNONYM' | 'FUZZY' | 'NONE';
export type PathNodeKind = 'MEMBER' | 'CONTACT' | 'INDUSTRY';
export type PartnerAction = 'BOOK_ONE_TO_ONE' | 'PASS_REFERRAL' | 'FOLLOW_UP';
export type PowerGroupStatus = 'STRONG' | 'PARTIAL' | 'WEAK';

export interface Industry {
  id: string;
  name: string;
  sector: string;
  synonyms?: string[];
}

export interface GroupSummary {
  id: string;
  name: string;
  region: string;
  meetingDay: string;
  memberCount: number;
}

export interface MemberRef {
  id: string;
  name: string;
  company?: string;
  industry?: Pick<Industry, 'id' | 'name'>;
}

export interface PowerGroup {
  id: string;
  name: string;
  description?: string;
  industries?: Pick<Industry, 'id' | 'name'>[];
}

export interface Contact {
  id: string;
  name: string;
  company: string | null;
  /** Null for a private person (a home buyer, a patient): not every contact has a trade. */
  industry: Pick<Industry, 'id' | 'name'> | null;
  strength: number;
}

export interface MemberStats {
  given: number;
  received: number;
  won: number;
  stalled: number;
  wentWrong: number;
  oneToOnes: number;
  valueWon: number | null;
}

export interface Member {
  id: string;
  name: string;
  company: string;
  bio: string | null;
  email: string | null;
  phone: string | null;
  joinedAt: string | null;
  role: MemberRole;
  industry: Industry;
  group: { id: string; name: string } | null;
  wantsToMeet: string[];
  doesNotWantToMeet: string[];
  powerGroups: Pick<PowerGroup, 'id' | 'name'>[];
  contacts: Contact[];
  stats: MemberStats;
  /** Booked and still to be held, soonest first: the member's own and their organisers' view. */
  plannedOneToOnes: OneToOne[];
}

export type OneToOneStatus = 'PLANNED' | 'HELD' | 'CANCELLED';

export interface OneToOne {
  id: string;
  on: string;
  status: OneToOneStatus;
  members: { id: string; name: string }[];
}

export interface GraphNode {
  id: string;
  label: string;
  company: string;
  industryId: string;
  industryName: string;
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
}

export interface GroupGraph {
  groupId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  powerGroups: Pick<PowerGroup, 'id' | 'name'>[];
}

export interface IndustryMatch {
  industry: Pick<Industry, 'id' | 'name'> | null;
  matchedBy: MatchKind;
  matchedText: string | null;
  ambiguous: boolean;
  alternatives: Pick<Industry, 'id' | 'name'>[];
}

export interface PathStep {
  nodeId: string | null;
  kind: PathNodeKind;
  label: string;
  via: string | null;
}

export interface WhoKnowsAnswer {
  member: MemberRef;
  hops: number;
  strength: number;
  reason: string;
  path: PathStep[];
}

export interface WhoKnowsResult {
  match: IndustryMatch;
  answers: WhoKnowsAnswer[];
}

export interface PartnerSuggestion {
  member: MemberRef;
  score: number;
  breakdown: { synergy: number; relationship: number; trust: number; reciprocity: number };
  reasons: string[];
  action: PartnerAction | null;
}

export interface Referral {
  id: string;
  giver: MemberRef;
  receiver: MemberRef;
  contact: { id: string; name: string } | null;
  status: ReferralStatus;
  value: number | null;
  notes: string | null;
  hotness: number | null;
  createdAt: string;
  updatedAt: string;
  stalled: boolean;
  /** Where the signed-in caller may move it now, by the server's rules (empty: they cannot). */
  statusChoices: ReferralStatus[];
}

export interface PowerGroupStanding {
  powerGroup: PowerGroup;
  status: PowerGroupStatus;
  coverage: number;
  filled: { industry: Pick<Industry, 'id' | 'name'>; members: MemberRef[] }[];
  gaps: { industry: Pick<Industry, 'id' | 'name'>; inviters: { member: MemberRef; contacts: number }[] }[];
}

export interface DetectedCommunity {
  id: number;
  members: MemberRef[];
  bestMatch: Pick<PowerGroup, 'id' | 'name'> | null;
  jaccard: number | null;
}

export interface PowerGroupReport {
  groupId: string;
  powerGroups: PowerGroupStanding[];
  communities: DetectedCommunity[];
}

export interface DemoAccount {
  label: string;
  memberId: string;
  role: MemberRole;
}

export type TokenScope = 'READ' | 'WRITE';

/** Whoever is signed in: the account, and the member it is (an instance admin may be none). */
export interface Viewer {
  accountId: string;
  name: string;
  admin: boolean;
  via: 'SESSION' | 'TOKEN' | 'DEMO';
  member: Me | null;
}

export interface InvitationPreview {
  name: string;
  email: string | null;
  groupName: string | null;
  resetsPassword: boolean;
  expiresAt: string;
}

export interface Invitation {
  link: string;
  email: string;
  name: string;
  expiresAt: string;
}

export interface AccessToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  expired: boolean;
}

export interface Me {
  id: string;
  name: string;
  role: MemberRole;
  group: { id: string; name: string } | null;
}

export interface FieldError {
  path: string[];
  message: string;
}

/** A mutation result union (Pothos errors plugin): success carries `data`, errors a message. */
export type MutationResult<T> =
  | { __typename: `${string}Success`; data: T }
  | { __typename: 'ValidationError'; message: string; fieldErrors: FieldError[] }
  | { __typename: string; message: string; fieldErrors?: FieldError[] };
