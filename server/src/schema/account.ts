// Sign-in (DESIGN.md §6b): who is signed in, password sign-in and sign-out, invitations, access
// tokens for scripts, and the demo picker. The rules live in auth/accounts.ts; these resolvers
// call it and set or clear the session cookie.

import { accessTokenDays, accessTokenName, newPassword, signInPassword } from '@powergroups/rules';
import { z } from 'zod';
import {
  AccountError,
  acceptInvitationWithPassword,
  checkPassword,
  inviteMember,
  issueAccessToken,
  revokeToken,
  startSession,
} from '../auth/accounts.ts';
import { clearedSessionCookie, sessionCookie } from '../auth/cookies.ts';
import { sessionCaller } from '../auth/identify.ts';
import {
  type AccessTokenRecord,
  accessTokensOf,
  callerBySession,
  demoAccountOfMember,
  demoAccounts,
  endAllSessions,
  endSession,
  openInvitation,
} from '../db/auth-repo.ts';
import { actorOf } from './audit.ts';
import { builder } from './builder.ts';
import type { Caller, Context } from './context.ts';
import { invalid, MUTATION_ERRORS, NotFoundError, SignInFailedError } from './errors.ts';
import { GroupRef } from './group.ts';
import { heldMembers, MemberRef, MemberRole } from './member.ts';

const SignInMethod = builder.enumType('SignInMethod', {
  values: { SESSION: { value: 'session' }, TOKEN: { value: 'token' }, DEMO: { value: 'demo' } } as const,
});

const TokenScope = builder.enumType('TokenScope', {
  description: 'READ tokens can ask anything the account may see; only WRITE tokens can change data.',
  values: { READ: { value: 'read' }, WRITE: { value: 'write' } } as const,
});

const ViewerRef = builder.objectRef<Caller>('Viewer').implement({
  description: 'Whoever is signed in: their account, member and groups.',
  fields: (t) => ({
    accountId: t.exposeID('accountId'),
    name: t.exposeString('name'),
    admin: t.exposeBoolean('admin', {
      description: 'The instance admin: edits the shared industry catalogue.',
    }),
    via: t.expose('via', { type: SignInMethod }),
    scope: t.expose('scope', { type: TokenScope }),
    member: t.field({
      type: MemberRef,
      nullable: true,
      resolve: heldMembers.maybeNamed((caller) => caller.memberId),
    }),
    memberOf: t.expose('memberOf', { type: [GroupRef] }),
    organiserOf: t.expose('organiserOf', { type: [GroupRef] }),
  }),
});

const InvitationPreviewRef = builder
  .objectRef<{
    name: string;
    email: string | null;
    groupName: string | null;
    hasPassword: boolean;
    expiresAt: string;
  }>('InvitationPreview')
  .implement({
    description: 'Whom an invitation link is for, shown on the page where they set their password.',
    fields: (t) => ({
      name: t.exposeString('name'),
      email: t.exposeString('email', { nullable: true }),
      groupName: t.exposeString('groupName', { nullable: true }),
      resetsPassword: t.exposeBoolean('hasPassword', {
        description: 'The account has a password: this link replaces it.',
      }),
      expiresAt: t.exposeString('expiresAt'),
    }),
  });

const InvitationRef = builder
  .objectRef<{ link: string; email: string; name: string; expiresAt: Date }>('Invitation')
  .implement({
    description: 'A single-use sign-in link, shown once: only its hash is kept.',
    fields: (t) => ({
      link: t.exposeString('link'),
      email: t.exposeString('email', { description: 'What the member signs in with.' }),
      name: t.exposeString('name'),
      expiresAt: t.string({ resolve: (invitation) => invitation.expiresAt.toISOString() }),
    }),
  });

const AccessTokenRef = builder.objectRef<AccessTokenRecord>('AccessToken').implement({
  description: 'A personal access token for scripts (the secret itself is shown once, at creation).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    scope: t.expose('scope', { type: TokenScope }),
    createdAt: t.exposeString('createdAt'),
    expiresAt: t.exposeString('expiresAt'),
    lastUsedAt: t.exposeString('lastUsedAt', { nullable: true, description: 'To the hour.' }),
    expired: t.exposeBoolean('expired'),
  }),
});

const NewAccessTokenRef = builder
  .objectRef<{ token: string; accessToken: AccessTokenRecord }>('NewAccessToken')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', {
        description: 'Send it as `Authorization: Bearer <token>`. Shown this once: copy it now.',
      }),
      accessToken: t.expose('accessToken', { type: AccessTokenRef }),
    }),
  });

const DemoAccountRef = builder
  .objectRef<{ memberId: string; label: string; role: 'MEMBER' | 'ORGANISER'; groupId: string }>(
    'DemoAccount',
  )
  .implement({
    description: 'A sample member to sign in as (demoSignIn), in the demo only.',
    fields: (t) => ({
      memberId: t.exposeID('memberId'),
      label: t.exposeString('label'),
      role: t.expose('role', { type: MemberRole }),
      groupId: t.exposeID('groupId'),
    }),
  });

/** Starts a session, sets its cookie, and answers with the new caller. */
async function signInAs(context: Context, accountId: string): Promise<Caller> {
  const session = await startSession(context.db, accountId, context.auth.sessionDays);
  context.setCookie(sessionCookie(cookieSettings(context), session.token, session.expiresAt));
  const record = await callerBySession(context.db, session.token);
  if (!record) throw new Error(`The session just started for ${accountId} was not found`);
  const caller = sessionCaller(record);
  context.caller = caller;
  context.sessionToken = session.token;
  return caller;
}

const cookieSettings = (context: Context) => ({ secure: context.auth.publicUrl.startsWith('https:') });

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    // Only present and not absurd: a sign-in with a wrong address is refused by the sign-in itself.
    email: t.string({ required: true, validate: z.string().trim().min(1, 'Enter your email').max(320) }),
    password: t.string({ required: true, validate: signInPassword }),
  }),
});

const AcceptInvitationInput = builder.inputType('AcceptInvitationInput', {
  fields: (t) => ({
    token: t.string({ required: true, validate: z.string().min(1).max(200) }),
    password: t.string({ required: true, validate: newPassword }),
  }),
});

const CreateAccessTokenInput = builder.inputType('CreateAccessTokenInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      description: 'What the token is for, e.g. "weekly report".',
      validate: accessTokenName,
    }),
    expiresInDays: t.int({
      description: 'Default 90; at most 365.',
      validate: accessTokenDays,
    }),
    scope: t.field({ type: TokenScope, description: 'Default READ.' }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    nullable: true,
    description: 'Who is signed in (null when anonymous).',
    authScopes: { public: true },
    resolve: (_root, _args, context) => context.caller,
  }),
  invitation: t.field({
    type: InvitationPreviewRef,
    nullable: true,
    description: 'Whom an invitation link is for; null when the link is unknown, used or expired.',
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true, validate: z.string().min(1).max(200) }) },
    resolve: (_root, args, context) => openInvitation(context.db, args.token),
  }),
  demoAccounts: t.field({
    type: [DemoAccountRef],
    description: 'Sample members to sign in as with demoSignIn: in the demo only, empty otherwise.',
    authScopes: { public: true },
    resolve: async (_root, _args, context) => {
      if (!context.demoMode) return [];
      const accounts = await demoAccounts(context.db);
      return accounts.map((account) => ({
        memberId: account.memberId,
        label: `${account.name}${account.industryName ? ` — ${account.industryName}` : ''}`,
        role: account.role,
        groupId: account.groupId,
      }));
    },
  }),
  accessTokens: t.field({
    type: [AccessTokenRef],
    description: 'Your access tokens that are not revoked (expired ones marked), newest first.',
    authScopes: { session: true },
    resolve: (_root, _args, context) => accessTokensOf(context.db, context.caller?.accountId ?? ''),
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: ViewerRef,
    description:
      'Signs in with email and password and sets the session cookie. Limited per email and per address.',
    authScopes: { public: true },
    errors: { types: [SignInFailedError, ...MUTATION_ERRORS] },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const accountId = await checkPassword(context.db, input.email, input.password);
      if (!accountId) {
        context.log.info({ address: context.clientAddress }, 'sign-in refused');
        throw new SignInFailedError();
      }
      return signInAs(context, accountId);
    },
  }),
  acceptInvitation: t.field({
    type: ViewerRef,
    description: 'Sets the password of an invited account (the link works once) and signs in.',
    authScopes: { public: true },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const accountId = await acceptInvitationWithPassword(context.db, input.token, input.password);
      if (!accountId) {
        throw invalid(
          ['input', 'token'],
          'This invitation link is used up or has expired: ask your organiser for a new one',
        );
      }
      return signInAs(context, accountId);
    },
  }),
  demoSignIn: t.field({
    type: ViewerRef,
    description: 'Signs in as a sample member: only in the demo (the sample on the bundled Neo4j, loopback).',
    authScopes: { demoMode: true },
    errors: { types: MUTATION_ERRORS },
    args: { memberId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const accountId = await demoAccountOfMember(context.db, String(args.memberId));
      if (!accountId) throw new NotFoundError('demo member', String(args.memberId));
      return signInAs(context, accountId);
    },
  }),
  signOut: t.field({
    type: 'Boolean',
    description: 'Ends this browser session and clears its cookie.',
    authScopes: { session: true },
    errors: { types: MUTATION_ERRORS },
    resolve: async (_root, _args, context) => {
      if (context.sessionToken) await endSession(context.db, context.sessionToken);
      context.setCookie(clearedSessionCookie(cookieSettings(context)));
      return true;
    },
  }),
  signOutEverywhere: t.field({
    type: 'Int',
    description: 'Ends every browser session of your account (access tokens stay: revoke those one by one).',
    authScopes: { session: true },
    errors: { types: MUTATION_ERRORS },
    resolve: async (_root, _args, context) => {
      const ended = await endAllSessions(context.db, context.caller?.accountId ?? '');
      context.setCookie(clearedSessionCookie(cookieSettings(context)));
      return ended;
    },
  }),
  createInvitation: t.field({
    type: InvitationRef,
    description:
      'A single-use link for a member of your group to set a password (expires after INVITATION_DAYS); ' +
      'not for one who has set a password (a forgotten one is reset with `pnpm admin invite`).',
    authScopes: (_root, args) => ({ organiserOfMember: String(args.memberId) }),
    errors: { types: MUTATION_ERRORS },
    args: { memberId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      try {
        return await inviteMember(context.db, {
          memberId: String(args.memberId),
          invitedBy: context.caller?.accountId ?? null,
          settings: context.auth,
          actor: actorOf(context),
        });
      } catch (error) {
        if (error instanceof AccountError) throw invalid([error.field ?? 'memberId'], error.message);
        throw error;
      }
    },
  }),
  createAccessToken: t.field({
    type: NewAccessTokenRef,
    description: 'A personal access token for scripts; the secret is in the answer, and only there.',
    authScopes: { session: true },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const created = await issueAccessToken(context.db, {
        accountId: context.caller?.accountId ?? '',
        name: input.name,
        scope: input.scope ?? 'read',
        days: input.expiresInDays ?? 90,
      });
      return { token: created.token, accessToken: created.record };
    },
  }),
  revokeAccessToken: t.field({
    type: 'ID',
    description: 'Revokes one of your access tokens: it stops working at once.',
    authScopes: (_root, args) => ({ $all: { session: true, ownAccessToken: String(args.id) } }),
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = String(args.id);
      if (!(await revokeToken(context.db, id, context.caller?.accountId ?? null))) {
        throw new NotFoundError('access token', id);
      }
      return id;
    },
  }),
}));
