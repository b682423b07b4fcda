// referralPartners (DESIGN.md §5): a member's best non-competing partners, scored with reasons.
import { createGraphQLError } from 'graphql-yoga';
import type { MemberRecord } from '../db/member-repo.ts';
import { type PartnerScore, partnerCandidates, scorePartners } from '../domain/partner-scoring.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { listSizedBy } from './cost.ts';
import { limitArg } from './errors.ts';
import { heldIndustries } from './industry.ts';
import { partnerFactsLoader } from './loaders.ts';
import { heldMembers, MemberRef } from './member.ts';

const PartnerAction = builder.enumType('PartnerAction', {
  values: ['BOOK_ONE_TO_ONE', 'PASS_REFERRAL', 'FOLLOW_UP'] as const,
});

const ScoreBreakdownRef = builder.objectRef<PartnerScore['breakdown']>('ScoreBreakdown').implement({
  description: 'The parts of the partner score, each 0..1 (see domain/partner-scoring.ts for the formula).',
  fields: (t) => ({
    synergy: t.exposeFloat('synergy'),
    relationship: t.exposeFloat('relationship'),
    trust: t.exposeFloat('trust'),
    reciprocity: t.exposeFloat('reciprocity'),
  }),
});

/** A score holding its member's record (held from the statement): graphql-jit reads it inline. */
type Suggestion = PartnerScore & { member: MemberRecord };

const PartnerSuggestionRef = builder.objectRef<Suggestion>('PartnerSuggestion').implement({
  description: 'A non-competing member worth passing business to, with the reasons in words.',
  fields: (t) => ({
    member: t.expose('member', { type: MemberRef }),
    score: t.exposeFloat('score'),
    breakdown: t.expose('breakdown', { type: ScoreBreakdownRef }),
    reasons: t.exposeStringList('reasons'),
    action: t.expose('action', { type: PartnerAction, nullable: true }),
  }),
});

/** Partners of one member; batched, so a page of members asking for partners costs one statement. */
async function partnersOf(context: Context, memberId: string, limit: number): Promise<Suggestion[]> {
  const rows = await partnerFactsLoader(context).load(memberId);
  // The rows carry each candidate and their industry whole: nested fields need no round trip.
  heldMembers.hold(
    context,
    rows.map((row) => row.member),
  );
  heldIndustries.hold(
    context,
    rows.flatMap((row) => row.industry ?? []),
  );
  const member = heldMembers.heldBy(context);
  return scorePartners(partnerCandidates(rows), { asOf: context.now, limit }).map((score) => ({
    ...score,
    member: member(score.memberId),
  }));
}

builder.objectField(MemberRef, 'partners', (t) =>
  t.field({
    type: [PartnerSuggestionRef],
    description: 'Best non-competing referral partners in the member’s group (same as referralPartners).',
    args: { limit: t.arg.int({ defaultValue: 5, validate: limitArg(50) }) },
    complexity: listSizedBy(5),
    resolve: (member, args, context) => partnersOf(context, member.id, args.limit ?? 5),
  }),
);

builder.queryFields((t) => ({
  referralPartners: t.field({
    type: [PartnerSuggestionRef],
    description:
      'Members of the same group who do not compete with this member, ranked by a transparent score ' +
      '(synergy, relationship, trust, reciprocity) with reasons in words.',
    authScopes: { public: true },
    args: {
      memberId: t.arg.id({ required: true }),
      limit: t.arg.int({ defaultValue: 10, validate: limitArg(100) }),
    },
    complexity: listSizedBy(10),
    resolve: async (_root, args, context) => {
      const memberId = String(args.memberId);
      const partners = await partnersOf(context, memberId, args.limit ?? 10);
      // No partners is rare (a member alone in a group); only then is it worth asking whether they exist.
      if (partners.length === 0 && !(await heldMembers.load(context, memberId))) {
        throw createGraphQLError(`No member with id "${memberId}"`, { extensions: { code: 'NOT_FOUND' } });
      }
      return partners;
    },
  }),
}));
