// powerGroups (DESIGN.md §5): each curated power group as it stands in a group, the industries it
// lacks with the people members know in them (the visitor pipeline, candidates.ts), and the
// communities its ties form.
import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
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

const PowerGroupSeatRef = builder
  .objectRef<PowerGroupStanding['filled'][number]>('PowerGroupSeat')
  .implement({
    fields: (t) => ({
      industry: t.field({
        type: IndustryRef,
        resolve: heldIndustries.named((seat) => seat.industryId),
      }),
      members: t.field({
        type: [MemberRef],
        complexity: listOf(DOMAIN_LIST_SIZES.membersPerIndustry),
        resolve: heldMembers.allNamed((seat) => seat.memberIds),
      }),
    }),
  });

const InviterRef = builder
  .objectRef<PowerGroupStanding['gaps'][number]['inviters'][number]>('Inviter')
  .implement({
    description: 'A member who knows contacts in a missing industry: who could invite a candidate.',
    fields: (t) => ({
      member: t.field({
        type: MemberRef,
        resolve: heldMembers.named((inviter) => inviter.memberId),
      }),
      contacts: t.exposeInt('contacts'),
      maxStrength: t.exposeInt('maxStrength'),
    }),
  });

const PowerGroupGapRef = builder.objectRef<PowerGroupStanding['gaps'][number]>('PowerGroupGap').implement({
  fields: (t) => ({
    industry: t.field({
      type: IndustryRef,
      resolve: heldIndustries.named((gap) => gap.industryId),
    }),
    inviters: t.expose('inviters', {
      type: [InviterRef],
      complexity: listOf(DOMAIN_LIST_SIZES.invitersPerGap),
    }),
  }),
});

const PowerGroupStandingRef = builder
  .objectRef<PowerGroupReport['standings'][number]>('PowerGroupStanding')
  .implement({
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
      recruitingTargets: t.field({
        type: [IndustryRef],
        description:
          'Its industries that nobody in the group holds or knows anyone in: a candidate must be found from outside.',
        complexity: listOf(DOMAIN_LIST_SIZES.industriesInPowerGroup),
        resolve: heldIndustries.allNamed((standing) => recruitingTargets(standing)),
      }),
    }),
  });

/** An industry the group lacks, once, whichever power groups lack it. */
interface GroupGap {
  groupId: string;
  industryId: string;
  powerGroups: PowerGroupReport['templates'];
}

const GroupGapRef = builder.objectRef<GroupGap>('GroupGap').implement({
  description:
    'An industry that one or more of the group’s power groups lack, with the people members know in it: whom to invite.',
  fields: (t) => ({
    industry: t.field({
      type: IndustryRef,
      resolve: heldIndustries.named((gap) => gap.industryId),
    }),
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

const DetectedCommunityRef = builder
  .objectRef<PowerGroupReport['communities'][number] & { templates: PowerGroupReport['templates'] }>(
    'DetectedCommunity',
  )
  .implement({
    description: 'A community that the actual ties (one-to-ones, referrals) form, found by Louvain.',
    fields: (t) => ({
      id: t.exposeInt('id'),
      members: t.field({
        type: [MemberRef],
        resolve: heldMembers.allNamed((community) => community.memberIds),
      }),
      bestMatch: t.field({
        type: PowerGroupRef,
        nullable: true,
        description: 'The curated power group whose industries it resembles most.',
        resolve: (community) =>
          community.templates.find((template) => template.id === community.bestMatch?.powerGroupId) ?? null,
      }),
      jaccard: t.float({ nullable: true, resolve: (community) => community.bestMatch?.jaccard ?? null }),
    }),
  });

const PowerGroupReportRef = builder.objectRef<PowerGroupReport>('PowerGroupReport').implement({
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    powerGroups: t.expose('standings', {
      type: [PowerGroupStandingRef],
      complexity: listOf(DOMAIN_LIST_SIZES.powerGroupsInChapter),
    }),
    gaps: t.field({
      type: [GroupGapRef],
      description:
        'Each industry the power groups lack, once (in the order they first name it), with whom members could invite.',
      complexity: listOf(DOMAIN_LIST_SIZES.gapsInChapter),
      resolve: (report) => {
        const templateById = new Map(report.templates.map((template) => [template.id, template]));
        return groupGaps(report.standings).map((gap) => ({
          groupId: report.groupId,
          industryId: gap.industryId,
          powerGroups: gap.powerGroupIds.flatMap((id) => templateById.get(id) ?? []),
        }));
      },
    }),
    communities: t.field({
      type: [DetectedCommunityRef],
      complexity: listOf(DOMAIN_LIST_SIZES.communitiesInChapter),
      resolve: (report) =>
        report.communities.map((community) => ({ ...community, templates: report.templates })),
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
      return powerGroupReport(groupId, question, question.templates);
    },
  }),
}));
