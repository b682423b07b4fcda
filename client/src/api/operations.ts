// Every GraphQL operation the explorer sends, with its result type. One function per operation
// so components never hold query text.

import { plainMessage } from '../text/words.ts';
import type { ApiClient } from './client.ts';
import type {
  AccessToken,
  DemoAccount,
  GroupGraph,
  GroupSummary,
  Industry,
  Invitation,
  InvitationPreview,
  Member,
  MutationResult,
  OneToOne,
  PartnerSuggestion,
  PowerGroupReport,
  Referral,
  ReferralStatus,
  TokenScope,
  Viewer,
  WhoKnowsResult,
} from './types.ts';

const MEMBER_REF = 'id name company industry { id name }';

const REFERRAL_FIELDS = `id status statusChoices value notes hotness createdAt updatedAt stalled
  giver { ${MEMBER_REF} } receiver { ${MEMBER_REF} } contact { id name }`;

const ONE_TO_ONE_FIELDS = 'id on status members { id name }';

const RESULT_ERRORS = `__typename
  ... on Error { message }
  ... on ValidationError { fieldErrors { path message } }`;

export const GROUPS_QUERY = `query Groups { groups { id name region meetingDay memberCount } }`;

const VIEWER_FIELDS = 'accountId name admin via member { id name role group { id name } }';

export const VIEWER_QUERY = `query Viewer { viewer { ${VIEWER_FIELDS} } }`;

export const DEMO_ACCOUNTS_QUERY = `query DemoAccounts { demoAccounts { label memberId role } }`;

export const SIGN_IN_MUTATION = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { ${RESULT_ERRORS} ... on SignInSuccess { data { ${VIEWER_FIELDS} } } }
}`;

export const DEMO_SIGN_IN_MUTATION = `mutation DemoSignIn($memberId: ID!) {
  demoSignIn(memberId: $memberId) { ${RESULT_ERRORS} ... on DemoSignInSuccess { data { ${VIEWER_FIELDS} } } }
}`;

export const SIGN_OUT_MUTATION = `mutation SignOut { signOut { ${RESULT_ERRORS} ... on SignOutSuccess { data } } }`;

export const SIGN_OUT_EVERYWHERE_MUTATION = `mutation SignOutEverywhere {
  signOutEverywhere { ${RESULT_ERRORS} ... on SignOutEverywhereSuccess { data } }
}`;

export const INVITATION_QUERY = `query Invitation($token: String!) {
  invitation(token: $token) { name email groupName resetsPassword expiresAt }
}`;

export const ACCEPT_INVITATION_MUTATION = `mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { ${RESULT_ERRORS} ... on AcceptInvitationSuccess { data { ${VIEWER_FIELDS} } } }
}`;

export const CREATE_INVITATION_MUTATION = `mutation CreateInvitation($memberId: ID!) {
  createInvitation(memberId: $memberId) {
    ${RESULT_ERRORS}
    ... on CreateInvitationSuccess { data { link email name expiresAt } }
  }
}`;

const ACCESS_TOKEN_FIELDS = 'id name scope createdAt expiresAt lastUsedAt expired';

export const ACCESS_TOKENS_QUERY = `query AccessTokens { accessTokens { ${ACCESS_TOKEN_FIELDS} } }`;

export const CREATE_ACCESS_TOKEN_MUTATION = `mutation CreateAccessToken($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) {
    ${RESULT_ERRORS}
    ... on CreateAccessTokenSuccess { data { token accessToken { ${ACCESS_TOKEN_FIELDS} } } }
  }
}`;

export const REVOKE_ACCESS_TOKEN_MUTATION = `mutation RevokeAccessToken($id: ID!) {
  revokeAccessToken(id: $id) { ${RESULT_ERRORS} ... on RevokeAccessTokenSuccess { data } }
}`;

export const GROUP_GRAPH_QUERY = `query GroupGraph($groupId: ID!) {
  groupGraph(groupId: $groupId) {
    groupId
    nodes { id label company industryId industryName powerGroupIds role }
    edges { id source target kind weight count label }
    powerGroups { id name }
  }
}`;

export const WHO_KNOWS_QUERY = `query WhoKnows($industry: String!, $groupId: ID, $maxHops: Int) {
  whoKnows(industry: $industry, groupId: $groupId, maxHops: $maxHops) {
    match { industry { id name } matchedBy matchedText ambiguous alternatives { id name } }
    answers { member { ${MEMBER_REF} } hops strength reason path { nodeId kind label via } }
  }
}`;

export const MEMBER_QUERY = `query Member($id: ID!) {
  member(id: $id) {
    id name company bio email phone joinedAt role
    industry { id name sector synonyms }
    group { id name }
    wantsToMeet doesNotWantToMeet
    powerGroups { id name }
    contacts { id name company strength industry { id name } }
    stats { given received won stalled wentWrong oneToOnes valueWon }
    plannedOneToOnes { ${ONE_TO_ONE_FIELDS} }
  }
}`;

export const PARTNERS_QUERY = `query ReferralPartners($memberId: ID!, $limit: Int) {
  referralPartners(memberId: $memberId, limit: $limit) {
    member { ${MEMBER_REF} } score reasons action
    breakdown { synergy relationship trust reciprocity }
  }
}`;

export const REFERRALS_QUERY = `query Referrals($groupId: ID, $memberId: ID) {
  referrals(groupId: $groupId, memberId: $memberId) { ${REFERRAL_FIELDS} }
}`;

export const POWER_GROUPS_QUERY = `query PowerGroups($groupId: ID!) {
  powerGroups(groupId: $groupId) {
    groupId
    powerGroups {
      powerGroup { id name description industries { id name } }
      status coverage
      filled { industry { id name } members { ${MEMBER_REF} } }
      gaps { industry { id name } inviters { member { ${MEMBER_REF} } contacts } }
    }
    communities { id members { ${MEMBER_REF} } bestMatch { id name } jaccard }
  }
}`;

export const INDUSTRIES_QUERY = `query Industries($search: String) { industries(search: $search) { id name sector } }`;

export const RECORD_REFERRAL_MUTATION = `mutation RecordReferral($input: RecordReferralInput!) {
  recordReferral(input: $input) {
    ${RESULT_ERRORS}
    ... on RecordReferralSuccess { data { ${REFERRAL_FIELDS} } }
  }
}`;

export const UPDATE_REFERRAL_STATUS_MUTATION = `mutation UpdateReferralStatus($input: UpdateReferralStatusInput!) {
  updateReferralStatus(input: $input) {
    ${RESULT_ERRORS}
    ... on UpdateReferralStatusSuccess { data { ${REFERRAL_FIELDS} } }
  }
}`;

export const RECORD_ONE_TO_ONE_MUTATION = `mutation RecordOneToOne($input: RecordOneToOneInput!) {
  recordOneToOne(input: $input) {
    ${RESULT_ERRORS}
    ... on RecordOneToOneSuccess { data { ${ONE_TO_ONE_FIELDS} } }
  }
}`;

export const UPDATE_ONE_TO_ONE_MUTATION = `mutation UpdateOneToOne($input: UpdateOneToOneInput!) {
  updateOneToOne(input: $input) {
    ${RESULT_ERRORS}
    ... on UpdateOneToOneSuccess { data { ${ONE_TO_ONE_FIELDS} } }
  }
}`;

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

export function operations(api: ApiClient) {
  return {
    groups: async () => (await api.request<{ groups: GroupSummary[] }>(GROUPS_QUERY)).groups,
    viewer: async () => (await api.request<{ viewer: Viewer | null }>(VIEWER_QUERY)).viewer,
    signIn: async (email: string, password: string) =>
      (
        await api.request<{ signIn: MutationResult<Viewer> }>(SIGN_IN_MUTATION, {
          input: { email, password },
        })
      ).signIn,
    demoSignIn: async (memberId: string) =>
      (await api.request<{ demoSignIn: MutationResult<Viewer> }>(DEMO_SIGN_IN_MUTATION, { memberId }))
        .demoSignIn,
    signOut: async () => (await api.request<{ signOut: MutationResult<boolean> }>(SIGN_OUT_MUTATION)).signOut,
    signOutEverywhere: async () =>
      (await api.request<{ signOutEverywhere: MutationResult<number> }>(SIGN_OUT_EVERYWHERE_MUTATION))
        .signOutEverywhere,
    invitation: async (token: string) =>
      (await api.request<{ invitation: InvitationPreview | null }>(INVITATION_QUERY, { token })).invitation,
    acceptInvitation: async (token: string, password: string) =>
      (
        await api.request<{ acceptInvitation: MutationResult<Viewer> }>(ACCEPT_INVITATION_MUTATION, {
          input: { token, password },
        })
      ).acceptInvitation,
    createInvitation: async (memberId: string) =>
      (
        await api.request<{ createInvitation: MutationResult<Invitation> }>(CREATE_INVITATION_MUTATION, {
          memberId,
        })
      ).createInvitation,
    accessTokens: async () =>
      (await api.request<{ accessTokens: AccessToken[] }>(ACCESS_TOKENS_QUERY)).accessTokens,
    createAccessToken: async (input: { name: string; expiresInDays: number; scope: TokenScope }) =>
      (
        await api.request<{ createAccessToken: MutationResult<{ token: string; accessToken: AccessToken }> }>(
          CREATE_ACCESS_TOKEN_MUTATION,
          { input },
        )
      ).createAccessToken,
    revokeAccessToken: async (id: string) =>
      (await api.request<{ revokeAccessToken: MutationResult<string> }>(REVOKE_ACCESS_TOKEN_MUTATION, { id }))
        .revokeAccessToken,
    demoAccounts: async () =>
      (await api.request<{ demoAccounts: DemoAccount[] }>(DEMO_ACCOUNTS_QUERY)).demoAccounts,
    groupGraph: async (groupId: string) =>
      (await api.request<{ groupGraph: GroupGraph }>(GROUP_GRAPH_QUERY, { groupId })).groupGraph,
    whoKnows: async (industry: string, groupId: string, maxHops = 2) =>
      (await api.request<{ whoKnows: WhoKnowsResult }>(WHO_KNOWS_QUERY, { industry, groupId, maxHops }))
        .whoKnows,
    member: async (id: string) => (await api.request<{ member: Member | null }>(MEMBER_QUERY, { id })).member,
    referralPartners: async (memberId: string, limit = 6) =>
      (await api.request<{ referralPartners: PartnerSuggestion[] }>(PARTNERS_QUERY, { memberId, limit }))
        .referralPartners,
    referrals: async (vars: { groupId?: string; memberId?: string }) =>
      (await api.request<{ referrals: Referral[] }>(REFERRALS_QUERY, vars)).referrals,
    powerGroups: async (groupId: string) =>
      (await api.request<{ powerGroups: PowerGroupReport }>(POWER_GROUPS_QUERY, { groupId })).powerGroups,
    industries: async (search?: string) =>
      (await api.request<{ industries: Industry[] }>(INDUSTRIES_QUERY, search ? { search } : {})).industries,
    recordReferral: async (input: RecordReferralInput) =>
      (
        await api.request<{ recordReferral: MutationResult<Referral> }>(RECORD_REFERRAL_MUTATION, {
          input,
        })
      ).recordReferral,
    updateReferralStatus: async (input: UpdateReferralStatusInput) =>
      (
        await api.request<{ updateReferralStatus: MutationResult<Referral> }>(
          UPDATE_REFERRAL_STATUS_MUTATION,
          {
            input,
          },
        )
      ).updateReferralStatus,
    recordOneToOne: async (input: RecordOneToOneInput) =>
      (
        await api.request<{ recordOneToOne: MutationResult<OneToOne> }>(RECORD_ONE_TO_ONE_MUTATION, {
          input,
        })
      ).recordOneToOne,
    updateOneToOne: async (input: { oneToOneId: string; status: 'HELD' | 'CANCELLED' }) =>
      (
        await api.request<{ updateOneToOne: MutationResult<OneToOne> }>(UPDATE_ONE_TO_ONE_MUTATION, {
          input,
        })
      ).updateOneToOne,
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
