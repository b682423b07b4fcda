// How a test signs in as a member. The one place tests make tokens: when authentication changes
// (sessions, invitations), this file changes and the suites do not.
//
// Real personal access tokens: random (never derived from the member id), made once per member in
// this test process, stored by the loader (loadGraph's `tokens`) as read-write access tokens of the
// members' accounts, only as their SHA-256.
import { randomBytes } from 'node:crypto';
import { type ApiTokenRow, hashToken } from '@powergroups/server/test';

const issued = new Map<string, string>();

/** The bearer token a test sends to act as the member. */
export function tokenOf(memberId: string): string {
  let token = issued.get(memberId);
  if (!token) {
    token = `pgt_${randomBytes(32).toString('base64url')}`;
    issued.set(memberId, token);
  }
  return token;
}

/** What the loader stores (loadGraph's `tokens`) so that the server accepts `tokenOf(memberId)`. */
export function storedTokens(memberIds: readonly string[], label: string): ApiTokenRow[] {
  return memberIds.map((memberId) => ({ memberId, hash: hashToken(tokenOf(memberId)), label }));
}
