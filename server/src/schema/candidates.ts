// The visitor pipeline: the people members know in a gap industry, whom they could invite, and
// each one's way from invited to visited to joined or declined (@powergroups/rules candidates.ts).
// A contact is a third party (DESIGN.md §6): named only to the members who know them and to the
// group's organisers; others see that a member knows someone, and how the invitation goes.

import { createContextCache } from '@pothos/core';
import {
  CANDIDATE_STATUSES,
  type CandidateStatus,
  calendarDate,
  candidateChoices,
  candidateHistory,
  candidateMoveRefusal,
  nextCandidateState,
} from '@powergroups/rules';
import DataLoader from 'dataloader';
import { recordChange } from '../db/audit-repo.ts';
import {
  type CandidateRecord,
  type ContactTie,
  candidateForUpdate,
  contactKnowerIds,
  type GapContactRecord,
  type GapKey,
  gapContacts,
  gapKeyOf,
  setCandidate,
} from '../db/candidate-repo.ts';
import { actorOf } from './audit.ts';
import { builder } from './builder.ts';
import { type Context, isCaller, isMemberOf, organises } from './context.ts';
import { DOMAIN_LIST_SIZES, listOf } from './cost.ts';
import { invalid, MUTATION_ERRORS, NotFoundError } from './errors.ts';
import { heldIndustries, IndustryRef } from './industry.ts';
import { ContactRef, heldMembers, MemberRef } from './member.ts';

export const CandidateStatusEnum = builder.enumType('CandidateStatus', {
  description:
    'The visitor pipeline: INVITED → VISITED → JOINED, or DECLINED (after the invitation or the visit). ' +
    'JOINED and DECLINED are final.',
  values: CANDIDATE_STATUSES,
});

const CandidateStepRef = builder
  .objectRef<{ status: CandidateStatus; on: string }>('CandidateStep')
  .implement({
    fields: (t) => ({
      status: t.expose('status', { type: CandidateStatusEnum }),
      on: t.exposeString('on', { description: 'The day of the step, YYYY-MM-DD.' }),
    }),
  });

export const CandidateRef = builder.objectRef<CandidateRecord>('Candidate').implement({
  description: 'A contact as a candidate for a group: the latest step, and the day of each step taken.',
  fields: (t) => ({
    status: t.expose('status', { type: CandidateStatusEnum }),
    invitedOn: t.exposeString('invitedOn', { nullable: true }),
    visitedOn: t.exposeString('visitedOn', { nullable: true }),
    joinedOn: t.exposeString('joinedOn', { nullable: true }),
    declinedOn: t.exposeString('declinedOn', { nullable: true }),
    history: t.field({
      type: [CandidateStepRef],
      description: 'The steps taken, oldest first.',
      complexity: listOf(DOMAIN_LIST_SIZES.candidateSteps),
      resolve: (candidate) => candidateHistory(candidate),
    }),
    markedBy: t.field({
      type: MemberRef,
      nullable: true,
      description: 'Who marked the latest step.',
      resolve: heldMembers.maybeNamed((candidate) => candidate.markedBy),
    }),
  }),
});

const ContactTieRef = builder.objectRef<ContactTie>('ContactTie').implement({
  description: 'A member who knows a contact, and how well: 1 (met once) to 5 (close).',
  fields: (t) => ({
    member: t.field({
      type: MemberRef,
      resolve: heldMembers.named((tie) => tie.memberId),
    }),
    strength: t.exposeInt('strength'),
  }),
});

/** DESIGN.md §6: a contact is named to the members who know them and to their group's organisers. */
const mayName = (contact: GapContactRecord, context: Context): boolean =>
  organises(context, contact.groupId) || contact.knownBy.some((tie) => isCaller(context, tie.memberId));

export const GapContactRef = builder.objectRef<GapContactRecord>('GapContact').implement({
  description:
    'Someone in a missing industry whom members of the group know: who could be invited, by whom, and how it goes.',
  fields: (t) => ({
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description:
        'Who they are: named to the members who know them and to the group’s organisers; null for anyone else.',
      authScopes: (contact, _args, context) => mayName(contact, context),
      unauthorizedResolver: () => null,
      resolve: (contact, _args, context) => {
        // The caller's own tie when they know them, else the strongest.
        const tie =
          contact.knownBy.find((each) => isCaller(context, each.memberId)) ?? contact.knownBy[0] ?? null;
        return {
          id: contact.contactId,
          name: contact.name,
          company: contact.company,
          industryId: contact.industryId,
          strength: tie?.strength ?? null,
          context: tie?.context ?? null,
          knownBy: tie?.memberId ?? '',
        };
      },
    }),
    industry: t.field({
      type: IndustryRef,
      resolve: heldIndustries.named((contact) => contact.industryId),
    }),
    knownBy: t.expose('knownBy', {
      type: [ContactTieRef],
      description: 'The group’s members who know them, strongest tie first.',
      complexity: listOf(DOMAIN_LIST_SIZES.tiesPerContact),
    }),
    strength: t.exposeInt('strength', { description: 'The strongest tie, 1 to 5.' }),
    candidate: t.expose('candidate', {
      type: CandidateRef,
      nullable: true,
      description:
        'Their candidacy for the group, for its members (the chapter’s own business); null until someone marks them invited.',
      authScopes: (contact) => ({ memberOf: contact.groupId }),
      unauthorizedResolver: () => null,
    }),
    statusChoices: t.field({
      type: [CandidateStatusEnum],
      description:
        'Where the caller may move the candidate now (the pipeline’s rules): for the members who know them ' +
        'and the group’s organisers, none once JOINED or DECLINED, and none with a read-only access token.',
      authScopes: (contact, _args, context) => mayName(contact, context),
      unauthorizedResolver: () => [],
      resolve: (contact, _args, context) =>
        context.caller?.scope === 'read' ? [] : [...candidateChoices(contact.candidate?.status ?? null)],
    }),
  }),
});

/** The contacts of every gap asked for in a request, one statement per page size asked (one, usually). */
const gapContactsLoaders = createContextCache((context: Context) => {
  const bySize = new Map<number, DataLoader<GapKey, GapContactRecord[], string>>();
  return (perGap: number) => {
    let loader = bySize.get(perGap);
    if (!loader) {
      loader = new DataLoader((gaps: readonly GapKey[]) => gapContacts(context.db, gaps, perGap), {
        cacheKeyFn: gapKeyOf,
      });
      bySize.set(perGap, loader);
    }
    return loader;
  };
});

/** Gaps whose people a statement already brought (the power-group report), and how many it asked for. */
const primedGapContacts = createContextCache(
  (_context: Context) => new Map<string, { perGap: number; contacts: GapContactRecord[] }>(),
);

/**
 * The people of gaps that a statement brought, at most perGap each (it ranks them as
 * gapContacts does, so any page up to perGap is their first few): fields asking no more cost no
 * round trip.
 */
export function primeGapContacts(
  context: Context,
  perGap: number,
  gaps: { groupId: string; industryId: string; contacts: GapContactRecord[] }[],
): void {
  const primed = primedGapContacts(context);
  for (const gap of gaps) primed.set(gapKeyOf(gap), { perGap, contacts: gap.contacts });
}

/**
 * The people of a gap (a group and an industry it lacks), batched with every other gap of the
 * request; at once (not as a promise) when a statement brought them already.
 */
export const gapContactsOf = (
  context: Context,
  gap: GapKey,
  limit: number,
): GapContactRecord[] | Promise<GapContactRecord[]> => {
  const primed = primedGapContacts(context).get(gapKeyOf(gap));
  if (primed && limit <= primed.perGap) return primed.contacts.slice(0, limit);
  return gapContactsLoaders(context)(limit).load({ groupId: gap.groupId, industryId: gap.industryId });
};

// ---- moving a candidate -----------------------------------------------------------------------

const SetCandidateStatusInput = builder.inputType('SetCandidateStatusInput', {
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'A contact whom a member of the group knows.' }),
    groupId: t.id({ required: true }),
    status: t.field({
      type: CandidateStatusEnum,
      required: true,
      description:
        'INVITED first; then VISITED, and JOINED or DECLINED (DECLINED may follow the invitation).',
    }),
    on: t.string({
      required: true,
      description: 'The day it happened, YYYY-MM-DD: today or before, and not before the step before it.',
      validate: calendarDate,
    }),
  }),
});

builder.mutationFields((t) => ({
  setCandidateStatus: t.field({
    type: CandidateRef,
    description:
      'Marks a contact invited to the group, or moves them on: visited, then joined or declined, each with its day.',
    // The group's organisers, and its members who know the contact (looked up for those alone).
    authScopes: async (_root, { input }, context) => {
      const groupId = String(input.groupId);
      const knower =
        isMemberOf(context, groupId) && !organises(context, groupId)
          ? ((await contactKnowerIds(context.db, String(input.contactId))).find((id) =>
              isCaller(context, id),
            ) ?? '')
          : '';
      return { $any: { organiserOf: groupId, $all: { memberOf: groupId, self: knower } } };
    },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SetCandidateStatusInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const contactId = String(input.contactId);
      const groupId = String(input.groupId);
      const today = context.now.toISOString().slice(0, 10);
      return context.db.writeTransaction(async (tx) => {
        const found = await candidateForUpdate(tx, contactId, groupId);
        if (!found) throw new NotFoundError('group', groupId);
        // A contact nobody in the group knows is not the group's to invite (nor to learn about).
        if (!found.contactExists || found.knownBy.length === 0) throw new NotFoundError('contact', contactId);
        // The pipeline's rules, in one place (@powergroups/rules).
        const refusal = candidateMoveRefusal(found.candidate, input.status, input.on, today);
        if (refusal) throw invalid(['input', refusal.field], refusal.message);
        const next = nextCandidateState(found.candidate, input.status, input.on);
        const stored = await setCandidate(tx, {
          contactId,
          groupId,
          state: next,
          by: context.caller?.memberId ?? null,
        });
        const before = found.candidate;
        await recordChange(tx, {
          action: 'setCandidateStatus',
          actor: actorOf(context),
          groupId,
          targetId: contactId,
          summary: `candidate ${contactId}: ${before?.status ?? 'not a candidate'} → ${input.status} on ${input.on}`,
          before: before ? stateOf(before) : null,
          after: stateOf(next),
        });
        return stored;
      });
    },
  }),
}));

const stateOf = (candidate: Omit<CandidateRecord, 'markedBy'>) => ({
  status: candidate.status,
  invitedOn: candidate.invitedOn,
  visitedOn: candidate.visitedOn,
  joinedOn: candidate.joinedOn,
  declinedOn: candidate.declinedOn,
});
