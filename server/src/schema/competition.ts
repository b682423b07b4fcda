// Competition between members (DESIGN.md §1): whom a member competes with in their group, and why.
// The same rule keeps competitors out of referralPartners (db/cypher/fragments/competition.ts).
import { type CompetitorRecord, competitorsByMemberIds } from '../db/member-repo.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { DOMAIN_LIST_SIZES, listOf } from './cost.ts';
import { heldIndustries, IndustryRef } from './industry.ts';
import { heldMembers, MemberRef } from './member.ts';

const CompetitionReason = builder.enumType('CompetitionReason', {
  description:
    'Why two members compete: the same industry, or two industries that COMPETES_WITH links (either way).',
  values: ['SAME_INDUSTRY', 'COMPETES_WITH'] as const,
});

const CompetitorRef = builder.objectRef<CompetitorRecord>('Competitor').implement({
  description:
    'A member of the same group whose industry competes with this member’s: never a referral partner.',
  fields: (t) => ({
    member: t.field({ type: MemberRef, resolve: heldMembers.named((competitor) => competitor.memberId) }),
    why: t.expose('why', { type: CompetitionReason }),
    industry: t.field({
      type: IndustryRef,
      description: 'The competitor’s industry.',
      resolve: heldIndustries.named((competitor) => competitor.industryId),
    }),
    competesWithIndustry: t.field({
      type: IndustryRef,
      description: 'The industry of the member whose competitor this is (the same one for SAME_INDUSTRY).',
      resolve: heldIndustries.named((competitor) => competitor.competesWithIndustryId),
    }),
  }),
});

builder.objectField(MemberRef, 'competitors', (t) =>
  t.loadableList({
    type: CompetitorRef,
    description:
      'Members of the same group who compete with this member (the same industry, or COMPETES_WITH), ' +
      'by name: the ones referralPartners never suggests. Public, like the industry graph.',
    authScopes: { public: true },
    complexity: listOf(DOMAIN_LIST_SIZES.competitorsOfMember),
    load: (ids: string[], context: Context) => competitorsByMemberIds(context.db, ids),
    resolve: (member) => member.id,
  }),
);
