// The audit trail over GraphQL: who changed what and when, for a group's organisers (and, for
// the shared catalogue, the instance admin), and each referral's history for its two members.
// AUDITED lists every mutation and whether it records a Change; test/unit/audit-coverage.test.ts
// fails on a mutation missing from it, so a new write cannot slip in unrecorded.
import { z } from 'zod';
import { type Actor, type ChangeRecord, changesOfGroup } from '../db/audit-repo.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { listSizedBy } from './cost.ts';

/** Every mutation: true when it records a Change with each write, else why it does not. */
export const AUDITED: Record<string, true | string> = {
  recordReferral: true,
  updateReferralStatus: true,
  recordOneToOne: true,
  updateOneToOne: true,
  createMember: true,
  updateMember: true,
  removeMember: true,
  addContact: true,
  importGroupCsv: true,
  setCandidateStatus: true,
  createInvitation: true,
  setSynergy: true,
  setCompetition: true,
  upsertPowerGroup: true,
  removePowerGroup: true,
  signIn: 'a sign-in, not a change to the group: sessions are listed on the account',
  acceptInvitation: 'the member setting their own password (the invitation itself is recorded)',
  demoSignIn: 'a demo session on the sample data',
  signOut: 'ends the caller’s own session',
  signOutEverywhere: 'ends the caller’s own sessions',
  createAccessToken: 'the caller’s own credential: listed, with its dates, under Access tokens',
  revokeAccessToken: 'the caller’s own credential: a revoked token stays listed with its date',
};

/** The caller as the trail names them (the CLI passes its own actor). */
export function actorOf(context: Pick<Context, 'caller'>): Actor {
  return { accountId: context.caller?.accountId ?? null, name: context.caller?.name ?? 'anonymous' };
}

export const ChangeRef = builder.objectRef<ChangeRecord>('Change').implement({
  description: 'One write: who made it, when, and the fields before and after (JSON text).',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at'),
    action: t.exposeString('action', {
      description: 'The mutation that made it, e.g. updateReferralStatus.',
    }),
    actorName: t.exposeString('actorName'),
    groupId: t.exposeID('groupId', { nullable: true }),
    targetId: t.exposeID('targetId', { nullable: true }),
    summary: t.exposeString('summary'),
    before: t.exposeString('before', { nullable: true, description: 'The changed fields as they were.' }),
    after: t.exposeString('after', { nullable: true, description: 'The changed fields as they are.' }),
  }),
});

builder.queryField('changes', (t) =>
  t.field({
    type: [ChangeRef],
    description:
      "A group's audit trail, newest first (without groupId: the shared catalogue's). Page with `before`.",
    authScopes: (_root, args) => (args.groupId ? { organiserOf: String(args.groupId) } : { admin: true }),
    args: {
      groupId: t.arg.id(),
      before: t.arg.string({
        description: 'Only changes before this instant (the `at` of the last one seen).',
        validate: z.iso.datetime({ offset: true, message: 'Use an instant like 2026-11-22T09:30:00Z' }),
      }),
      limit: t.arg.int({ defaultValue: 50, validate: z.number().int().min(1).max(200) }),
    },
    complexity: listSizedBy(50),
    resolve: (_root, args, context) =>
      changesOfGroup(context.db, {
        groupId: args.groupId ? String(args.groupId) : null,
        before: args.before ?? null,
        limit: args.limit ?? 50,
      }),
  }),
);
