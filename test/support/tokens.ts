// How a test signs in as a member. The one place tests make tokens: when authentication changes
// (sessions, invitations), this file changes and the suites do not.
import { demoToken } from '@powergroups/server';
import { type ApiTokenRow, hashToken } from '@powergroups/server/test';

/** The bearer token a test sends to act as the member. */
export const tokenOf = (memberId: string): string => demoToken(memberId);

/** What the loader stores (loadGraph's `tokens`) so that the server accepts `tokenOf(memberId)`. */
export function storedTokens(memberIds: readonly string[], label: string): ApiTokenRow[] {
  return memberIds.map((memberId) => ({ memberId, hash: hashToken(tokenOf(memberId)), label }));
}
