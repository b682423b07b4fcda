// Who may use what: the rule of every query, mutation and private field in words, and for the
// mutations and private fields the outcome each kind of caller gets. The rules themselves are
// declared on the fields (authScopes, with the scopes of builder.ts); two tests hold this table and
// the schema together:
//   test/unit/access-rules.test.ts         every Query and Mutation field, and every field that
//                                           returns private data, declares a rule, and has a row here
//   test/integration/access-matrix.test.ts  every caller below × every row with outcomes, against
//                                           the real server and Neo4j, counting nodes and
//                                           relationships before and after each refused write
import type { GraphQLResolveInfo } from 'graphql';

/**
 * The callers of the matrix. "The member" (M) is a member of group A and the subject of the
 * member-owned rows; the referral rows are about referrals between M and a groupmate (G).
 */
export const ACCESS_CALLERS = [
  'anonymous', //       no credentials
  'member', //          M, signed in (session)
  'groupmate', //       G, another member of group A (session)
  'otherMember', //     a member of group B (session)
  'organiser', //       an organiser of group A (session)
  'otherOrganiser', //  an organiser of group B (session)
  'admin', //           the instance admin, a member of no group (session)
  'writeToken', //      M with a read-write access token
  'readToken', //       M with a read-only access token
  'expiredSession', //  M's session cookie after its expiry: anonymous
  'revokedToken', //    M's access token after it was revoked: 401
  'garbageToken', //    a bearer token nobody issued: 401
] as const;

export type AccessCaller = (typeof ACCESS_CALLERS)[number];

/** What a caller gets: ✓ allowed, · refused (NotAuthorizedError, or null / empty for a field), 401. */
export type AccessOutcome = '✓' | '·' | '401';

export interface AccessRule {
  /** Who may, in words (also the end of the refusal's message). */
  rule: string;
  /**
   * One outcome per caller, in ACCESS_CALLERS order, for the matrix test. Public queries have
   * none: they answer everyone (revoked and garbage tokens get their 401 before any field runs).
   */
  outcomes?: string;
}

//                 anon mem mate othM org othO admin wTok rTok exp  revk garb
const SESSION = '   ·    ✓   ✓    ✓    ✓   ✓    ✓     ·    ·    ·    401  401';
const ANYONE_WRITING = '✓  ✓   ✓    ✓    ✓   ✓    ✓     ✓    ·    ✓    401  401';
const NOBODY = '    ·    ·   ·    ·    ·   ·    ·     ·    ·    ·    401  401';
const ORGANISER = ' ·    ·   ·    ·    ✓   ·    ·     ·    ·    ·    401  401';
const ADMIN = '     ·    ·   ·    ·    ·   ·    ✓     ·    ·    ·    401  401';
const OWNER_OR_ORGANISER = '· ✓ · · ✓ · · ✓ · · 401 401';
const PARTIES_OR_ORGANISER = '· ✓ ✓ · ✓ · · ✓ · · 401 401';
const OWN_GROUP_READ = '· ✓ ✓ · ✓ · · ✓ ✓ · 401 401';
const OWNER_OR_ORGANISER_READ = '· ✓ · · ✓ · · ✓ ✓ · 401 401';
const EVERYONE_READ = '✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ 401 401';

const PUBLIC = 'anyone, anonymous callers included';

export const ACCESS_RULES: Record<string, AccessRule> = {
  // ---- queries: the public graph, and the caller's own sign-in
  'Query.databaseInfo': { rule: PUBLIC },
  'Query.groups': { rule: PUBLIC },
  'Query.group': { rule: PUBLIC },
  'Query.groupGraph': { rule: PUBLIC },
  'Query.regionGraph': { rule: PUBLIC },
  'Query.regions': { rule: PUBLIC },
  'Query.industries': { rule: PUBLIC },
  'Query.matchIndustry': { rule: PUBLIC },
  'Query.powerGroupTemplates': { rule: PUBLIC },
  'Query.powerGroups': { rule: PUBLIC },
  'Query.member': { rule: PUBLIC },
  'Query.members': { rule: PUBLIC },
  'Query.me': { rule: PUBLIC },
  'Query.viewer': { rule: PUBLIC },
  'Query.referralPartners': { rule: PUBLIC },
  'Query.referrals': { rule: PUBLIC },
  'Query.whoKnows': { rule: PUBLIC },
  'Query.demoAccounts': { rule: `${PUBLIC} (empty unless the server runs the demo)` },
  'Query.invitation': { rule: `${PUBLIC} holding the invitation link` },
  'Query.changes': {
    rule: 'an organiser of the group (without a group: the instance admin, for the shared catalogue)',
    outcomes: ORGANISER,
  },
  'Query.previewGroupCsv': {
    rule: 'an organiser of the group (the same rule as importGroupCsv)',
    outcomes: ORGANISER,
  },
  'Query.referralPipeline': {
    rule: 'a member of the group: its organisers see every referral, another member only those they gave or received',
    outcomes: OWN_GROUP_READ,
  },
  'Subscription.groupChanged': {
    rule: `${PUBLIC}, like the group's graph (what changed is said to members of the group only)`,
  },
  'Query.groupActivity': {
    rule: 'a member of the group (closed business: see MemberActivity.valueWon and ActivityTotals.valueWon)',
    outcomes: OWN_GROUP_READ,
  },
  'Query.accessTokens': {
    rule: 'a signed-in person in the explorer (not a token), their own only',
    outcomes: SESSION,
  },

  // ---- sign-in
  'Mutation.signIn': { rule: PUBLIC, outcomes: ANYONE_WRITING },
  'Mutation.acceptInvitation': { rule: `${PUBLIC} holding the invitation link`, outcomes: ANYONE_WRITING },
  'Mutation.demoSignIn': {
    rule: 'anyone, while the server runs the demo (sample data, loopback)',
    outcomes: NOBODY,
  },
  'Mutation.signOut': { rule: 'a signed-in person in the explorer', outcomes: SESSION },
  'Mutation.signOutEverywhere': { rule: 'a signed-in person in the explorer', outcomes: SESSION },
  'Mutation.createAccessToken': {
    rule: 'a signed-in person in the explorer (not a token)',
    outcomes: SESSION,
  },
  'Mutation.revokeAccessToken': {
    rule: 'the token’s owner, signed in in the explorer',
    outcomes: '· ✓ · · · · · · · · 401 401',
  },
  'Mutation.createInvitation': { rule: 'an organiser of the member’s group', outcomes: ORGANISER },

  // ---- a group's members and records
  'Mutation.createMember': { rule: 'an organiser of the group', outcomes: ORGANISER },
  'Mutation.updateMember': {
    rule: 'the member themself, or an organiser of their group',
    outcomes: OWNER_OR_ORGANISER,
  },
  'Mutation.removeMember': { rule: 'an organiser of the member’s group', outcomes: ORGANISER },
  'Mutation.addContact': {
    rule: 'the member who knows the contact, or an organiser of their group',
    outcomes: OWNER_OR_ORGANISER,
  },
  'Mutation.recordReferral': {
    rule: 'the giver, or an organiser of the giver’s group; the receiver in the caller’s group',
    outcomes: OWNER_OR_ORGANISER,
  },
  'Mutation.updateReferralStatus': {
    rule: 'the two members of the referral, or an organiser of the receiver’s group',
    outcomes: PARTIES_OR_ORGANISER,
  },
  'Mutation.recordOneToOne': {
    rule: 'one of the two members, or an organiser of their group; both members in the caller’s group',
    outcomes: PARTIES_OR_ORGANISER,
  },
  'Mutation.updateOneToOne': {
    rule: 'one of its two members, or an organiser of their group',
    outcomes: PARTIES_OR_ORGANISER,
  },
  'Mutation.importGroupCsv': { rule: 'an organiser of the group', outcomes: ORGANISER },
  'Mutation.setCandidateStatus': {
    rule: 'an organiser of the group, or a member of it who knows the contact',
    outcomes: OWNER_OR_ORGANISER,
  },

  // ---- the shared industry catalogue
  'Mutation.setSynergy': { rule: 'the instance admin', outcomes: ADMIN },
  'Mutation.setCompetition': { rule: 'the instance admin', outcomes: ADMIN },
  'Mutation.upsertPowerGroup': { rule: 'the instance admin', outcomes: ADMIN },
  'Mutation.removePowerGroup': { rule: 'the instance admin', outcomes: ADMIN },

  // ---- public fields of a member, declared so that the matrix holds them public
  'Member.competitors': {
    rule: `${PUBLIC}: the public industry graph (industries, COMPETES_WITH) applied to the group`,
    outcomes: EVERYONE_READ,
  },

  // ---- private fields: refused means null (or an empty list), never an error
  'Member.email': { rule: 'members of the member’s group', outcomes: OWN_GROUP_READ },
  'Member.phone': { rule: 'members of the member’s group', outcomes: OWN_GROUP_READ },
  'Member.contacts': {
    rule: 'the member, or an organiser of their group',
    outcomes: OWNER_OR_ORGANISER_READ,
  },
  'Member.plannedOneToOnes': {
    rule: 'the member, or an organiser of their group',
    outcomes: OWNER_OR_ORGANISER_READ,
  },
  'MemberStats.valueWon': {
    rule: 'the member, or an organiser of their group',
    outcomes: OWNER_OR_ORGANISER_READ,
  },
  'MemberActivity.valueWon': {
    rule: 'the member, or an organiser of their group (as MemberStats.valueWon)',
    outcomes: OWNER_OR_ORGANISER_READ,
  },
  'ActivityTotals.valueWon': { rule: 'an organiser of the group', outcomes: ORGANISER },
  'ActivityMonth.valueWon': { rule: 'an organiser of the group', outcomes: ORGANISER },
  'Referral.contact': {
    rule: 'the two members of the referral, or an organiser of its group',
    outcomes: OWN_GROUP_READ,
  },
  'Referral.value': {
    rule: 'the two members of the referral, or an organiser of its group',
    outcomes: OWN_GROUP_READ,
  },
  'Referral.notes': {
    rule: 'the two members of the referral, or an organiser of its group',
    outcomes: OWN_GROUP_READ,
  },
  'Referral.statusChoices': {
    rule: 'the two members of the referral, or an organiser of its group, able to write',
    outcomes: PARTIES_OR_ORGANISER,
  },
  'Referral.history': {
    rule: 'the two members of the referral, or an organiser of its group',
    outcomes: OWN_GROUP_READ,
  },
  // Checked per caller in test/integration/live.test.ts (a stream, which the matrix does not open).
  'GroupChange.action': { rule: 'members of the group (null for anyone else)' },
  'GapContact.contact': {
    rule: 'the members who know the contact, or an organiser of the group',
    outcomes: OWNER_OR_ORGANISER_READ,
  },
  'GapContact.candidate': { rule: 'members of the group', outcomes: OWN_GROUP_READ },
  'GapContact.statusChoices': {
    rule: 'the members who know the contact, or an organiser of the group, able to write',
    outcomes: OWNER_OR_ORGANISER,
  },
};

/**
 * Types whose every field is private to whoever may reach them: each field returning one must
 * declare a rule (the unit test checks), so their own fields need none.
 */
export const GUARDED_TYPES: Record<string, string> = {
  Contact:
    'a third party: reached only through Member.contacts, Referral.contact, GapContact.contact and the writes that make one',
  AccessToken: 'the caller’s own tokens: Query.accessTokens and Mutation.createAccessToken',
  NewAccessToken: 'the secret, once, to whoever created it',
  Invitation: 'the link, once, to the organiser who made it',
  InvitationPreview: 'whom a link is for, to whoever holds the link',
  OneToOne:
    'its notes: returned by recordOneToOne and updateOneToOne to whoever wrote them, and by Member.plannedOneToOnes to the member and organisers',
  Change: 'the audit trail: Query.changes (organisers, the admin) and Referral.history (its two members)',
};

/** Fields whose names sound private but hold none of anyone's data (the unit test accepts them). */
export const NOT_PRIVATE: Record<string, string> = {
  'ImportSummary.contacts': 'how many contact rows an import wrote',
  'Inviter.contacts': 'how many contacts a member has in a gap industry: a count, no one named',
  'GroupGap.contacts':
    'the people members know in a gap industry: who knows them and how well; each one named only by GapContact.contact',
};

/** The rule of the field being resolved, in words: the end of a refusal's message. */
export function ruleOf(info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): string {
  const rule = ACCESS_RULES[`${info.parentType.name}.${info.fieldName}`]?.rule;
  return rule ? `only ${rule}` : 'no rule allows it';
}

/** A row's outcomes by caller. */
export function outcomesOf(rule: AccessRule): Record<AccessCaller, AccessOutcome> | null {
  if (!rule.outcomes) return null;
  const cells = rule.outcomes.trim().split(/\s+/);
  if (cells.length !== ACCESS_CALLERS.length || cells.some((cell) => !['✓', '·', '401'].includes(cell))) {
    throw new Error(
      `An access row needs ${ACCESS_CALLERS.length} outcomes (✓, · or 401), got "${rule.outcomes}"`,
    );
  }
  return Object.fromEntries(ACCESS_CALLERS.map((caller, i) => [caller, cells[i]])) as Record<
    AccessCaller,
    AccessOutcome
  >;
}
