// Sign-in as the GraphQL resolvers and the `pnpm admin` CLI both need it: passwords, sessions,
// invitations, access tokens and the first organiser. Statements live in db/auth-repo.ts; this
// module holds the rules (normalised emails, single-use links, secrets shown once).

import { randomUUID } from 'node:crypto';
import { type Actor, recordChange } from '../db/audit-repo.ts';
import {
  type AccessTokenRecord,
  acceptInvitation,
  accessTokenOwner,
  accountByEmail,
  accountForSignIn,
  accountOfMember,
  adminExists,
  createAccessToken,
  createAccount,
  createGroupIfMissing,
  createInvitation,
  createOrganiserMember,
  createSession,
  endAllSessions,
  groupMemberByEmail,
  groupName,
  makeOrganiser,
  memberForInvitation,
  revokeAccessToken,
  setAdmin,
  type TokenScope,
} from '../db/auth-repo.ts';
import type { Database, Tx } from '../db/database.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { newAuthId, newSecret } from './secrets.ts';

export interface AuthSettings {
  /** Where people open the explorer; invitation links start with it (no trailing slash). */
  publicUrl: string;
  sessionDays: number;
  invitationDays: number;
}

/** A refusal the caller can act on; `field` names the input it is about, when there is one. */
export class AccountError extends Error {
  override name = 'AccountError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The page of the explorer that takes an invitation: the secret travels in the fragment, which no server or log sees. */
export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/invite#${token}`;

/** The account whose email and password these are, or null (the same answer, and time, for either mistake). */
export async function checkPassword(db: Database, email: string, password: string): Promise<string | null> {
  const account = await accountForSignIn(db, normaliseEmail(email));
  const ok = await verifyPassword(account?.passwordHash ?? null, password);
  return ok && account ? account.accountId : null;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function startSession(db: Database, accountId: string, days: number): Promise<NewSession> {
  const token = newSecret('session');
  const expiresAt = await createSession(db, { accountId, token, days });
  return { token, expiresAt: new Date(expiresAt) };
}

/** The audit trail's name for `pnpm admin` and other commands run by the server's operator. */
export const OPERATOR: Actor = { accountId: null, name: 'the server’s operator (pnpm admin)' };

export interface Invitation {
  link: string;
  /** The email the invitee will sign in with. */
  email: string;
  name: string;
  expiresAt: Date;
}

/**
 * An invitation for a member: creates their account (its email is the member's) if they have none,
 * and a single-use link that lets them set a password. Inviting again replaces the last link.
 * Whoever makes the link sees it, so only `reset` (the server's operator: `pnpm admin invite`) may
 * make one for an account that has a password already, or for the instance admin: an organiser's
 * link would otherwise let them take over that account.
 */
export async function inviteMember(
  db: Database,
  {
    memberId,
    invitedBy,
    settings,
    reset = false,
    actor = OPERATOR,
  }: {
    memberId: string;
    invitedBy: string | null;
    settings: AuthSettings;
    reset?: boolean;
    /** who the audit trail names (the explorer's caller, or the operator's command) */
    actor?: Actor;
  },
): Promise<Invitation> {
  const token = newSecret('invitation');
  return db.writeTransaction(async (tx) => {
    const member = await memberForInvitation(tx, memberId);
    if (!member) throw new AccountError(`No member with id "${memberId}"`, 'memberId');
    let account = await accountOfMember(tx, memberId);
    if (!account) {
      if (!member.email) {
        throw new AccountError(
          `${member.name} has no email address: add one first (they sign in with it)`,
          'memberId',
        );
      }
      const email = normaliseEmail(member.email);
      if (await accountByEmail(tx, email)) {
        throw new AccountError(
          `Another account already signs in with ${email}: give ${member.name} their own email`,
          'memberId',
        );
      }
      account = { accountId: newAuthId('acc'), email, memberId, admin: false, hasPassword: false };
      await createAccount(tx, { id: account.accountId, email, memberId, admin: false });
    }
    if (!account.email)
      throw new AccountError(`${member.name} is a demo identity: it takes no invitation`, 'memberId');
    if (!reset && (account.hasPassword || account.admin)) {
      throw new AccountError(
        `${member.name} has ${account.admin ? 'the instance admin’s account' : 'set a password already'}: ` +
          'they sign in with it; a forgotten password is reset by the server’s operator (`pnpm admin invite`)',
        'memberId',
      );
    }
    const expiresAt = await createInvitation(tx, {
      accountId: account.accountId,
      token,
      days: settings.invitationDays,
      invitedBy,
    });
    await recordChange(tx, {
      action: 'createInvitation',
      actor,
      groupId: member.groupId,
      targetId: memberId,
      summary: `${member.name} was invited to sign in${reset ? ' (a password reset)' : ''}`,
    });
    return {
      link: invitationLink(settings.publicUrl, token),
      email: account.email,
      name: member.name,
      expiresAt: new Date(expiresAt),
    };
  });
}

/** Uses the invitation up and sets the password; every earlier session of the account ends. */
export async function acceptInvitationWithPassword(
  db: Database,
  token: string,
  password: string,
): Promise<string | null> {
  const passwordHash = await hashPassword(password);
  return db.writeTransaction(async (tx) => {
    const accountId = await acceptInvitation(tx, token, passwordHash);
    if (accountId) await endAllSessions(tx, accountId);
    return accountId;
  });
}

export interface NewAccessToken {
  /** The secret, shown once: only its hash is kept. */
  token: string;
  record: AccessTokenRecord;
}

export async function issueAccessToken(
  db: Database,
  request: { accountId: string; name: string; scope: TokenScope; days: number },
): Promise<NewAccessToken> {
  const token = newSecret('token');
  const record = await createAccessToken(db, { ...request, id: newAuthId('tok'), token });
  return { token, record };
}

/** Revokes a token, only the owner's own when `ownerId` is given; false when there was none to revoke. */
export async function revokeToken(db: Database, id: string, ownerId: string | null): Promise<boolean> {
  if (ownerId && (await accessTokenOwner(db, id)) !== ownerId) return false;
  return revokeAccessToken(db, id);
}

export interface CreateOrganiserRequest {
  groupId: string;
  /** Needed when the group does not exist yet. */
  groupName?: string;
  region?: string;
  meetingDay?: string;
  email: string;
  /** Needed when no member of the group has this email yet. */
  name?: string;
  company?: string;
  industryId?: string;
  /** Make the account the instance admin; the first organiser becomes admin anyway. */
  admin?: boolean;
}

export interface CreatedOrganiser extends Invitation {
  groupId: string;
  groupName: string;
  memberId: string;
  createdGroup: boolean;
  createdMember: boolean;
  admin: boolean;
}

/**
 * First run (and later ones): the group if it is missing, its organiser (an existing member with
 * that email, made organiser, or a new one), their account, admin rights for the first account
 * when there is no admin yet, and a one-time sign-in link to set a password.
 */
export async function createOrganiser(
  db: Database,
  request: CreateOrganiserRequest,
  settings: AuthSettings,
): Promise<CreatedOrganiser> {
  const email = normaliseEmail(request.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AccountError(`"${request.email}" is not an email address`, 'email');
  const result = await db.writeTransaction(async (tx) => {
    const existingGroup = await groupName(tx, request.groupId);
    if (!existingGroup && !request.groupName) {
      throw new AccountError(`No group "${request.groupId}": give --group-name to create it`, 'groupName');
    }
    const name =
      existingGroup ??
      (await createGroupIfMissing(tx, {
        id: request.groupId,
        name: request.groupName ?? request.groupId,
        region: request.region ?? null,
        meetingDay: request.meetingDay ?? null,
      }));
    let member = await groupMemberByEmail(tx, request.groupId, email);
    const createdMember = !member;
    if (member) await makeOrganiser(tx, member.id, request.groupId);
    else {
      if (!request.name) {
        throw new AccountError(
          `No member of ${name} has the email ${email}: give --name to add them`,
          'name',
        );
      }
      member = { id: `mem-${randomUUID()}`, name: request.name };
      await createOrganiserMember(tx, {
        id: member.id,
        groupId: request.groupId,
        name: request.name,
        email,
        company: request.company ?? null,
        industryId: request.industryId ?? null,
      });
    }
    const admin = Boolean(request.admin) || !(await adminExists(tx));
    await ensureAccount(tx, { memberId: member.id, email, admin });
    return {
      groupId: request.groupId,
      groupName: name,
      memberId: member.id,
      createdGroup: !existingGroup,
      createdMember,
      admin,
    };
  });
  const invitation = await inviteMember(db, {
    memberId: result.memberId,
    invitedBy: null,
    settings,
    reset: true,
  });
  return { ...result, ...invitation };
}

/** An instance admin with no member (or an existing account made admin), with a link to set a password. */
export async function createAdmin(
  db: Database,
  rawEmail: string,
  settings: AuthSettings,
): Promise<Invitation> {
  const email = normaliseEmail(rawEmail);
  const token = newSecret('invitation');
  return db.writeTransaction(async (tx) => {
    let account = await accountByEmail(tx, email);
    if (account) await setAdmin(tx, account.accountId, true);
    else {
      account = { accountId: newAuthId('acc'), email, memberId: null, admin: true, hasPassword: false };
      await createAccount(tx, { id: account.accountId, email, memberId: null, admin: true });
    }
    const expiresAt = await createInvitation(tx, {
      accountId: account.accountId,
      token,
      days: settings.invitationDays,
      invitedBy: null,
    });
    return {
      link: invitationLink(settings.publicUrl, token),
      email,
      name: email,
      expiresAt: new Date(expiresAt),
    };
  });
}

async function ensureAccount(
  tx: Tx,
  wanted: { memberId: string; email: string; admin: boolean },
): Promise<void> {
  const existing = await accountOfMember(tx, wanted.memberId);
  if (existing) {
    if (wanted.admin && !existing.admin) await setAdmin(tx, existing.accountId, true);
    return;
  }
  const other = await accountByEmail(tx, wanted.email);
  if (other) throw new AccountError(`Another account already signs in with ${wanted.email}`, 'email');
  await createAccount(tx, {
    id: newAuthId('acc'),
    email: wanted.email,
    memberId: wanted.memberId,
    admin: wanted.admin,
  });
}
