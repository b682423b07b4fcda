// The shapes the client reads from the GraphQL API, derived from the documents in operations.ts and
// server/schema.graphql (gql.tada): what a query selects is exactly what these types hold, and a
// field the schema says may be null is null here too. Nothing here is written by hand.
import type { graphql, ResultOf } from './graphql.ts';
import type {
  ACCESS_TOKEN_FIELDS,
  CREATE_INVITATION_MUTATION,
  DEMO_ACCOUNTS_QUERY,
  EDITABLE_MEMBER_QUERY,
  GROUP_ACTIVITY_QUERY,
  GROUP_GRAPH_QUERY,
  GROUPS_QUERY,
  INVITATION_QUERY,
  MEMBER_QUERY,
  ONE_TO_ONE_FIELDS,
  POWER_GROUP_TEMPLATES_QUERY,
  POWER_GROUPS_QUERY,
  PREVIEW_GROUP_CSV_QUERY,
  REFERRAL_FIELDS,
  REFERRAL_PIPELINE_QUERY,
  REGION_GRAPH_QUERY,
  REGIONS_QUERY,
  RESULT_ERRORS,
  VIEWER_FIELDS,
  WHO_KNOWS_QUERY,
} from './operations.ts';

/** The values of an enum of the schema. */
type EnumOf<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

/** The `data` of a mutation result union's success member. */
type SuccessOf<Result> = Extract<Result, { data: unknown }>['data'];

export type EdgeKind = EnumOf<'EdgeKind'>;
export type ReferralStatus = EnumOf<'ReferralStatus'>;
export type CandidateStatus = EnumOf<'CandidateStatus'>;
export type PartnerAction = EnumOf<'PartnerAction'>;
export type TokenScope = EnumOf<'TokenScope'>;
export type PipelineOrderField = EnumOf<'ReferralPipelineOrderField'>;
export type ActivityPeriod = EnumOf<'ActivityPeriod'>;

export type GroupSummary = ResultOf<typeof GROUPS_QUERY>['groups'][number];

export type Member = NonNullable<ResultOf<typeof MEMBER_QUERY>['member']>;
export type Contact = Member['contacts'][number];
/** A one-to-one, as booked or recorded (a member's planned ones: soonest first). */
export type OneToOne = ResultOf<typeof ONE_TO_ONE_FIELDS>;

export type GroupGraph = ResultOf<typeof GROUP_GRAPH_QUERY>['groupGraph'];
export type GraphNode = GroupGraph['nodes'][number];
export type GraphEdge = GroupGraph['edges'][number];

export type RegionGraph = ResultOf<typeof REGION_GRAPH_QUERY>['regionGraph'];
/** A region of the index: its name, and its chapters and their members counted. */
export type RegionSummary = ResultOf<typeof REGIONS_QUERY>['regions'][number];

export type WhoKnowsResult = ResultOf<typeof WHO_KNOWS_QUERY>['whoKnows'];
export type WhoKnowsAnswer = WhoKnowsResult['answers'][number];
export type PathStep = WhoKnowsAnswer['path'][number];

export type Referral = ResultOf<typeof REFERRAL_FIELDS>;

/** One page of a group's referral pipeline, and one referral in it. */
export type PipelinePage = ResultOf<typeof REFERRAL_PIPELINE_QUERY>['referralPipeline'];
export type PipelineReferral = PipelinePage['edges'][number]['node'];

/** A group's give and receive over a period; one member's figures and light; one month. */
export type GroupActivity = ResultOf<typeof GROUP_ACTIVITY_QUERY>['groupActivity'];
export type MemberActivity = GroupActivity['members'][number];
export type ActivityMonth = GroupActivity['months'][number];

export type PowerGroupReport = ResultOf<typeof POWER_GROUPS_QUERY>['powerGroups'];
/** Someone members know in an industry the group lacks, and how their invitation goes. */
export type GapContact = PowerGroupReport['gaps'][number]['contacts'][number];

export type DemoAccount = ResultOf<typeof DEMO_ACCOUNTS_QUERY>['demoAccounts'][number];

/** Whoever is signed in: the account, and the member it is (an instance admin may be none). */
export type Viewer = ResultOf<typeof VIEWER_FIELDS>;
export type Me = NonNullable<Viewer['member']>;

export type InvitationPreview = NonNullable<ResultOf<typeof INVITATION_QUERY>['invitation']>;
export type Invitation = SuccessOf<ResultOf<typeof CREATE_INVITATION_MUTATION>['createInvitation']>;

export type AccessToken = ResultOf<typeof ACCESS_TOKEN_FIELDS>;

type FieldError = Extract<ResultOf<typeof RESULT_ERRORS>, { fieldErrors: unknown }>['fieldErrors'][number];

/** A mutation result union (Pothos errors plugin): success carries `data`, errors a message. */
export type MutationResult<T> =
  | { __typename: `${string}Success`; data: T }
  | { __typename: string; message: string; fieldErrors?: readonly FieldError[] };

/** One member as the roster form edits them. */
export type EditableMember = NonNullable<ResultOf<typeof EDITABLE_MEMBER_QUERY>['member']>;
export type MemberRole = EnumOf<'MemberRole'>;

/** What an import would do, and one row of it. */
export type ImportPreview = ResultOf<typeof PREVIEW_GROUP_CSV_QUERY>['previewGroupCsv'];
export type ImportPreviewRow = ImportPreview['rows'][number];

export type PowerGroupTemplate = ResultOf<typeof POWER_GROUP_TEMPLATES_QUERY>['powerGroupTemplates'][number];
