// Every GraphQL operation the explorer sends. One function per operation so components never hold
// query text; each result type is inferred from the document and server/schema.graphql (gql.tada).

import { plainMessage } from '../text/words.ts';
import type { ApiClient } from './client.ts';
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts';
import type { ActivityPeriod, CandidateStatus, MutationResult, ReferralStatus, TokenScope } from './types.ts';

// Selections several operations share.

const MEMBER_REF = graphql(`
  fragment MemberRef on Member {
    id
    name
    company
    industry { id name }
  }
`);

export const REFERRAL_FIELDS = graphql(
  `
  fragment ReferralFields on Referral {
    id
    status
    statusChoices
    value
    notes
    hotness
    createdAt
    updatedAt
    stalled
    giver { ...MemberRef }
    receiver { ...MemberRef }
    contact { id name }
  }
`,
  [MEMBER_REF],
);

export const ONE_TO_ONE_FIELDS = graphql(`
  fragment OneToOneFields on OneToOne {
    id
    on
    status
    members { id name }
  }
`);

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    accountId
    name
    admin
    via
    member { id name role group { id name } }
  }
`);

export const ACCESS_TOKEN_FIELDS = graphql(`
  fragment AccessTokenFields on AccessToken {
    id
    name
    scope
    createdAt
    expiresAt
    lastUsedAt
    expired
  }
`);

/** The errors of a mutation result union; each mutation adds its own `... on XSuccess { data }`. */
export const RESULT_ERRORS = graphql(`
  fragment ResultErrors on Error {
    message
    ... on ValidationError { fieldErrors { path message } }
  }
`);

export const GROUPS_QUERY = graphql(`
  query Groups {
    groups { id name region meetingDay memberCount }
  }
`);

export const VIEWER_QUERY = graphql(
  `
  query Viewer {
    viewer { ...ViewerFields }
  }
`,
  [VIEWER_FIELDS],
);

export const DEMO_ACCOUNTS_QUERY = graphql(`
  query DemoAccounts {
    demoAccounts { label memberId role }
  }
`);

export const SIGN_IN_MUTATION = graphql(
  `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ...ResultErrors
      ... on SignInSuccess { data { ...ViewerFields } }
    }
  }
`,
  [RESULT_ERRORS, VIEWER_FIELDS],
);

export const DEMO_SIGN_IN_MUTATION = graphql(
  `
  mutation DemoSignIn($memberId: ID!) {
    demoSignIn(memberId: $memberId) {
      __typename
      ...ResultErrors
      ... on DemoSignInSuccess { data { ...ViewerFields } }
    }
  }
`,
  [RESULT_ERRORS, VIEWER_FIELDS],
);

export const SIGN_OUT_MUTATION = graphql(
  `
  mutation SignOut {
    signOut {
      __typename
      ...ResultErrors
      ... on SignOutSuccess { data }
    }
  }
`,
  [RESULT_ERRORS],
);

export const SIGN_OUT_EVERYWHERE_MUTATION = graphql(
  `
  mutation SignOutEverywhere {
    signOutEverywhere {
      __typename
      ...ResultErrors
      ... on SignOutEverywhereSuccess { data }
    }
  }
`,
  [RESULT_ERRORS],
);

export const INVITATION_QUERY = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) { name email groupName resetsPassword expiresAt }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(
  `
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ...ResultErrors
      ... on AcceptInvitationSuccess { data { ...ViewerFields } }
    }
  }
`,
  [RESULT_ERRORS, VIEWER_FIELDS],
);

export const CREATE_INVITATION_MUTATION = graphql(
  `
  mutation CreateInvitation($memberId: ID!) {
    createInvitation(memberId: $memberId) {
      __typename
      ...ResultErrors
      ... on CreateInvitationSuccess { data { link email name expiresAt } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const ACCESS_TOKENS_QUERY = graphql(
  `
  query AccessTokens {
    accessTokens { ...AccessTokenFields }
  }
`,
  [ACCESS_TOKEN_FIELDS],
);

export const CREATE_ACCESS_TOKEN_MUTATION = graphql(
  `
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ...ResultErrors
      ... on CreateAccessTokenSuccess { data { token accessToken { ...AccessTokenFields } } }
    }
  }
`,
  [RESULT_ERRORS, ACCESS_TOKEN_FIELDS],
);

export const REVOKE_ACCESS_TOKEN_MUTATION = graphql(
  `
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id) {
      __typename
      ...ResultErrors
      ... on RevokeAccessTokenSuccess { data }
    }
  }
`,
  [RESULT_ERRORS],
);

export const GROUP_GRAPH_QUERY = graphql(`
  query GroupGraph($groupId: ID!) {
    groupGraph(groupId: $groupId) {
      groupId
      nodes { id label company industryId industryName powerGroupIds role }
      edges { id source target kind weight count label won stalled wentWrong }
      powerGroups { id name }
    }
  }
`);

/** A region as its chapters (at most the server's bound of them) and the ties between them. */
/** Every region with its chapters and members counted: the regions index (`/regions`). */
export const REGIONS_QUERY = graphql(`
  query Regions {
    regions { name chapterCount memberCount }
  }
`);

export const REGION_GRAPH_QUERY = graphql(`
  query RegionGraph($region: String!) {
    regionGraph(region: $region) {
      region hiddenChapters maxChapters
      chapters { id name meetingDay memberCount referralsGiven }
      ties { source target referrals oneToOnes }
    }
  }
`);

/** A page of a group's referral pipeline: an organiser's whole group, a member's own referrals. */
export const GROUP_CHANGED_SUBSCRIPTION = graphql(`
  subscription GroupChanged($groupId: ID!) {
    groupChanged(groupId: $groupId) { groupId action at }
  }
`);

export const REFERRAL_PIPELINE_QUERY = graphql(`
  query ReferralPipeline(
    $groupId: ID!
    $filter: ReferralPipelineFilter
    $orderBy: ReferralPipelineOrder
    $first: Int
    $after: String
  ) {
    referralPipeline(groupId: $groupId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          status
          value
          createdAt
          updatedAt
          stalled
          daysSinceUpdate
          giver { id name }
          receiver { id name }
          contact { id name }
        }
      }
    }
  }
`);

/** Who gives and who receives in a group over a period, with lights, totals and months. */
export const GROUP_ACTIVITY_QUERY = graphql(`
  query GroupActivity($groupId: ID!, $period: ActivityPeriod!) {
    groupActivity(groupId: $groupId, period: $period) {
      period
      since
      members {
        member { id name industry { id name } }
        given
        received
        won
        valueWon
        oneToOnes
        stalled
        health { light reasons }
      }
      totals { given received won valueWon oneToOnes }
      months { month given received won valueWon oneToOnes }
    }
  }
`);

export const WHO_KNOWS_QUERY = graphql(
  `
  query WhoKnows($industry: String!, $groupId: ID, $maxHops: Int) {
    whoKnows(industry: $industry, groupId: $groupId, maxHops: $maxHops) {
      match { industry { id name } matchedBy matchedText ambiguous alternatives { id name } }
      answers { member { ...MemberRef } hops strength reason path { nodeId kind label via } }
    }
  }
`,
  [MEMBER_REF],
);

export const MEMBER_QUERY = graphql(
  `
  query Member($id: ID!) {
    member(id: $id) {
      id
      name
      company
      bio
      email
      phone
      joinedAt
      role
      industry { id name sector synonyms }
      group { id name }
      wantsToMeet
      doesNotWantToMeet
      powerGroups { id name }
      competitors { member { id name } why industry { id name } competesWithIndustry { id name } }
      contacts { id name company strength industry { id name } }
      stats { given received won stalled wentWrong oneToOnes valueWon }
      plannedOneToOnes { ...OneToOneFields }
    }
  }
`,
  [ONE_TO_ONE_FIELDS],
);

export const PARTNERS_QUERY = graphql(
  `
  query ReferralPartners($memberId: ID!, $limit: Int) {
    referralPartners(memberId: $memberId, limit: $limit) {
      member { ...MemberRef }
      score
      reasons
      action
      breakdown { synergy relationship trust reciprocity }
    }
  }
`,
  [MEMBER_REF],
);

export const REFERRALS_QUERY = graphql(
  `
  query Referrals($groupId: ID, $memberId: ID) {
    referrals(groupId: $groupId, memberId: $memberId) { ...ReferralFields }
  }
`,
  [REFERRAL_FIELDS],
);

// The panel names members and links them: their id and name are all it reads, which keeps this,
// the explorer's largest question, well inside the cost limit with each gap's people in it.
export const POWER_GROUPS_QUERY = graphql(`
  query PowerGroups($groupId: ID!) {
    powerGroups(groupId: $groupId) {
      groupId
      powerGroups {
        powerGroup { id name }
        status
        coverage
        filled { industry { id name } members { id name } }
        gaps { industry { id name } inviters { member { id name } contacts } }
        recruitingTargets { id name }
      }
      gaps {
        industry { id name }
        contacts(limit: 5) {
          contact { id name company }
          knownBy { member { id name } strength }
          strength
          candidate { status invitedOn visitedOn joinedOn declinedOn }
          statusChoices
        }
      }
      communities { id members { id name } bestMatch { id name } jaccard }
    }
  }
`);

export const INDUSTRIES_QUERY = graphql(`
  query Industries($search: String) {
    industries(search: $search) { id name sector }
  }
`);

export const RECORD_REFERRAL_MUTATION = graphql(
  `
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      __typename
      ...ResultErrors
      ... on RecordReferralSuccess { data { ...ReferralFields } }
    }
  }
`,
  [RESULT_ERRORS, REFERRAL_FIELDS],
);

export const UPDATE_REFERRAL_STATUS_MUTATION = graphql(
  `
  mutation UpdateReferralStatus($input: UpdateReferralStatusInput!) {
    updateReferralStatus(input: $input) {
      __typename
      ...ResultErrors
      ... on UpdateReferralStatusSuccess { data { ...ReferralFields } }
    }
  }
`,
  [RESULT_ERRORS, REFERRAL_FIELDS],
);

export const RECORD_ONE_TO_ONE_MUTATION = graphql(
  `
  mutation RecordOneToOne($input: RecordOneToOneInput!) {
    recordOneToOne(input: $input) {
      __typename
      ...ResultErrors
      ... on RecordOneToOneSuccess { data { ...OneToOneFields } }
    }
  }
`,
  [RESULT_ERRORS, ONE_TO_ONE_FIELDS],
);

export const SET_CANDIDATE_STATUS_MUTATION = graphql(
  `
  mutation SetCandidateStatus($input: SetCandidateStatusInput!) {
    setCandidateStatus(input: $input) {
      __typename
      ...ResultErrors
      ... on SetCandidateStatusSuccess { data { status invitedOn visitedOn joinedOn declinedOn } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const UPDATE_ONE_TO_ONE_MUTATION = graphql(
  `
  mutation UpdateOneToOne($input: UpdateOneToOneInput!) {
    updateOneToOne(input: $input) {
      __typename
      ...ResultErrors
      ... on UpdateOneToOneSuccess { data { ...OneToOneFields } }
    }
  }
`,
  [RESULT_ERRORS, ONE_TO_ONE_FIELDS],
);

// ---- the organiser's workspace: the roster, the import, and (the admin's) the shared catalogue

export const POWER_GROUP_TEMPLATES_QUERY = graphql(`
  query PowerGroupTemplates {
    powerGroupTemplates { id name description industries { id name } }
  }
`);

/** Everything the roster form shows and edits of one member (contact details: their group sees them). */
export const EDITABLE_MEMBER_QUERY = graphql(`
  query EditableMember($id: ID!) {
    member(id: $id) {
      id
      name
      company
      email
      phone
      bio
      role
      industry { id name }
      wantsToMeet
      doesNotWantToMeet
    }
  }
`);

export const CREATE_MEMBER_MUTATION = graphql(
  `
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      __typename
      ...ResultErrors
      ... on CreateMemberSuccess { data { id name industry { id name } } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const UPDATE_MEMBER_MUTATION = graphql(
  `
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      __typename
      ...ResultErrors
      ... on UpdateMemberSuccess { data { id name industry { id name } } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const REMOVE_MEMBER_MUTATION = graphql(
  `
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id) {
      __typename
      ...ResultErrors
      ... on RemoveMemberSuccess { data }
    }
  }
`,
  [RESULT_ERRORS],
);

const PREVIEW_ROW_FIELDS = graphql(`
  fragment PreviewRowFields on ImportPreviewRow {
    file
    row
    line
    kind
    id
    label
    status
    changes { column before after }
    refusals { column message }
  }
`);

/** What an import would do: the refused rows apart (they decide), then the rows in file order. */
export const PREVIEW_GROUP_CSV_QUERY = graphql(
  `
  query PreviewGroupCsv($input: PreviewGroupCsvInput!) {
    previewGroupCsv(input: $input) {
      canImport
      fingerprint
      counts { added updated unchanged refused }
      problems { file row line column message }
      refused: rows(status: [REFUSED], first: 50) { ...PreviewRowFields }
      rows(first: 100) { ...PreviewRowFields }
    }
  }
`,
  [PREVIEW_ROW_FIELDS],
);

export const IMPORT_GROUP_CSV_MUTATION = graphql(
  `
  mutation ImportGroupCsv($input: ImportGroupCsvInput!) {
    importGroupCsv(input: $input) {
      __typename
      ...ResultErrors
      ... on ImportGroupCsvSuccess { data { members } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const UPSERT_POWER_GROUP_MUTATION = graphql(
  `
  mutation UpsertPowerGroup($input: UpsertPowerGroupInput!) {
    upsertPowerGroup(input: $input) {
      __typename
      ...ResultErrors
      ... on UpsertPowerGroupSuccess { data { id name } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const REMOVE_POWER_GROUP_MUTATION = graphql(
  `
  mutation RemovePowerGroup($id: ID!) {
    removePowerGroup(id: $id) {
      __typename
      ...ResultErrors
      ... on RemovePowerGroupSuccess { data }
    }
  }
`,
  [RESULT_ERRORS],
);

export const SET_SYNERGY_MUTATION = graphql(
  `
  mutation SetSynergy($input: SetSynergyInput!) {
    setSynergy(input: $input) {
      __typename
      ...ResultErrors
      ... on SetSynergySuccess { data { industryA { name } industryB { name } } }
    }
  }
`,
  [RESULT_ERRORS],
);

export const SET_COMPETITION_MUTATION = graphql(
  `
  mutation SetCompetition($input: SetCompetitionInput!) {
    setCompetition(input: $input) {
      __typename
      ...ResultErrors
      ... on SetCompetitionSuccess { data { industryA { name } industryB { name } } }
    }
  }
`,
  [RESULT_ERRORS],
);

// What the forms send. Stricter than the schema's inputs where the explorer always knows more (a
// giver, exactly two members); `request` checks they still fit the schema.

export interface RecordReferralInput {
  giverId: string;
  receiverId: string;
  contactId?: string;
  contactName?: string;
  contactIndustryId?: string;
  notes?: string;
  hotness?: number;
}

export interface UpdateReferralStatusInput {
  referralId: string;
  status: ReferralStatus;
  value?: number;
  notes?: string;
}

export interface RecordOneToOneInput {
  memberIds: [string, string];
  on: string;
  notes?: string;
}

export type CreateMemberInput = VariablesOf<typeof CREATE_MEMBER_MUTATION>['input'];
export type UpdateMemberInput = VariablesOf<typeof UPDATE_MEMBER_MUTATION>['input'];
export type RosterCsvInput = VariablesOf<typeof PREVIEW_GROUP_CSV_QUERY>['input'];

export function operations(api: ApiClient) {
  return {
    groups: async () => (await api.request(GROUPS_QUERY)).groups,
    viewer: async () => (await api.request(VIEWER_QUERY)).viewer,
    signIn: async (email: string, password: string) =>
      (await api.request(SIGN_IN_MUTATION, { input: { email, password } })).signIn,
    demoSignIn: async (memberId: string) =>
      (await api.request(DEMO_SIGN_IN_MUTATION, { memberId })).demoSignIn,
    signOut: async () => (await api.request(SIGN_OUT_MUTATION)).signOut,
    signOutEverywhere: async () => (await api.request(SIGN_OUT_EVERYWHERE_MUTATION)).signOutEverywhere,
    invitation: async (token: string) => (await api.request(INVITATION_QUERY, { token })).invitation,
    acceptInvitation: async (token: string, password: string) =>
      (await api.request(ACCEPT_INVITATION_MUTATION, { input: { token, password } })).acceptInvitation,
    createInvitation: async (memberId: string) =>
      (await api.request(CREATE_INVITATION_MUTATION, { memberId })).createInvitation,
    accessTokens: async () => (await api.request(ACCESS_TOKENS_QUERY)).accessTokens,
    createAccessToken: async (input: { name: string; expiresInDays: number; scope: TokenScope }) =>
      (await api.request(CREATE_ACCESS_TOKEN_MUTATION, { input })).createAccessToken,
    revokeAccessToken: async (id: string) =>
      (await api.request(REVOKE_ACCESS_TOKEN_MUTATION, { id })).revokeAccessToken,
    demoAccounts: async () => (await api.request(DEMO_ACCOUNTS_QUERY)).demoAccounts,
    groupGraph: async (groupId: string) => (await api.request(GROUP_GRAPH_QUERY, { groupId })).groupGraph,
    regions: async () => (await api.request(REGIONS_QUERY)).regions,
    regionGraph: async (region: string) => (await api.request(REGION_GRAPH_QUERY, { region })).regionGraph,
    /** Follows the group's changes until `signal` aborts or the server ends the stream. */
    groupChanges: (
      groupId: string,
      on: {
        open: () => void;
        change: (change: ResultOf<typeof GROUP_CHANGED_SUBSCRIPTION>['groupChanged']) => void;
      },
      signal: AbortSignal,
    ) =>
      api.subscribe(
        GROUP_CHANGED_SUBSCRIPTION,
        { groupId },
        { open: on.open, data: (data) => on.change(data.groupChanged) },
        signal,
      ),
    whoKnows: async (industry: string, groupId: string, maxHops = 2) =>
      (await api.request(WHO_KNOWS_QUERY, { industry, groupId, maxHops })).whoKnows,
    member: async (id: string) => (await api.request(MEMBER_QUERY, { id })).member,
    referralPartners: async (memberId: string, limit = 6) =>
      (await api.request(PARTNERS_QUERY, { memberId, limit })).referralPartners,
    referrals: async (vars: { groupId?: string; memberId?: string }) =>
      (await api.request(REFERRALS_QUERY, vars)).referrals,
    referralPipeline: async (vars: VariablesOf<typeof REFERRAL_PIPELINE_QUERY>) =>
      (await api.request(REFERRAL_PIPELINE_QUERY, vars)).referralPipeline,
    groupActivity: async (groupId: string, period: ActivityPeriod) =>
      (await api.request(GROUP_ACTIVITY_QUERY, { groupId, period })).groupActivity,
    powerGroups: async (groupId: string) => (await api.request(POWER_GROUPS_QUERY, { groupId })).powerGroups,
    industries: async (search?: string) =>
      (await api.request(INDUSTRIES_QUERY, search ? { search } : {})).industries,
    recordReferral: async (input: RecordReferralInput) =>
      (await api.request(RECORD_REFERRAL_MUTATION, { input })).recordReferral,
    updateReferralStatus: async (input: UpdateReferralStatusInput) =>
      (await api.request(UPDATE_REFERRAL_STATUS_MUTATION, { input })).updateReferralStatus,
    recordOneToOne: async (input: RecordOneToOneInput) =>
      (await api.request(RECORD_ONE_TO_ONE_MUTATION, { input })).recordOneToOne,
    updateOneToOne: async (input: { oneToOneId: string; status: 'HELD' | 'CANCELLED' }) =>
      (await api.request(UPDATE_ONE_TO_ONE_MUTATION, { input })).updateOneToOne,
    setCandidateStatus: async (input: {
      contactId: string;
      groupId: string;
      status: CandidateStatus;
      on: string;
    }) => (await api.request(SET_CANDIDATE_STATUS_MUTATION, { input })).setCandidateStatus,
    powerGroupTemplates: async () => (await api.request(POWER_GROUP_TEMPLATES_QUERY)).powerGroupTemplates,
    editableMember: async (id: string) => (await api.request(EDITABLE_MEMBER_QUERY, { id })).member,
    createMember: async (input: CreateMemberInput) =>
      (await api.request(CREATE_MEMBER_MUTATION, { input })).createMember,
    updateMember: async (input: UpdateMemberInput) =>
      (await api.request(UPDATE_MEMBER_MUTATION, { input })).updateMember,
    removeMember: async (id: string) => (await api.request(REMOVE_MEMBER_MUTATION, { id })).removeMember,
    previewGroupCsv: async (input: RosterCsvInput) =>
      (await api.request(PREVIEW_GROUP_CSV_QUERY, { input })).previewGroupCsv,
    importGroupCsv: async (input: RosterCsvInput & { previewed: string }) =>
      (await api.request(IMPORT_GROUP_CSV_MUTATION, { input })).importGroupCsv,
    upsertPowerGroup: async (input: VariablesOf<typeof UPSERT_POWER_GROUP_MUTATION>['input']) =>
      (await api.request(UPSERT_POWER_GROUP_MUTATION, { input })).upsertPowerGroup,
    removePowerGroup: async (id: string) =>
      (await api.request(REMOVE_POWER_GROUP_MUTATION, { id })).removePowerGroup,
    setSynergy: async (input: VariablesOf<typeof SET_SYNERGY_MUTATION>['input']) =>
      (await api.request(SET_SYNERGY_MUTATION, { input })).setSynergy,
    setCompetition: async (input: VariablesOf<typeof SET_COMPETITION_MUTATION>['input']) =>
      (await api.request(SET_COMPETITION_MUTATION, { input })).setCompetition,
  };
}

export type Operations = ReturnType<typeof operations>;

/**
 * Splits a mutation result union into success data or per-field messages and a message for the
 * whole form, all in plain words. The form-wide message is null when every field message lands on
 * a field the form shows (`shownFields`), so nothing is said twice and nothing is lost.
 */
export function unwrapResult<T>(
  result: MutationResult<T>,
  shownFields: readonly string[] = [],
): { ok: true; data: T } | { ok: false; message: string | null; fieldErrors: Record<string, string> } {
  if ('data' in result) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const error of result.fieldErrors ?? []) {
    // path is ["input", "receiverId"] or ["receiverId"]: key by the last segment.
    const key = error.path[error.path.length - 1] ?? '';
    const message = plainMessage(error.message);
    fieldErrors[key] = fieldErrors[key] ? `${fieldErrors[key]} ${message}` : message;
  }
  const keys = Object.keys(fieldErrors);
  const allShown = keys.length > 0 && keys.every((key) => shownFields.includes(key));
  return { ok: false, message: allShown ? null : plainMessage(result.message), fieldErrors };
}
