// Who is asking. Scripts send `Authorization: Bearer <access token>`; the explorer sends its
// session cookie. A token that is unknown, expired or revoked is a 401 (a script should stop and
// say so); a session cookie that is no longer valid makes the request anonymous and is cleared.
// Demo identities count only while the server runs in demo mode.
import { createGraphQLError } from 'graphql-yoga';
import {
  type CallerRecord,
  callerByAccessToken,
  callerBySession,
  markAccessTokenUsed,
} from '../db/auth-repo.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { Caller } from '../schema/context.ts';
import { type CookieSettings, readCookie, sessionCookieName } from './cookies.ts';
import type { IdentityCache } from './identity-cache.ts';

export interface Identified {
  caller: Caller | null;
  /** The session token that identified the caller. */
  sessionToken: string | null;
  /** A session cookie came that identifies nobody: the response clears it. */
  staleCookie: boolean;
}

const unauthenticated = (message: string) =>
  createGraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

function toCaller(record: CallerRecord, via: Caller['via']): Caller {
  return {
    accountId: record.accountId,
    memberId: record.memberId,
    name: record.name,
    memberOf: record.memberOf,
    organiserOf: record.organiserOf,
    admin: record.admin,
    via,
    scope: record.scope,
  };
}

/** Whom a session identifies (a demo sign-in is a session too, told apart). */
export const sessionCaller = (record: CallerRecord): Caller =>
  toCaller(record, record.demo ? 'demo' : 'session');

/**
 * `reuse`: a cache of recent identities (auth/identity-cache.ts), given only for a request that
 * may use it (a plain read).
 */
export async function identify(
  request: Request,
  {
    db,
    log,
    demoMode,
    cookies,
    reuse,
  }: { db: Database; log: Logger; demoMode: boolean; cookies: CookieSettings; reuse?: IdentityCache },
): Promise<Identified> {
  const header = request.headers.get('authorization');
  if (header) {
    const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <access token>"');
    const remembered = reuse?.get('token', token);
    if (remembered) return { caller: toCaller(remembered, 'token'), sessionToken: null, staleCookie: false };
    const generation = reuse?.generation ?? 0;
    const record = await callerByAccessToken(db, token);
    if (!record || (record.demo && !demoMode)) {
      throw unauthenticated(
        'Unknown, expired or revoked access token: create a new one (explorer → Access tokens, or `pnpm admin create-token`), or send no Authorization header',
      );
    }
    if (record.stale && record.tokenId) {
      const tokenId = record.tokenId;
      // Best effort, off the request's path: "last used" is a hint for people revoking tokens.
      markAccessTokenUsed(db, tokenId).catch((error: unknown) =>
        log.warn({ err: error, tokenId }, 'could not mark a token used'),
      );
    }
    reuse?.remember('token', token, record, generation);
    return { caller: toCaller(record, 'token'), sessionToken: null, staleCookie: false };
  }

  const token = readCookie(request.headers.get('cookie'), sessionCookieName(cookies));
  if (!token) return { caller: null, sessionToken: null, staleCookie: false };
  const remembered = reuse?.get('session', token);
  const generation = reuse?.generation ?? 0;
  const record = remembered ?? (await callerBySession(db, token));
  if (!record || (record.demo && !demoMode)) return { caller: null, sessionToken: null, staleCookie: true };
  if (!remembered) reuse?.remember('session', token, record, generation);
  return {
    caller: sessionCaller(record),
    sessionToken: token,
    staleCookie: false,
  };
}
