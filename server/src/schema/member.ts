// Members: the type with its batched fields, the queries that list them, and their edits.

import { randomUUID } from 'node:crypto';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import {
  bio,
  company,
  email,
  industrySeatRefusal,
  knowsContext,
  knowsStrength,
  personName,
  phone,
  STALLED_AFTER_DAYS,
  wishList,
} from '@powergroups/rules';
import { z } from 'zod';
import { recordChange } from '../db/audit-repo.ts';
import type { Tx } from '../db/database.ts';
import {
  createContact,
  createMember,
  entitiesExist,
  industrySeatHolder,
  removeMember,
  updateMember,
} from '../db/edit-repo.ts';
import {
  type ContactRecord,
  contactsByMemberIds,
  type MemberRecord,
  type MemberStatsRecord,
  memberStatsByIds,
  membersByIds,
  membersPage,
} from '../db/member-repo.ts';
import { memberPowerGroups } from '../domain/power-groups.ts';
import { actorOf } from './audit.ts';
import { builder } from './builder.ts';
import { type Context, staleBefore } from './context.ts';
import { listSizedBy } from './cost.ts';
import { invalid, MUTATION_ERRORS, NotFoundError } from './errors.ts';
import { GroupRef } from './group.ts';
import { heldIndustries, IndustryRef, PowerGroupRef } from './industry.ts';
import { powerGroupsOnce, recordsById } from './loaders.ts';

export const MemberRole = builder.enumType('MemberRole', { values: ['MEMBER', 'ORGANISER'] as const });

/** The request's members by id (loaders.ts recordsById): held when a statement returned them. */
export const heldMembers = recordsById<MemberRecord>(
  (context, ids) => membersByIds(context.db, ids),
  'member',
);

export const MemberRef = builder.objectRef<MemberRecord>('Member').implement({
  description: 'A member of a networking group, with one industry (classification).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    company: t.string({ resolve: (member) => member.company ?? '' }),
    bio: t.exposeString('bio', { nullable: true }),
    email: t.string({
      nullable: true,
      description: 'Visible to members of the same group only.',
      authScopes: (member) => ({ memberOf: member.groupId ?? '' }),
      unauthorizedResolver: () => null,
      resolve: (member) => member.email,
    }),
    phone: t.string({
      nullable: true,
      description: 'Visible to members of the same group only.',
      authScopes: (member) => ({ memberOf: member.groupId ?? '' }),
      unauthorizedResolver: () => null,
      resolve: (member) => member.phone,
    }),
    joinedAt: t.exposeString('joinedAt', { nullable: true }),
    role: t.expose('role', { type: MemberRole }),
    wantsToMeet: t.exposeStringList('wantsToMeet'),
    doesNotWantToMeet: t.exposeStringList('doesNotWantToMeet'),
    industry: t.field({
      type: IndustryRef,
      nullable: true,
      resolve: heldIndustries.maybeNamed((member) => member.industryId),
    }),
    group: t.field({ type: GroupRef, nullable: true, resolve: (member) => member.groupId }),
    powerGroups: t.field({
      type: [PowerGroupRef],
      description: 'The curated power groups that include this member’s industry; the first is their colour.',
      resolve: async (member, _args, context) => {
        if (!member.industryId) return [];
        const templates = await powerGroupsOnce(context)();
        const ids = memberPowerGroups(member.industryId, templates);
        return templates.filter((template) => ids.includes(template.id));
      },
    }),
    contacts: t.loadableList({
      type: ContactRef,
      description:
        'People this member knows outside the group: visible to the member and their organisers only.',
      authScopes: (member) => ({ $any: { self: member.id, organiserOf: member.groupId ?? '' } }),
      unauthorizedResolver: () => [],
      load: (ids: string[], context: Context) => contactsByMemberIds(context.db, ids),
      resolve: (member) => member.id,
    }),
    stats: t.loadable({
      type: MemberStatsRef,
      load: (ids: string[], context: Context) => memberStatsByIds(context.db, ids, staleBefore(context)),
      sort: (stats) => stats.id,
      resolve: (member) => member.id,
    }),
  }),
});

/**
 * Closed business is the member's and their group's organisers' to see (DESIGN.md §6): the one rule
 * of MemberStats.valueWon and MemberActivity.valueWon.
 */
export const valueWonScopes = (memberId: string) => ({
  $any: { self: memberId, organiserOfMember: memberId },
});

const MemberStatsRef = builder.objectRef<MemberStatsRecord>('MemberStats').implement({
  description: 'Trust signals: referrals given and received, and how the received ones went.',
  fields: (t) => ({
    given: t.exposeInt('given'),
    received: t.exposeInt('received'),
    won: t.exposeInt('won', { description: 'Referrals received that were won.' }),
    stalled: t.exposeInt('stalled', {
      description: `Referrals received, open and not updated for ${STALLED_AFTER_DAYS} days or more.`,
    }),
    wentWrong: t.exposeInt('wentWrong'),
    oneToOnes: t.exposeInt('oneToOnes'),
    valueWon: t.float({
      nullable: true,
      description: 'Closed business from referrals received: the member and organisers only.',
      authScopes: (stats) => valueWonScopes(stats.id),
      unauthorizedResolver: () => null,
      resolve: (stats) => stats.valueWon,
    }),
  }),
});

export const ContactRef = builder.objectRef<ContactRecord>('Contact').implement({
  description: 'A person outside the group whom a member knows (a third party: shown to few).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    company: t.exposeString('company', { nullable: true }),
    industry: t.field({
      type: IndustryRef,
      nullable: true,
      resolve: heldIndustries.maybeNamed((contact) => contact.industryId),
    }),
    strength: t.int({ nullable: true, resolve: (contact) => contact.strength }),
    context: t.exposeString('context', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: MemberRef,
    nullable: true,
    description: 'The signed-in caller’s member, or null (see viewer for the account).',
    authScopes: { public: true },
    resolve: (_root, _args, context) =>
      context.caller?.memberId ? heldMembers.load(context, context.caller.memberId) : null,
  }),
  member: t.field({
    type: MemberRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => heldMembers.load(context, String(args.id)),
  }),
  members: t.connection({
    type: MemberRef,
    description: 'Members by name, optionally of one group and matching a search of name or company.',
    authScopes: { public: true },
    args: {
      groupId: t.arg.id(),
      search: t.arg.string({ validate: z.string().max(100) }),
    },
    complexity: listSizedBy(50),
    resolve: (_root, args, context) =>
      resolveOffsetConnection({ args, defaultSize: 50, maxSize: 200 }, ({ offset, limit }) =>
        membersPage(context.db, {
          groupId: args.groupId ? String(args.groupId) : null,
          search: args.search?.trim() || null,
          offset,
          limit,
        }),
      ),
  }),
}));

// ---- edits ------------------------------------------------------------------------------------

const CreateMemberInput = builder.inputType('CreateMemberInput', {
  fields: (t) => ({
    groupId: t.id({ required: true }),
    industryId: t.id({ required: true }),
    name: t.string({ required: true, validate: personName }),
    company: t.string({ validate: company }),
    email: t.string({ validate: email }),
    phone: t.string({ validate: phone }),
    bio: t.string({ validate: bio }),
    role: t.field({ type: MemberRole }),
    wantsToMeet: t.stringList({ validate: wishList }),
    doesNotWantToMeet: t.stringList({ validate: wishList }),
  }),
});

const UpdateMemberInput = builder.inputType('UpdateMemberInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    industryId: t.id(),
    name: t.string({ validate: personName }),
    company: t.string({ validate: company }),
    email: t.string({ validate: email }),
    phone: t.string({ validate: phone }),
    bio: t.string({ validate: bio }),
    wantsToMeet: t.stringList({ validate: wishList }),
    doesNotWantToMeet: t.stringList({ validate: wishList }),
  }),
});

const AddContactInput = builder.inputType('AddContactInput', {
  fields: (t) => ({
    memberId: t.id({ description: 'Who knows them; the caller when omitted.' }),
    industryId: t.id({ required: true }),
    name: t.string({ required: true, validate: personName }),
    company: t.string({ validate: company }),
    strength: t.int({
      description: 'How well the member knows them, 1..5 (default 3).',
      validate: knowsStrength,
    }),
    context: t.string({ validate: knowsContext }),
  }),
});

async function memberOrThrow(context: Context, id: string): Promise<MemberRecord> {
  const member = await heldMembers.load(context, id);
  if (!member) throw new NotFoundError('member', id);
  return member;
}

export const newId = (prefix: string) => `${prefix}-${randomUUID()}`;

/** One member per industry per group (@powergroups/rules): refused on the industry field, naming the holder. */
async function refuseTakenSeat(
  tx: Tx,
  seat: { groupId: string; industryId: string; memberId: string | null },
): Promise<void> {
  const holder = await industrySeatHolder(tx, {
    groupId: seat.groupId,
    industryId: seat.industryId,
    exceptMemberId: seat.memberId,
  });
  const refusal = industrySeatRefusal(holder, seat.memberId, holder?.industryName ?? seat.industryId);
  if (refusal) throw invalid(['input', 'industryId'], refusal);
}

builder.mutationFields((t) => ({
  createMember: t.field({
    type: MemberRef,
    authScopes: (_root, { input }) => ({ organiserOf: String(input.groupId) }),
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: CreateMemberInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const groupId = String(input.groupId);
      const industryId = String(input.industryId);
      const id = newId('mem');
      await context.db.writeTransaction(async (tx) => {
        const exists = await entitiesExist(tx, { groupId, industryId });
        if (!exists.group) throw new NotFoundError('group', groupId);
        if (!exists.industry) throw invalid(['input', 'industryId'], `Unknown industry "${industryId}"`);
        await refuseTakenSeat(tx, { groupId, industryId, memberId: null });
        await createMember(tx, {
          id,
          groupId,
          industryId,
          name: input.name,
          company: input.company ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          bio: input.bio ?? null,
          role: input.role ?? 'MEMBER',
          wantsToMeet: input.wantsToMeet ?? [],
          doesNotWantToMeet: input.doesNotWantToMeet ?? [],
        });
        await recordChange(tx, {
          action: 'createMember',
          actor: actorOf(context),
          groupId,
          targetId: id,
          summary: `${input.name} joined as ${industryId}`,
          after: { name: input.name, industryId, role: input.role ?? 'MEMBER' },
        });
      });
      return heldMembers.loadOrFail(context, id);
    },
  }),
  updateMember: t.field({
    type: MemberRef,
    authScopes: (_root, { input }) => ({
      $any: { self: String(input.id), organiserOfMember: String(input.id) },
    }),
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: UpdateMemberInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = String(input.id);
      const member = await memberOrThrow(context, id);
      const props: Record<string, string | string[]> = {};
      for (const key of [
        'name',
        'company',
        'email',
        'phone',
        'bio',
        'wantsToMeet',
        'doesNotWantToMeet',
      ] as const) {
        const value = input[key];
        if (value !== null && value !== undefined) props[key] = value;
      }
      const industryId = input.industryId ? String(input.industryId) : null;
      await context.db.writeTransaction(async (tx) => {
        if (industryId && industryId !== member.industryId) {
          const exists = await entitiesExist(tx, { industryId });
          if (!exists.industry) throw invalid(['input', 'industryId'], `Unknown industry "${industryId}"`);
          if (member.groupId)
            await refuseTakenSeat(tx, { groupId: member.groupId, industryId, memberId: id });
        }
        await updateMember(tx, id, props, industryId);
        const changed = { ...props, ...(industryId ? { industryId } : {}) };
        const before = Object.fromEntries(
          Object.keys(changed).map((key) => [key, member[key as keyof MemberRecord] ?? null]),
        );
        await recordChange(tx, {
          action: 'updateMember',
          actor: actorOf(context),
          groupId: member.groupId,
          targetId: id,
          summary: `${member.name}: ${Object.keys(changed).join(', ') || 'nothing'} changed`,
          before,
          after: changed,
        });
      });
      // The member was loaded (and cached) before the write: read it afresh for the answer.
      heldMembers.forget(context, id);
      return heldMembers.loadOrFail(context, id);
    },
  }),
  removeMember: t.field({
    type: 'ID',
    description:
      'Removes a member with their account, contacts (known only by them), referrals and one-to-ones.',
    authScopes: (_root, args) => ({ organiserOfMember: String(args.id) }),
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const member = await memberOrThrow(context, String(args.id));
      await context.db.writeTransaction(async (tx) => {
        await removeMember(tx, member.id);
        await recordChange(tx, {
          action: 'removeMember',
          actor: actorOf(context),
          groupId: member.groupId,
          targetId: member.id,
          summary: `${member.name} was removed`,
          before: {
            name: member.name,
            company: member.company,
            industryId: member.industryId,
            role: member.role,
          },
        });
      });
      return member.id;
    },
  }),
  addContact: t.field({
    type: ContactRef,
    authScopes: (_root, { input }, context) => {
      const memberId = input.memberId ? String(input.memberId) : (context.caller?.memberId ?? '');
      return { $any: { self: memberId, organiserOfMember: memberId } };
    },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: AddContactInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const memberId = input.memberId ? String(input.memberId) : (context.caller?.memberId ?? '');
      const member = await memberOrThrow(context, memberId);
      const industryId = String(input.industryId);
      const contact = {
        id: newId('con'),
        memberId,
        name: input.name,
        company: input.company ?? null,
        industryId,
        strength: input.strength ?? 3,
        context: input.context ?? null,
      };
      await context.db.writeTransaction(async (tx) => {
        const exists = await entitiesExist(tx, { industryId });
        if (!exists.industry) throw invalid(['input', 'industryId'], `Unknown industry "${industryId}"`);
        await createContact(tx, contact);
        await recordChange(tx, {
          action: 'addContact',
          actor: actorOf(context),
          groupId: member.groupId,
          targetId: contact.id,
          summary: `${memberId} added a contact in ${industryId}`,
          after: { name: contact.name, company: contact.company, industryId, knownBy: memberId },
        });
      });
      return { ...contact, knownBy: memberId };
    },
  }),
}));
