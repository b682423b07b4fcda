// Accounts, sessions, access tokens, invitations and demo identities (statements in cypher/auth.ts).
// Secrets never reach the database: callers pass the token, and only its SHA-256 is stored or matched.
import { createHash } from 'node:crypto';
import {
  ACCEPT_INVITATION,
  ACCESS_TOKEN_OWNERS,
  ACCESS_TOKENS_OF_ACCOUNT,
  ACCOUNT_BY_EMAIL,
  ACCOUNT_FOR_SIGN_IN,
  ACCOUNT_OF_MEMBER,
  ADMIN_EXISTS,
  CALLER_BY_ACCESS_TOKEN_HASH,
  CALLER_BY_SESSION_HASH,
  CREATE_ACCESS_TOKEN,
  CREATE_ACCOUNT,
  CREATE_DEMO_ACCOUNTS,
  CREATE_GROUP_IF_MISSING,
  CREATE_INVITATION,
  CREATE_ORGANISER_MEMBER,
  CREATE_SESSION,
  DEMO_ACCOUNT_OF_MEMBER,
  DEMO_ACCOUNTS,
  END_ALL_SESSIONS,
  END_SESSION,
  GROUP_MEMBER_BY_EMAIL,
  GROUP_NAME,
  MAKE_ORGANISER,
  MARK_ACCESS_TOKEN_USED,
  MEMBER_FOR_INVITATION,
  OPEN_INVITATION,
  REMOVE_EXPIRED_SESSIONS,
  REMOVE_OPEN_INVITATIONS,
  REVOKE_ACCESS_TOKEN,
  SET_ADMIN,
} from './cypher/auth.ts';
import { type Database, int, type Tx } from './database.ts';

/** Tokens are stored as their SHA-256 only; this is the one place that hashes them. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type TokenScope = 'read' | 'write';

export interface CallerRecord {
  accountId: string;
  memberId: string | null;
  name: string;
  memberOf: string[];
  organiserOf: string[];
  admin: boolean;
  demo: boolean;
  scope: TokenScope;
  /** The access token that identified the caller (null for a session). */
  tokenId: string | null;
  /** The token was not marked as used in the last hour. */
  stale: boolean;
}

export async function callerBySession(db: Database, token: string): Promise<CallerRecord | null> {
  const [row] = await db.read<CallerRecord>(CALLER_BY_SESSION_HASH, { hash: hashToken(token) });
  return row ?? null;
}

export async function callerByAccessToken(db: Database, token: string): Promise<CallerRecord | null> {
  const [row] = await db.read<CallerRecord>(CALLER_BY_ACCESS_TOKEN_HASH, { hash: hashToken(token) });
  return row ?? null;
}

export async function markAccessTokenUsed(db: Database, id: string): Promise<void> {
  await db.write(MARK_ACCESS_TOKEN_USED, { id });
}

// ---- accounts ------------------------------------------------------------------------------------

export interface AccountRecord {
  accountId: string;
  email: string | null;
  memberId: string | null;
  admin: boolean;
  /** The account has a password (it has signed in before). */
  hasPassword: boolean;
}

/** The account that signs in with this (normalised) email, with its password hash; null if none. */
export async function accountForSignIn(
  db: Database,
  email: string,
): Promise<{ accountId: string; passwordHash: string | null } | null> {
  const [row] = await db.read<{ accountId: string; passwordHash: string | null }>(ACCOUNT_FOR_SIGN_IN, {
    email,
  });
  return row ?? null;
}

export async function accountByEmail(db: Database | Tx, email: string): Promise<AccountRecord | null> {
  const [row] = await runRead<AccountRecord>(db, ACCOUNT_BY_EMAIL, { email });
  return row ?? null;
}

export async function accountOfMember(db: Database | Tx, memberId: string): Promise<AccountRecord | null> {
  const [row] = await runRead<AccountRecord>(db, ACCOUNT_OF_MEMBER, { memberId });
  return row ?? null;
}

export async function createAccount(
  tx: Tx,
  account: { id: string; email: string; memberId: string | null; admin: boolean },
): Promise<void> {
  await tx.run(CREATE_ACCOUNT, account);
}

export async function setAdmin(db: Database | Tx, accountId: string, admin: boolean): Promise<boolean> {
  const rows = await runWrite<{ accountId: string }>(db, SET_ADMIN, { accountId, admin });
  return rows.length > 0;
}

export async function adminExists(db: Database | Tx): Promise<boolean> {
  const [row] = await runRead<{ exists: boolean }>(db, ADMIN_EXISTS, {});
  return row?.exists ?? false;
}

// ---- sessions ------------------------------------------------------------------------------------

/** Starts a session for the account (and clears its expired ones); returns when it expires. */
export async function createSession(
  db: Database,
  session: { accountId: string; token: string; days: number },
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    await tx.run(REMOVE_EXPIRED_SESSIONS, { accountId: session.accountId });
    const [row] = await tx.run<{ expiresAt: string }>(CREATE_SESSION, {
      accountId: session.accountId,
      hash: hashToken(session.token),
      days: int(session.days),
    });
    if (!row) throw new Error(`No account "${session.accountId}" to start a session for`);
    return row.expiresAt;
  });
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.write(END_SESSION, { hash: hashToken(token) });
}

export async function endAllSessions(db: Database | Tx, accountId: string): Promise<number> {
  const [row] = await runWrite<{ removed: number }>(db, END_ALL_SESSIONS, { accountId });
  return row?.removed ?? 0;
}

// ---- invitations ---------------------------------------------------------------------------------

/** A new invitation replaces the account's open one; returns when it expires. */
export async function createInvitation(
  tx: Tx,
  invitation: { accountId: string; token: string; days: number; invitedBy: string | null },
): Promise<string> {
  await tx.run(REMOVE_OPEN_INVITATIONS, { accountId: invitation.accountId });
  const [row] = await tx.run<{ expiresAt: string }>(CREATE_INVITATION, {
    accountId: invitation.accountId,
    hash: hashToken(invitation.token),
    days: int(invitation.days),
    invitedBy: invitation.invitedBy,
  });
  if (!row) throw new Error(`No account "${invitation.accountId}" to invite`);
  return row.expiresAt;
}

export interface OpenInvitationRecord {
  accountId: string;
  email: string | null;
  name: string;
  groupName: string | null;
  hasPassword: boolean;
  expiresAt: string;
}

export async function openInvitation(db: Database, token: string): Promise<OpenInvitationRecord | null> {
  const [row] = await db.read<OpenInvitationRecord>(OPEN_INVITATION, { hash: hashToken(token) });
  return row ?? null;
}

/** Sets the password and uses the invitation up; null when the link is unknown, used or expired. */
export async function acceptInvitation(tx: Tx, token: string, passwordHash: string): Promise<string | null> {
  const [row] = await tx.run<{ accountId: string }>(ACCEPT_INVITATION, {
    hash: hashToken(token),
    passwordHash,
  });
  return row?.accountId ?? null;
}

// ---- access tokens -------------------------------------------------------------------------------

export interface AccessTokenRecord {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  expired: boolean;
}

export async function createAccessToken(
  db: Database,
  token: { id: string; accountId: string; token: string; name: string; scope: TokenScope; days: number },
): Promise<AccessTokenRecord> {
  const [row] = await db.write<AccessTokenRecord>(CREATE_ACCESS_TOKEN, {
    id: token.id,
    accountId: token.accountId,
    hash: hashToken(token.token),
    name: token.name,
    scope: token.scope,
    days: int(token.days),
  });
  if (!row) throw new Error(`No account "${token.accountId}" to create a token for`);
  return row;
}

/** The account's tokens that are not revoked (expired ones too, marked), newest first. */
export function accessTokensOf(db: Database, accountId: string): Promise<AccessTokenRecord[]> {
  return db.read<AccessTokenRecord>(ACCESS_TOKENS_OF_ACCOUNT, { accountId });
}

/** The account owning each token, in the order asked (null for an unknown token): one statement. */
export async function accessTokenOwners(db: Database, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.read<{ tokenId: string; accountId: string }>(ACCESS_TOKEN_OWNERS, { ids });
  const ownerOf = new Map(rows.map((row) => [row.tokenId, row.accountId]));
  return ids.map((id) => ownerOf.get(id) ?? null);
}

export async function accessTokenOwner(db: Database, id: string): Promise<string | null> {
  const [owner] = await accessTokenOwners(db, [id]);
  return owner ?? null;
}

export async function revokeAccessToken(db: Database, id: string): Promise<boolean> {
  return (await db.write(REVOKE_ACCESS_TOKEN, { id })).length > 0;
}

// ---- demo identities -----------------------------------------------------------------------------

/** Demo accounts (no email, no password) for members that have no account yet. */
export async function createDemoAccounts(
  db: Database | Tx,
  rows: { id: string; memberId: string }[],
): Promise<number> {
  const [row] = await runWrite<{ created: number }>(db, CREATE_DEMO_ACCOUNTS, { rows });
  return row?.created ?? 0;
}

export async function demoAccountOfMember(db: Database, memberId: string): Promise<string | null> {
  const [row] = await db.read<{ accountId: string }>(DEMO_ACCOUNT_OF_MEMBER, { memberId });
  return row?.accountId ?? null;
}

export interface DemoAccountRecord {
  memberId: string;
  name: string;
  industryName: string | null;
  groupId: string;
  role: 'MEMBER' | 'ORGANISER';
}

export function demoAccounts(db: Database): Promise<DemoAccountRecord[]> {
  return db.read<DemoAccountRecord>(DEMO_ACCOUNTS);
}

// ---- members and groups, as sign-in needs them ---------------------------------------------------

export interface InviteeRecord {
  id: string;
  name: string;
  email: string | null;
  groupId: string | null;
}

export async function memberForInvitation(
  db: Database | Tx,
  memberId: string,
): Promise<InviteeRecord | null> {
  const [row] = await runRead<InviteeRecord>(db, MEMBER_FOR_INVITATION, { memberId });
  return row ?? null;
}

export async function groupName(db: Database | Tx, id: string): Promise<string | null> {
  const [row] = await runRead<{ name: string }>(db, GROUP_NAME, { id });
  return row?.name ?? null;
}

export async function createGroupIfMissing(
  tx: Tx,
  group: { id: string; name: string; region: string | null; meetingDay: string | null },
): Promise<string> {
  const [row] = await tx.run<{ name: string }>(CREATE_GROUP_IF_MISSING, group);
  return row?.name ?? group.name;
}

export async function groupMemberByEmail(
  db: Database | Tx,
  groupId: string,
  email: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await runRead<{ id: string; name: string }>(db, GROUP_MEMBER_BY_EMAIL, { groupId, email });
  return row ?? null;
}

export async function createOrganiserMember(
  tx: Tx,
  member: {
    id: string;
    groupId: string;
    name: string;
    email: string;
    company: string | null;
    industryId: string | null;
  },
): Promise<void> {
  await tx.run(CREATE_ORGANISER_MEMBER, member);
}

export async function makeOrganiser(tx: Tx, memberId: string, groupId: string): Promise<void> {
  await tx.run(MAKE_ORGANISER, { memberId, groupId });
}

// ---- helpers -------------------------------------------------------------------------------------

function runRead<T>(db: Database | Tx, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  return 'read' in db ? db.read<T>(cypher, params) : db.run<T>(cypher, params);
}

function runWrite<T>(db: Database | Tx, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  return 'write' in db ? db.write<T>(cypher, params) : db.run<T>(cypher, params);
}
