// groupActivity (issue #10, "give and receive"): per member and for the group, referrals given and
// received, won and their value, one-to-ones held, over a period, with each member's traffic light
// and its reasons. One Cypher round trip: the members come whole and the request holds them.
//
// Who sees what: the group's members (organisers included) see the counts and lights, which
// MemberStats already shows everyone; closed business (valueWon) keeps MemberStats.valueWon's
// rule for a member's own figure, and the group's totals and months are its organisers' only.
import {
  ACTIVITY_PERIOD_MONTHS,
  ACTIVITY_PERIODS,
  activitySince,
  HEALTH_LIGHTS,
  healthRulesInWords,
  STALLED_AFTER_DAYS,
} from '@powergroups/rules';
import { type GroupActivityFacts, groupActivityFacts } from '../db/activity-repo.ts';
import {
  type ActivityMonth,
  type ActivityTotals,
  type GroupActivity,
  groupActivity,
  type MemberActivity,
} from '../domain/activity.ts';
import { builder } from './builder.ts';
import { type Context, staleBefore } from './context.ts';
import { DOMAIN_LIST_SIZES, listOf } from './cost.ts';
import { NotFoundError } from './errors.ts';
import { heldIndustries } from './industry.ts';
import { memberGroupLoader } from './loaders.ts';
import { heldMembers, MemberRef, valueWonScopes } from './member.ts';

const ActivityPeriod = builder.enumType('ActivityPeriod', {
  description: 'How far back a group’s activity is counted, from now (the pipeline’s "last N months").',
  values: Object.fromEntries(
    ACTIVITY_PERIODS.map((period) => {
      const months = ACTIVITY_PERIOD_MONTHS[period];
      return [
        period,
        { description: months === null ? 'Everything recorded.' : `The last ${months} months.` },
      ];
    }),
  ) as Record<(typeof ACTIVITY_PERIODS)[number], { description: string }>,
});

const rules = healthRulesInWords();
const HealthLight = builder.enumType('HealthLight', {
  description: `A member’s traffic light for the period. ${rules.scale}`,
  values: Object.fromEntries(HEALTH_LIGHTS.map((light) => [light, { description: rules[light] }])) as Record<
    (typeof HEALTH_LIGHTS)[number],
    { description: string }
  >,
});

const MemberHealthRef = builder.objectRef<MemberActivity['health']>('MemberHealth').implement({
  description: 'A member’s traffic light and why, in words.',
  fields: (t) => ({
    light: t.expose('light', { type: HealthLight }),
    reasons: t.exposeStringList('reasons'),
  }),
});

const MemberActivityRef = builder.objectRef<MemberActivity>('MemberActivity').implement({
  description: 'What a member gave and received in the period (referrals counted by the day given).',
  fields: (t) => ({
    member: t.field({
      type: MemberRef,
      resolve: heldMembers.named((activity) => activity.memberId),
    }),
    given: t.exposeInt('given', { description: 'Referrals they gave.' }),
    received: t.exposeInt('received', { description: 'Referrals they received.' }),
    won: t.exposeInt('won', { description: 'Referrals they received that were won.' }),
    valueWon: t.float({
      nullable: true,
      description: 'Closed business from the referrals they received: the member and organisers only.',
      authScopes: (activity) => valueWonScopes(activity.memberId),
      unauthorizedResolver: () => null,
      resolve: (activity) => activity.valueWon,
    }),
    oneToOnes: t.exposeInt('oneToOnes', { description: 'One-to-ones they held.' }),
    stalled: t.exposeInt('stalled', {
      description: `Referrals they received that are open and not updated for ${STALLED_AFTER_DAYS} days or more.`,
    }),
    health: t.expose('health', { type: MemberHealthRef }),
  }),
});

/** The group's own figures: closed business in them is its organisers' to see. */
type GroupFigures<T> = T & { groupId: string };
const groupValueWon = {
  nullable: true,
  description: 'Closed business from referrals received in the group: its organisers only.',
  authScopes: (figures: { groupId: string }) => ({ organiserOf: figures.groupId }),
  unauthorizedResolver: () => null,
  resolve: (figures: { valueWon: number }) => figures.valueWon,
} as const;

const ActivityTotalsRef = builder.objectRef<GroupFigures<ActivityTotals>>('ActivityTotals').implement({
  description: 'The group’s period: referrals its members gave and received, won, and one-to-ones held.',
  fields: (t) => ({
    given: t.exposeInt('given'),
    received: t.exposeInt('received'),
    won: t.exposeInt('won'),
    valueWon: t.float(groupValueWon),
    oneToOnes: t.exposeInt('oneToOnes', { description: 'One-to-ones held, each once.' }),
  }),
});

const ActivityMonthRef = builder.objectRef<GroupFigures<ActivityMonth>>('ActivityMonth').implement({
  description: 'One calendar month (UTC) of the group, as ActivityTotals counts it.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    given: t.exposeInt('given'),
    received: t.exposeInt('received'),
    won: t.exposeInt('won'),
    valueWon: t.float(groupValueWon),
    oneToOnes: t.exposeInt('oneToOnes'),
  }),
});

const GroupActivityRef = builder.objectRef<GroupActivity>('GroupActivity').implement({
  description:
    'A group’s give and receive over a period: each member’s figures and traffic light (by name), the ' +
    'group’s totals and its months. Referrals count by the day they were given, so the referral ' +
    'pipeline filtered to the same months lists exactly these.',
  fields: (t) => ({
    period: t.expose('period', { type: ActivityPeriod }),
    since: t.exposeString('since', {
      nullable: true,
      description: 'The first day counted (YYYY-MM-DD); for all time, the first month with activity.',
    }),
    members: t.field({
      type: [MemberActivityRef],
      resolve: (activity) => activity.members,
    }),
    totals: t.field({
      type: ActivityTotalsRef,
      resolve: (activity) => ({ ...activity.totals, groupId: activity.groupId }),
    }),
    months: t.field({
      type: [ActivityMonthRef],
      description: 'Every month of the period, oldest first, quiet ones with zeros.',
      complexity: listOf(DOMAIN_LIST_SIZES.monthsInActivity),
      resolve: (activity) => activity.months.map((month) => ({ ...month, groupId: activity.groupId })),
    }),
  }),
});

/** The statement's members and industries are whole records: nested fields need no round trip. */
function primeLoaders(context: Context, facts: GroupActivityFacts): void {
  heldMembers.hold(
    context,
    facts.members.map(({ member }) => member),
  );
  heldIndustries.hold(
    context,
    facts.members.flatMap(({ industry }) => industry ?? []),
  );
  // valueWon's rule asks for the member's group: known already.
  const groups = memberGroupLoader(context);
  for (const { member } of facts.members) groups.prime(member.id, member.groupId);
}

builder.queryFields((t) => ({
  groupActivity: t.field({
    type: GroupActivityRef,
    description:
      'Who gives and who receives in a group over a period, with each member’s traffic light and ' +
      'its reasons, and the group month by month. For the group’s members; closed business shows ' +
      'to organisers (and each member their own).',
    authScopes: (_root, args) => ({ memberOf: String(args.groupId) }),
    args: {
      groupId: t.arg.id({ required: true }),
      period: t.arg({ type: ActivityPeriod, required: true }),
    },
    resolve: async (_root, args, context) => {
      const groupId = String(args.groupId);
      const since = activitySince(args.period, context.now);
      const facts = await groupActivityFacts(context.db, { groupId, since }, staleBefore(context));
      if (!facts) throw new NotFoundError('group', groupId);
      primeLoaders(context, facts);
      return groupActivity({
        groupId,
        period: args.period,
        since,
        now: context.now,
        members: facts.members.map(({ member, industry: _industry, ...counts }) => ({
          ...counts,
          memberId: member.id,
          joinedAt: member.joinedAt,
        })),
        months: facts.months,
      });
    },
  }),
}));
