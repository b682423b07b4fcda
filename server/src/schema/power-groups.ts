// powerGroups (DESIGN.md §5): each curated power group as it stands in a group, the industries it
// lacks with the people members know in them (the visitor pipeline, candidates.ts), and the
// communities its ties form.
import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
import type { IndustryRecord, MemberRecord, PowerGroupRecord } from '../db/member-repo.ts';
import { type PowerGroupQuestion, powerGroupQuestion } from '../db/question-repo.ts';
import {
  groupGaps,
  type PowerGroupReport,
  type PowerGroupStanding,
  powerGroupReport,
  recruitingTargets,
} from '../domain/power-groups.ts';
import { builder } from './builder.ts';
import { GapContactRef, gapContactsOf, primeGapContacts } from './candidates.ts';
import { type Context, staleBefore } from './context.ts';
import { DOMAIN_LIST_SIZES, listOf, listSizedBy } from './cost.ts';
import { limitArg } from './errors.ts';
import { noSuchGroup } from './group.ts';
import { heldIndustries, IndustryRef, PowerGroupRef } from './industry.ts';
import { primePowerGroups } from './loaders.ts';
import { heldMembers, MemberRef } from './member.ts';

const PowerGroupStatus = builder.enumType('PowerGroupStatus', {
  values: ['STRONG', 'PARTIAL', 'WEAK'] as const,
});

// The report's types hold the members and industries they name as the records themselves (built
// once by `withRecords` below), so graphql-jit reads the whole answer inline: a resolver per
// reference (some 250 on a chapter) was most of what GraphQL added to the statement's time.

interface Seat {
  industry: IndustryRecord;
  members: MemberRecord[];
}

interface Gap {
  industry: IndustryRecord;
  inviters: { member: MemberRecord; contacts: number; maxStrength: number }[];
}

interface Standing {
  template: PowerGroupRecord;
  status: PowerGroupStanding['status'];
  coverage: number;
  filled: Seat[];
  gaps: Gap[];
  recruitingTargets: IndustryRecord[];
}

/** An industry the group lacks, once, whichever power groups lack it. */
interface GroupGap {
  groupId: string;
  industryId: string;
  industry: IndustryRecord;
  powerGroups: PowerGroupRecord[];
}

interface Community {
  id: number;
  members: MemberRecord[];
  bestMatch: PowerGroupRecord | null;
  jaccard: number | null;
}

interface Report {
  groupId: string;
  standings: Standing[];
  gaps: GroupGap[];
  communities: Community[];
}

/** The report with records in place of ids: every one of them came with the statement (held). */
function withRecords(context: Context, report: PowerGroupReport): Report {
  const member = heldMembers.heldBy(context);
  const industry = heldIndustries.heldBy(context);
  const templateById = new Map(report.templates.map((template) => [template.id, template]));
  return {
    groupId: report.groupId,
    standings: report.standings.map((standing) => ({
      template: standing.template,
      status: standing.status,
      coverage: standing.coverage,
      filled: standing.filled.map((seat) => ({
        industry: industry(seat.industryId),
        members: seat.memberIds.map(member),
      })),
      gaps: standing.gaps.map((gap) => ({
        industry: industry(gap.industryId),
        inviters: gap.inviters.map((inviter) => ({ ...inviter, member: member(inviter.memberId) })),
      })),
      recruitingTargets: recruitingTargets(standing).map(industry),
    })),
    gaps: groupGaps(report.standings).map((gap) => ({
      groupId: report.groupId,
      industryId: gap.industryId,
      industry: industry(gap.industryId),
      powerGroups: gap.powerGroupIds.flatMap((id) => templateById.get(id) ?? []),
    })),
    communities: report.communities.map((community) => ({
      id: community.id,
      members: community.memberIds.map(member),
      bestMatch: (community.bestMatch && templateById.get(community.bestMatch.powerGroupId)) ?? null,
      jaccard: community.bestMatch?.jaccard ?? null,
    })),
  };
}

const PowerGroupSeatRef = builder.objectRef<Seat>('PowerGroupSeat').implement({
  fields: (t) => ({
    industry: t.expose('industry', { type: IndustryRef }),
    members: t.expose('members', {
      type: [MemberRef],
      complexity: listOf(DOMAIN_LIST_SIZES.membersPerIndustry),
    }),
  }),
});

const InviterRef = builder.objectRef<Gap['inviters'][number]>('Inviter').implement({
  description: 'A member who knows contacts in a missing industry: who could invite a candidate.',
  fields: (t) => ({
    member: t.expose('member', { type: MemberRef }),
    contacts: t.exposeInt('contacts'),
    maxStrength: t.exposeInt('maxStrength'),
  }),
});

const PowerGroupGapRef = builder.objectRef<Gap>('PowerGroupGap').implement({
  fields: (t) => ({
    industry: t.expose('industry', { type: IndustryRef }),
    inviters: t.expose('inviters', {
      type: [InviterRef],
      complexity: listOf(DOMAIN_LIST_SIZES.invitersPerGap),
    }),
  }),
});

const PowerGroupStandingRef = builder.objectRef<Standing>('PowerGroupStanding').implement({
  description: 'A curated power group as it stands in one group: seats filled and gaps to recruit for.',
  fields: (t) => ({
    powerGroup: t.expose('template', { type: PowerGroupRef }),
    status: t.expose('status', { type: PowerGroupStatus }),
    coverage: t.exposeFloat('coverage'),
    filled: t.expose('filled', {
      type: [PowerGroupSeatRef],
      complexity: listOf(DOMAIN_LIST_SIZES.industriesInPowerGroup),
    }),
    gaps: t.expose('gaps', {
      type: [PowerGroupGapRef],
      complexity: listOf(DOMAIN_LIST_SIZES.industriesInPowerGroup),
    }),
    recruitingTargets: t.expose('recruitingTargets', {
      type: [IndustryRef],
      description:
        'Its industries that nobody in the group holds or knows anyone in: a candidate must be found from outside.',
      complexity: listOf(DOMAIN_LIST_SIZES.industriesInPowerGroup),
    }),
  }),
});

const GroupGapRef = builder.objectRef<GroupGap>('GroupGap').implement({
  description:
    'An industry that one or more of the group’s power groups lack, with the people members know in it: whom to invite.',
  fields: (t) => ({
    industry: t.expose('industry', { type: IndustryRef }),
    powerGroups: t.expose('powerGroups', {
      type: [PowerGroupRef],
      description: 'The power groups that lack it.',
      complexity: listOf(DOMAIN_LIST_SIZES.powerGroupsInChapter),
    }),
    contacts: t.field({
      type: [GapContactRef],
      description:
        'The people in the industry whom the group’s members know, each named only to those who know them and ' +
        'to organisers: candidates under way first, then the strongest tie.',
      args: { limit: t.arg.int({ defaultValue: 5, validate: limitArg(50) }) },
      complexity: listSizedBy(5),
      resolve: (gap, args, context) => gapContactsOf(context, gap, args.limit ?? 5),
    }),
  }),
});

const DetectedCommunityRef = builder.objectRef<Community>('DetectedCommunity').implement({
  description: 'A community that the actual ties (one-to-ones, referrals) form, found by Louvain.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    members: t.expose('members', { type: [MemberRef] }),
    bestMatch: t.expose('bestMatch', {
      type: PowerGroupRef,
      nullable: true,
      description: 'The curated power group whose industries it resembles most.',
    }),
    jaccard: t.exposeFloat('jaccard', { nullable: true }),
  }),
});

const PowerGroupReportRef = builder.objectRef<Report>('PowerGroupReport').implement({
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    powerGroups: t.expose('standings', {
      type: [PowerGroupStandingRef],
      complexity: listOf(DOMAIN_LIST_SIZES.powerGroupsInChapter),
    }),
    gaps: t.expose('gaps', {
      type: [GroupGapRef],
      description:
        'Each industry the power groups lack, once (in the order they first name it), with whom members could invite.',
      complexity: listOf(DOMAIN_LIST_SIZES.gapsInChapter),
    }),
    communities: t.expose('communities', {
      type: [DetectedCommunityRef],
      complexity: listOf(DOMAIN_LIST_SIZES.communitiesInChapter),
    }),
  }),
});

/** The most people a gap's contacts field gives (its limit's bound). */
const MOST_CONTACTS_PER_GAP = 50;
const DEFAULT_CONTACTS_PER_GAP = 5;

/**
 * How many people per gap the operation asks for under this powerGroups field (gaps { contacts(limit) }),
 * the largest if it asks twice; 0 when it asks for none. Read from the document so the one
 * statement brings them; a limit it cannot read here only costs the batched read of gapContactsOf.
 */
function contactsPerGapAsked(info: GraphQLResolveInfo): number {
  let most = 0;
  const visit = (selections: readonly SelectionNode[], path: readonly string[]): void => {
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections, path);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet.selections, path);
      } else if (path.length > 0) {
        if (selection.name.value === path[0] && selection.selectionSet)
          visit(selection.selectionSet.selections, path.slice(1));
      } else if (selection.name.value === 'contacts') {
        const limit = selection.arguments?.find((argument) => argument.name.value === 'limit')?.value;
        const asked =
          limit === undefined
            ? DEFAULT_CONTACTS_PER_GAP
            : limit.kind === Kind.INT
              ? Number(limit.value)
              : limit.kind === Kind.VARIABLE
                ? Number(info.variableValues[limit.name.value] ?? DEFAULT_CONTACTS_PER_GAP)
                : 0;
        // Past the bound the field refuses the limit anyway: never ask the database for more.
        if (Number.isInteger(asked)) most = Math.max(most, Math.min(asked, MOST_CONTACTS_PER_GAP));
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet.selections, ['gaps']);
  return most;
}

/** The statement's members, industries, templates and gap people are whole: nested fields need no round trip. */
function primeLoaders(context: Context, question: PowerGroupQuestion, perGap: number): void {
  heldMembers.hold(context, question.members);
  heldIndustries.hold(context, question.industries);
  primePowerGroups(context, question.templates);
  if (perGap > 0)
    primeGapContacts(
      context,
      perGap,
      question.gaps.map((gap) => ({ groupId: question.groupId, ...gap })),
    );
}

builder.queryFields((t) => ({
  powerGroups: t.field({
    type: PowerGroupReportRef,
    description:
      'Each curated power group as it stands in the group, its gaps with inviters and the people they know ' +
      '(the visitor pipeline), its recruiting targets, and detected communities.',
    authScopes: { public: true },
    args: { groupId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context, info) => {
      const groupId = String(args.groupId);
      const perGap = contactsPerGapAsked(info);
      const question = await powerGroupQuestion(context.db, groupId, staleBefore(context), perGap);
      if (!question) throw noSuchGroup(groupId);
      primeLoaders(context, question, perGap);
      return withRecords(context, powerGroupReport(groupId, question, question.templates));
    },
  }),
}));
