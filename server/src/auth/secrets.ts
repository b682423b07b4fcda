// Every secret the app hands out (session, invitation, access token) is 32 random bytes in
// base64url, with a prefix saying what it is (so a leaked one is recognised by secret scanners and
// people). Only its SHA-256 is stored (db/auth-repo.ts hashToken).
import { randomBytes, randomUUID } from 'node:crypto';

export type SecretKind = 'session' | 'invitation' | 'token';

const PREFIX: Record<SecretKind, string> = { session: 'pgs_', invitation: 'pgi_', token: 'pgt_' };

export function newSecret(kind: SecretKind): string {
  return `${PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
}

/** Ids of accounts and tokens: not secrets, but not guessable either. */
export const newAuthId = (prefix: 'acc' | 'tok') => `${prefix}-${randomUUID()}`;
