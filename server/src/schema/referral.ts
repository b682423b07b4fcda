// Referrals and one-to-ones: reading them (with privacy), recording them (all or nothing).

import {
  calendarDate,
  company,
  contactName,
  daysWithoutUpdate,
  hotness,
  initialOneToOneStatus,
  nextReferralState,
  notes,
  ONE_TO_ONE_STATUSES,
  oneToOneChangeRefusal,
  oneToOneDateRefusal,
  REFERRAL_STATUSES,
  referralChangeRefusal,
  referralValue,
  STALLED_AFTER_DAYS,
  type StoredReferralState,
  statusChoices,
} from '@powergroups/rules';
import { z } from 'zod';
import { recordChange } from '../db/audit-repo.ts';
import { createContact, entitiesExist } from '../db/edit-repo.ts';
import {
  bothInGroupSince,
  contactForReferral,
  createOneToOne,
  createReferral,
  findReferrals,
  membersForWrite,
  type OneToOneRecord,
  oneToOneForUpdate,
  plannedOneToOnesByMemberIds,
  type ReferralRecord,
  referralForUpdate,
  referralsByIds,
  updateOneToOne,
  updateReferral,
} from '../db/referral-repo.ts';
import { actorOf, ChangeRef } from './audit.ts';
import { builder, NotAuthorizedError } from './builder.ts';
import { type Context, isCaller, organises, staleBefore } from './context.ts';
import { listSizedBy } from './cost.ts';
import { invalid, MUTATION_ERRORS, NotFoundError } from './errors.ts';
import { changesOfTargetsLoader } from './loaders.ts';
import { ContactRef, heldMembers, MemberRef, newId } from './member.ts';

export const ReferralStatus = builder.enumType('ReferralStatus', {
  description:
    'OFFERED → CONTACTED → MEETING_BOOKED → WON (with value) | LOST | WENT_WRONG, moved on by the receiver; ' +
    'WITHDRAWN: the giver took it back while open.',
  values: REFERRAL_STATUSES,
});

/** Who may see a referral's contact, value and notes: the two members and the group's organisers. */
const involvedScopes = (referral: Pick<ReferralRecord, 'giverId' | 'receiverId' | 'groupId'>) => ({
  $any: { self: referral.giverId, $any: { self: referral.receiverId, organiserOf: referral.groupId ?? '' } },
});

/** How the caller stands to a referral, for the trade's rules (@powergroups/rules). */
const standingOf = (
  context: Context,
  referral: Pick<ReferralRecord, 'giverId' | 'receiverId' | 'groupId'>,
) => ({
  giver: isCaller(context, referral.giverId),
  receiver: isCaller(context, referral.receiverId),
  organiser: organises(context, referral.groupId),
});

export const ReferralRef = builder.loadableObjectRef('Referral', {
  load: (ids: string[], context: Context) => referralsByIds(context.db, ids, staleBefore(context)),
  sort: (referral) => referral.id,
});

ReferralRef.implement({
  description: 'Business passed from a giver to a receiver about a contact, and how it went.',
  fields: (t) => ({
    id: t.exposeID('id'),
    giver: t.field({ type: MemberRef, resolve: heldMembers.named((referral) => referral.giverId) }),
    receiver: t.field({ type: MemberRef, resolve: heldMembers.named((referral) => referral.receiverId) }),
    contact: t.field({
      type: ContactRef,
      nullable: true,
      description: 'The person referred: visible to the two members and organisers.',
      authScopes: (referral) => involvedScopes(referral),
      unauthorizedResolver: () => null,
      resolve: (referral) =>
        referral.contactId
          ? {
              id: referral.contactId,
              name: referral.contactName ?? '',
              company: referral.contactCompany,
              industryId: referral.contactIndustryId,
              strength: null,
              context: null,
              knownBy: referral.giverId,
            }
          : null,
    }),
    status: t.expose('status', { type: ReferralStatus }),
    value: t.float({
      nullable: true,
      description: 'Closed business in euros (WON only): visible to the two members and organisers.',
      authScopes: (referral) => involvedScopes(referral),
      unauthorizedResolver: () => null,
      resolve: (referral) => referral.value,
    }),
    notes: t.string({
      nullable: true,
      description: 'Visible to the two members and organisers.',
      authScopes: (referral) => involvedScopes(referral),
      unauthorizedResolver: () => null,
      resolve: (referral) => referral.notes,
    }),
    statusChoices: t.field({
      type: [ReferralStatus],
      description:
        'The statuses the caller may move it to now (the trade’s rules): WITHDRAWN for its giver, the next ' +
        'steps and outcomes for its receiver, both for an organiser; none once it is closed, and none ' +
        'with a read-only access token.',
      authScopes: (referral) => involvedScopes(referral),
      unauthorizedResolver: () => [],
      resolve: (referral, _args, context) =>
        context.caller?.scope === 'read' ? [] : statusChoices(standingOf(context, referral), referral),
    }),
    hotness: t.int({ nullable: true, resolve: (referral) => referral.hotness }),
    createdAt: t.exposeString('createdAt'),
    updatedAt: t.exposeString('updatedAt'),
    stalled: t.exposeBoolean('stalled', {
      description: `Open and not updated for ${STALLED_AFTER_DAYS} days or more.`,
    }),
    daysSinceUpdate: t.int({
      description: `Whole days since it last moved, by the request's clock (stalled from ${STALLED_AFTER_DAYS} while open).`,
      resolve: (referral, _args, context) => daysWithoutUpdate(referral.updatedAt, context.now),
    }),
    history: t.field({
      type: [ChangeRef],
      description:
        'Every change since it was recorded, oldest first: visible to the two members and organisers.',
      authScopes: (referral) => involvedScopes(referral),
      unauthorizedResolver: () => [],
      // A referral moves a handful of times: cost it as a short list, not a page.
      complexity: { field: 1, multiplier: 5 },
      resolve: (referral, _args, context) => changesOfTargetsLoader(context).load(referral.id),
    }),
  }),
});

builder.queryFields((t) => ({
  referrals: t.field({
    type: [ReferralRef],
    description:
      'Referrals, newest update first: of a group (by receiver), of a member (either side), by status, stalled.',
    authScopes: { public: true },
    args: {
      groupId: t.arg.id(),
      memberId: t.arg.id(),
      status: t.arg({ type: ReferralStatus }),
      stalled: t.arg.boolean(),
      limit: t.arg.int({ defaultValue: 100, validate: z.number().int().min(1).max(500) }),
    },
    complexity: listSizedBy(100),
    resolve: (_root, args, context) =>
      findReferrals(
        context.db,
        {
          groupId: args.groupId ? String(args.groupId) : null,
          memberId: args.memberId ? String(args.memberId) : null,
          status: args.status ?? null,
          stalled: args.stalled ?? null,
          limit: args.limit ?? 100,
        },
        staleBefore(context),
      ),
  }),
}));

// ---- recording --------------------------------------------------------------------------------

const RecordReferralInput = builder.inputType('RecordReferralInput', {
  fields: (t) => ({
    giverId: t.id({ description: 'Default: the caller. Organisers may record for a member of their group.' }),
    receiverId: t.id({ required: true }),
    contactId: t.id({ description: 'An existing contact the giver knows.' }),
    contactName: t.string({
      description:
        'Or a new contact: their name, with contactIndustryId, or without one for a private person (a home buyer).',
      validate: contactName,
    }),
    contactCompany: t.string({ validate: company }),
    contactIndustryId: t.id(),
    notes: t.string({ validate: notes }),
    hotness: t.int({ validate: hotness }),
  }),
});

const UpdateReferralStatusInput = builder.inputType('UpdateReferralStatusInput', {
  fields: (t) => ({
    referralId: t.id({ required: true }),
    status: t.field({
      type: ReferralStatus,
      description:
        'The new status; leave it out to change only the notes. The receiver (or an organiser) moves a ' +
        'referral on and reports WON, LOST or WENT_WRONG; the giver may WITHDRAW it while it is open.',
    }),
    value: t.float({
      description: 'Closed business in euros; required when WON, refused otherwise.',
      validate: referralValue,
    }),
    notes: t.string({
      description: 'Replaces the notes; the giver may update them too.',
      validate: notes,
    }),
  }),
});

const RecordOneToOneInput = builder.inputType('RecordOneToOneInput', {
  fields: (t) => ({
    memberIds: t.idList({
      required: true,
      description: 'The two members who met.',
      validate: z.array(z.string()).length(2, 'A one-to-one has exactly two members'),
    }),
    on: t.string({
      required: true,
      description:
        'The date they met, or will meet, YYYY-MM-DD: a date to come books it (PLANNED), today or before records it as HELD.',
      validate: calendarDate,
    }),
    notes: t.string({ validate: notes }),
  }),
});

const OneToOneStatus = builder.enumType('OneToOneStatus', {
  description:
    'PLANNED (booked for a date), then HELD or CANCELLED. Only held ones count as relationship strength.',
  values: ONE_TO_ONE_STATUSES,
});

const UpdateOneToOneInput = builder.inputType('UpdateOneToOneInput', {
  fields: (t) => ({
    oneToOneId: t.id({ required: true }),
    status: t.field({
      type: OneToOneStatus,
      description: 'HELD once its day has come, or CANCELLED; left out, the status stays.',
    }),
    notes: t.string({ description: 'Replaces the notes.', validate: notes }),
  }),
});

const OneToOneRef = builder.objectRef<OneToOneRecord>('OneToOne').implement({
  description: 'Two members meeting to learn what a good referral is for the other.',
  fields: (t) => ({
    id: t.exposeID('id'),
    on: t.exposeString('on'),
    status: t.expose('status', { type: OneToOneStatus }),
    notes: t.exposeString('notes', { nullable: true }),
    members: t.field({ type: [MemberRef], resolve: heldMembers.allNamed((meeting) => meeting.memberIds) }),
  }),
});

builder.objectFields(MemberRef, (t) => ({
  plannedOneToOnes: t.loadableList({
    type: OneToOneRef,
    description:
      'One-to-ones booked and still to be held, soonest first: visible to the member and their organisers.',
    authScopes: (member) => ({ $any: { self: member.id, organiserOf: member.groupId ?? '' } }),
    unauthorizedResolver: () => [],
    // A member books a handful ahead: cost it as a short list, not a page.
    complexity: { field: 1, multiplier: 5 },
    load: (ids: string[], context: Context) => plannedOneToOnesByMemberIds(context.db, ids),
    resolve: (member) => member.id,
  }),
}));

builder.mutationFields((t) => ({
  recordReferral: t.field({
    type: ReferralRef,
    authScopes: (_root, { input }, context) => {
      const giverId = input.giverId ? String(input.giverId) : (context.caller?.memberId ?? '');
      return {
        $all: {
          groupmateOf: String(input.receiverId),
          $any: { self: giverId, organiserOfMember: giverId },
        },
      };
    },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: RecordReferralInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const giverId = input.giverId ? String(input.giverId) : (context.caller?.memberId ?? '');
      const receiverId = String(input.receiverId);
      if (giverId === receiverId)
        throw invalid(['input', 'receiverId'], 'A member cannot refer business to themselves');
      if (input.contactId && input.contactName) {
        throw invalid(['input', 'contactName'], 'Give either contactId or a new contact, not both');
      }
      const id = newId('ref');
      await context.db.writeTransaction(async (tx) => {
        const [giver, receiver] = await membersForWrite(tx, [giverId, receiverId]);
        if (!giver?.exists) throw new NotFoundError('member', giverId);
        if (!receiver?.exists) throw new NotFoundError('member', receiverId);
        let contactId = input.contactId ? String(input.contactId) : null;
        if (contactId) {
          const contact = await contactForReferral(tx, contactId, giverId);
          if (!contact.exists) throw new NotFoundError('contact', contactId);
          if (!contact.knownByGiver)
            throw invalid(['input', 'contactId'], 'The giver does not know this contact');
        } else if (input.contactName) {
          // No industry: a private person, who never answers a who-knows question.
          const industryId = input.contactIndustryId ? String(input.contactIndustryId) : null;
          if (industryId && !(await entitiesExist(tx, { industryId })).industry) {
            throw invalid(['input', 'contactIndustryId'], `Unknown industry "${industryId}"`);
          }
          contactId = newId('con');
          await createContact(tx, {
            id: contactId,
            memberId: giverId,
            name: input.contactName,
            company: input.contactCompany ?? null,
            industryId,
            strength: 3,
            context: 'Recorded with a referral',
          });
        }
        await createReferral(tx, {
          id,
          giverId,
          receiverId,
          contactId,
          notes: input.notes ?? null,
          hotness: input.hotness ?? null,
        });
        await recordChange(tx, {
          action: 'recordReferral',
          actor: actorOf(context),
          groupId: receiver.groupId,
          targetId: id,
          summary: `${giverId} referred ${input.contactName ? 'a new contact' : (contactId ?? 'business')} to ${receiverId}`,
          after: { giverId, receiverId, contactId, status: 'OFFERED', hotness: input.hotness ?? null },
        });
      });
      return id;
    },
  }),
  updateReferralStatus: t.field({
    type: ReferralRef,
    authScopes: (_root, { input }) => ({
      $any: { referralParty: String(input.referralId), organiserOfReferral: String(input.referralId) },
    }),
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: UpdateReferralStatusInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const referralId = String(input.referralId);
      await context.db.writeTransaction(async (tx) => {
        const referral = await referralForUpdate(tx, referralId);
        if (!referral) throw new NotFoundError('referral', referralId);
        const standing = standingOf(context, referral);
        // The trade's rules, in one place (@powergroups/rules): who reports what, and when.
        const change = {
          status: input.status ?? undefined,
          value: input.value === undefined ? undefined : input.value,
          notes: input.notes === undefined ? undefined : input.notes,
        };
        const refusal = referralChangeRefusal(standing, referral, change);
        if (refusal?.byRole) throw new NotAuthorizedError(refusal.message);
        if (refusal) throw invalid(['input', refusal.field ?? 'status'], refusal.message);
        const next = nextReferralState(referral, change);
        await updateReferral(tx, {
          referralId,
          status: next.status,
          value: next.value,
          notes: next.notes ?? null,
        });
        await recordChange(tx, {
          action: 'updateReferralStatus',
          actor: actorOf(context),
          groupId: referral.groupId,
          targetId: referralId,
          summary: describeReferralChange(referral, next),
          before: { status: referral.status, value: referral.value, notes: referral.notes },
          after: { status: next.status, value: next.value, notes: next.notes ?? null },
        });
      });
      return referralId;
    },
  }),
  recordOneToOne: t.field({
    type: OneToOneRef,
    // Both members in the caller's group; the caller one of them or their organiser.
    authScopes: (_root, { input }) => {
      const [a = '', b = ''] = input.memberIds.map(String);
      return {
        $all: {
          groupmateOf: a,
          $all: { groupmateOf: b, $any: { self: a, $any: { self: b, organiserOfMember: a } } },
        },
      };
    },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: RecordOneToOneInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const [memberA = '', memberB = ''] = input.memberIds.map(String);
      if (memberA === memberB)
        throw invalid(['input', 'memberIds'], 'A one-to-one needs two different members');
      const today = context.now.toISOString().slice(0, 10);
      const meeting = {
        id: newId('oto'),
        memberA,
        memberB,
        on: input.on,
        status: initialOneToOneStatus(input.on, today),
        notes: input.notes ?? null,
      };
      await context.db.writeTransaction(async (tx) => {
        const members = await membersForWrite(tx, [memberA, memberB]);
        for (const member of members) if (!member.exists) throw new NotFoundError('member', member.id);
        // The trade's rules, in one place (@powergroups/rules).
        const refusal = oneToOneDateRefusal(input.on, today, await bothInGroupSince(tx, memberA, memberB));
        if (refusal) throw invalid(['input', 'on'], refusal);
        await createOneToOne(tx, meeting);
        await recordChange(tx, {
          action: 'recordOneToOne',
          actor: actorOf(context),
          groupId: members[0]?.groupId ?? null,
          targetId: meeting.id,
          summary:
            meeting.status === 'PLANNED'
              ? `${memberA} and ${memberB} booked a one-to-one for ${meeting.on}`
              : `${memberA} and ${memberB} met on ${meeting.on}`,
          after: { memberIds: [memberA, memberB], on: meeting.on, status: meeting.status },
        });
      });
      return {
        id: meeting.id,
        on: meeting.on,
        status: meeting.status,
        notes: meeting.notes,
        memberIds: [memberA, memberB],
      };
    },
  }),
  updateOneToOne: t.field({
    type: OneToOneRef,
    description:
      'Marks a planned one-to-one HELD (once its day has come) or CANCELLED, or changes its notes.',
    authScopes: (_root, { input }) => ({
      $any: { oneToOneParty: String(input.oneToOneId), organiserOfOneToOne: String(input.oneToOneId) },
    }),
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: UpdateOneToOneInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const oneToOneId = String(input.oneToOneId);
      const today = context.now.toISOString().slice(0, 10);
      return context.db.writeTransaction(async (tx) => {
        const meeting = await oneToOneForUpdate(tx, oneToOneId);
        if (!meeting) throw new NotFoundError('one-to-one', oneToOneId);
        const status = input.status ?? meeting.status;
        const refusal = oneToOneChangeRefusal(meeting, status, today);
        if (refusal) throw invalid(['input', 'status'], refusal);
        const notes = input.notes === undefined ? meeting.notes : input.notes;
        await updateOneToOne(tx, { oneToOneId, status, notes });
        await recordChange(tx, {
          action: 'updateOneToOne',
          actor: actorOf(context),
          groupId: meeting.groupId,
          targetId: oneToOneId,
          summary:
            status === meeting.status
              ? `notes of the one-to-one on ${meeting.on}`
              : `one-to-one on ${meeting.on}: ${meeting.status} → ${status}`,
          before: { status: meeting.status, notes: meeting.notes },
          after: { status, notes },
        });
        return { id: meeting.id, on: meeting.on, status, notes, memberIds: meeting.memberIds };
      });
    },
  }),
}));

const euros = (value: number | null) => (value === null ? '' : ` (€${value.toLocaleString('en-IE')})`);

/** One line for the trail: "OFFERED → WON (€2,500)", or "notes updated". */
function describeReferralChange(before: StoredReferralState, after: StoredReferralState): string {
  const parts: string[] = [];
  if (before.status !== after.status || before.value !== after.value)
    parts.push(`${before.status}${euros(before.value)} → ${after.status}${euros(after.value)}`);
  if ((before.notes ?? null) !== (after.notes ?? null)) parts.push('notes updated');
  return parts.join('; ') || 'no change';
}
