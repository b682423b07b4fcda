// Who a session or access token identifies, remembered for a few seconds so a burst of reads (the
// explorer opens a group with several questions at once; a script pages through a list) asks the
// database once. Never at the cost of revocation:
//
//   - only reads reuse it: a request that carries a mutation always identifies its caller afresh;
//   - every mutation this server runs forgets everything remembered, once it is done (signing
//     out, revoking a token, removing a member, changing a role all are mutations), so on this
//     server a revocation counts from the next request on;
//   - a revocation made elsewhere (`pnpm admin`, another instance of the server) counts after
//     IDENTITY_REUSE_MS at most;
//   - only a token that identified someone is remembered (an unknown one is looked up each time),
//     under its SHA-256, never the token itself.
import { type DocumentNode, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type CallerRecord, hashToken } from '../db/auth-repo.ts';

/** How long a token's caller may be reused for reads. */
export const IDENTITY_REUSE_MS = 5_000;
/** A bound on memory: past this many remembered tokens, all are forgotten. */
const MOST_REMEMBERED = 10_000;

export class IdentityCache {
  readonly #remembered = new Map<string, { record: CallerRecord; until: number }>();
  #forgotten = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** The caller the token identified less than IDENTITY_REUSE_MS ago, if any. */
  get(kind: 'session' | 'token', token: string): CallerRecord | null {
    const key = `${kind}:${hashToken(token)}`;
    const entry = this.#remembered.get(key);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.#remembered.delete(key);
      return null;
    }
    return entry.record;
  }

  /** Taken before a lookup and handed to remember: a lookup that a write overtook is not remembered. */
  get generation(): number {
    return this.#forgotten;
  }

  remember(kind: 'session' | 'token', token: string, record: CallerRecord, generation: number): void {
    if (generation !== this.#forgotten) return;
    if (this.#remembered.size >= MOST_REMEMBERED) this.#remembered.clear();
    this.#remembered.set(`${kind}:${hashToken(token)}`, { record, until: this.now() + IDENTITY_REUSE_MS });
  }

  /** After any write: sessions, tokens, roles or memberships may have changed. */
  forgetAll(): void {
    this.#forgotten++;
    this.#remembered.clear();
  }
}

/**
 * Whether a request is a read that may reuse a remembered caller: its document does not contain
 * the word "mutation" anywhere (cautious: a query that merely mentions it identifies afresh).
 */
export function isPlainRead(query: unknown): boolean {
  return typeof query === 'string' && !/mutation/i.test(query);
}

/** Forgets every remembered caller once a request that is not a plain read has been answered. */
export function useForgetIdentitiesAfterWrites(identities: IdentityCache): Plugin {
  return {
    onExecute({ args }) {
      const document = args.document as DocumentNode;
      const writes = document.definitions.some(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== 'query',
      );
      if (writes) return { onExecuteDone: () => identities.forgetAll() };
    },
  };
}
