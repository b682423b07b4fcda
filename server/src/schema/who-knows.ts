// whoKnows (DESIGN.md §5): who in the group is, knows, or is one tie away from someone in an industry.
import { z } from 'zod';
import type { MemberRecord } from '../db/member-repo.ts';
import { type WhoKnowsQuestion, whoKnowsQuestion } from '../db/question-repo.ts';
import {
  chooseIndustryMatch,
  type IndustryMatchResult,
  normaliseIndustryText,
  toFulltextQuery,
} from '../domain/industry-match.ts';
import { type PathStep, type WhoKnowsAnswer, whoKnowsAnswers } from '../domain/who-knows.ts';
import { builder } from './builder.ts';
import { type Context, isCaller, organises } from './context.ts';
import { TYPICAL_LIST_SIZE } from './cost.ts';
import { limitArg } from './errors.ts';
import { heldIndustries, IndustryMatchRef } from './industry.ts';
import { heldMembers, MemberRef } from './member.ts';

const PathNodeKind = builder.enumType('PathNodeKind', { values: ['MEMBER', 'CONTACT', 'INDUSTRY'] as const });

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One node on the path from the answering member to the industry.',
  fields: (t) => ({
    nodeId: t.exposeID('nodeId', {
      nullable: true,
      description: 'Null for a contact hidden from the caller.',
    }),
    kind: t.expose('kind', { type: PathNodeKind }),
    label: t.exposeString('label'),
    via: t.exposeString('via', { nullable: true, description: 'The relationship from the previous step.' }),
  }),
});

/** An answer holding its member's record (held from the statement): graphql-jit reads it inline. */
type Answer = WhoKnowsAnswer & { member: MemberRecord };

const WhoKnowsAnswerRef = builder.objectRef<Answer>('WhoKnowsAnswer').implement({
  fields: (t) => ({
    member: t.expose('member', { type: MemberRef }),
    hops: t.exposeInt('hops', {
      description: '0: in the industry; 1: knows a contact in it; 2: through a member who does.',
    }),
    strength: t.exposeFloat('strength'),
    reason: t.exposeString('reason'),
    path: t.expose('path', { type: [PathStepRef] }),
  }),
});

const WhoKnowsResultRef = builder
  .objectRef<{ match: IndustryMatchResult; answers: Answer[] }>('WhoKnowsResult')
  .implement({
    fields: (t) => ({
      match: t.expose('match', { type: IndustryMatchRef }),
      answers: t.expose('answers', { type: [WhoKnowsAnswerRef] }),
    }),
  });

/** The statement's members and industries are whole records: nested fields need no round trip. */
function holdRecords(context: Context, question: WhoKnowsQuestion): void {
  heldMembers.hold(context, question.members);
  heldIndustries.hold(context, [...question.industries, ...question.candidates]);
}

/** The caller's own group; null (every group) when anonymous or in no group. */
const callerGroupId = (context: Context): string | null => context.caller?.memberOf[0] ?? null;

builder.queryFields((t) => ({
  whoKnows: t.field({
    type: WhoKnowsResultRef,
    description:
      'Who in the group is, knows, or is one tie away from someone in an industry. The text is matched to an ' +
      'industry by name, synonym or fuzzily (see match); answers ranked by hops, then strength, with the path.',
    authScopes: { public: true },
    args: {
      industry: t.arg.string({
        required: true,
        validate: z.string().trim().min(1, 'Say which industry').max(200),
      }),
      groupId: t.arg.id({ description: 'Default: the caller’s group; every group when anonymous.' }),
      maxHops: t.arg.int({
        defaultValue: 2,
        validate: z.number().int().min(0).max(2, 'maxHops is 0, 1 or 2'),
      }),
      limit: t.arg.int({ defaultValue: 25, validate: limitArg(200) }),
    },
    // Its answers list (a list: TYPICAL_LIST_SIZE by default) holds `limit` answers.
    complexity: (args) => ({ field: 1, multiplier: Math.max(1, (args.limit ?? 25) / TYPICAL_LIST_SIZE) }),
    resolve: async (_root, args, context) => {
      const normalised = normaliseIndustryText(args.industry);
      if (!normalised) return { match: chooseIndustryMatch(args.industry, []), answers: [] };
      const query = {
        text: normalised,
        fulltext: toFulltextQuery(args.industry),
        groupId: args.groupId ? String(args.groupId) : callerGroupId(context),
        maxHops: args.maxHops ?? 2,
      };
      // One round trip: the database answers for its best candidate, which is nearly always the
      // industry the domain layer chooses; when the words choose another, ask again naming it.
      let question = await whoKnowsQuestion(context.db, { ...query, industryId: null });
      const match = chooseIndustryMatch(args.industry, question.candidates);
      const industry = match.industry;
      if (!industry) return { match, answers: [] };
      if (industry.id !== question.industryId)
        question = await whoKnowsQuestion(context.db, { ...query, industryId: industry.id });
      holdRecords(context, question);
      const answers = whoKnowsAnswers(question.hits, industry, {
        limit: args.limit ?? 25,
        // DESIGN.md §6: a contact is named to the member who knows them and to their group's organisers.
        canSeeContact: (knownBy, contactGroupId) =>
          isCaller(context, knownBy) || organises(context, contactGroupId),
      });
      const member = heldMembers.heldBy(context);
      return { match, answers: answers.map((answer) => ({ ...answer, member: member(answer.memberId) })) };
    },
  }),
}));
