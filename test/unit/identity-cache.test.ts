// Reusing a caller's identity for a few seconds of reads must never outlive a revocation on this
// server, nor IDENTITY_REUSE_MS anywhere (auth/identity-cache.ts).
import { IDENTITY_REUSE_MS, IdentityCache, isPlainRead } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

const CALLER = {
  accountId: 'acc-1',
  memberId: 'mem-1',
  name: 'Aoife',
  memberOf: ['grp-1'],
  organiserOf: [],
  admin: false,
  demo: false,
  scope: 'write' as const,
  tokenId: null,
  stale: false,
};

function cacheAt(start = 1_000_000) {
  const clock = { now: start };
  return { clock, cache: new IdentityCache(() => clock.now) };
}

describe('the identity cache', () => {
  it('reuses a caller only within IDENTITY_REUSE_MS, and only for the same kind of token', () => {
    const { clock, cache } = cacheAt();
    cache.remember('session', 'secret', CALLER, cache.generation);
    expect(cache.get('session', 'secret')).toEqual(CALLER);
    expect(cache.get('token', 'secret')).toBeNull();
    expect(cache.get('session', 'another')).toBeNull();
    clock.now += IDENTITY_REUSE_MS - 1;
    expect(cache.get('session', 'secret')).toEqual(CALLER);
    clock.now += 1;
    expect(cache.get('session', 'secret')).toBeNull();
  });

  it('forgets everyone after a write, and does not remember a lookup that the write overtook', () => {
    const { cache } = cacheAt();
    cache.remember('token', 'secret', CALLER, cache.generation);
    const lookupStarted = cache.generation;
    cache.forgetAll();
    expect(cache.get('token', 'secret')).toBeNull();
    // A lookup begun before the write (say, a revocation) ends after it: its answer may be stale.
    cache.remember('token', 'secret', CALLER, lookupStarted);
    expect(cache.get('token', 'secret')).toBeNull();
    cache.remember('token', 'secret', CALLER, cache.generation);
    expect(cache.get('token', 'secret')).toEqual(CALLER);
  });

  it('lets only documents that cannot be a mutation reuse a caller', () => {
    expect(isPlainRead('query { viewer { name } }')).toBe(true);
    expect(isPlainRead('{ groups { id } }')).toBe(true);
    expect(isPlainRead('mutation { signOut { __typename } }')).toBe(false);
    expect(isPlainRead('query A { groups { id } } MUTATION B { signOut { __typename } }')).toBe(false);
    expect(isPlainRead(undefined)).toBe(false);
  });
});
