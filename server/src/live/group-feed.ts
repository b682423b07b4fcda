// The live feed: each change committed to a group reaches every explorer open on that group within
// a moment (the groupChanged subscription, schema/live.ts, over server-sent events). One server
// process keeps the feed in memory; several processes behind a load balancer share it through
// Redis (REDIS_URL), each publishing the changes it commits and passing on those of the others.
import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { GraphQLError } from 'graphql';
import { Repeater } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { CommittedChange, Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';

/** What a live explorer is told: which group changed, by which kind of write, and when. */
export interface GroupChange {
  groupId: string;
  action: string;
  at: string;
}

/** A change as the feed carries it between processes: with the tab that made it, told to no one. */
interface Carried extends GroupChange {
  origin?: string;
}

/**
 * A stream ends after this long and the explorer opens a new one, so a caller signed out or
 * removed since stops hearing of the group within this time (the stream was allowed when opened).
 */
export const MAX_STREAM_MS = 15 * 60_000;
/**
 * Open streams per signed-in caller (an explorer uses one per tab), per address for anonymous
 * callers (who may share one: an office's NAT, a proxy without TRUST_PROXY), and in all, on one process.
 */
export const MAX_STREAMS_PER_CALLER = 20;
export const MAX_STREAMS_PER_ADDRESS = 100;
export const MAX_STREAMS = 2_000;

export interface GroupFeedOptions {
  /** Share the feed between server processes through this Redis (redis://host:6379). */
  redisUrl?: string;
  log?: Logger;
}

export function createGroupFeed({ redisUrl, log }: GroupFeedOptions = {}) {
  const clients = redisUrl ? [newRedis(redisUrl, log), newRedis(redisUrl, log)] : [];
  const [publishClient, subscribeClient] = clients;
  // Redis carries each change to every process; within one process an EventTarget does.
  const target =
    publishClient && subscribeClient
      ? createRedisEventTarget<CustomEvent<Carried>>({ publishClient, subscribeClient })
      : (new EventTarget() as ReturnType<typeof createRedisEventTarget<CustomEvent<Carried>>>);
  // One listener per open stream: more than ten on a group is a chapter at work, not a leak. The
  // streams are bounded (MAX_STREAMS), and so is the warning.
  if (target instanceof EventTarget) setMaxListeners(MAX_STREAMS, target);
  const open = new Map<string, number>();
  /** How to end each open stream (close() ends them all). */
  const streams = new Set<() => void>();

  return {
    /** Publishes each change committed through `db` that belongs to a group; returns the unfollow. */
    follow(db: Database): () => void {
      return db.onChangeCommitted((change: CommittedChange) => {
        if (!change.groupId) return;
        const detail: Carried = {
          groupId: change.groupId,
          action: change.action,
          at: new Date().toISOString(),
          ...(change.origin ? { origin: change.origin } : {}),
        };
        target.dispatchEvent(new CustomEvent(topicOf(change.groupId), { detail }));
      });
    },

    /**
     * The changes of one group from now on, until the caller goes away (yoga ends the stream),
     * MAX_STREAM_MS passes or the server stops. Listens at once, not when the stream is first read,
     * so a write committed just after the stream opened is not missed. Refuses a caller over their
     * limit, and anyone over MAX_STREAMS. The changes made by the stream's own tab (`tab`) are not
     * told: that tab reads again after its own writes.
     */
    changesOf(
      groupId: string,
      caller: { accountId: string } | { address: string },
      tab?: string,
    ): AsyncIterable<GroupChange> {
      const [callerKey, most] =
        'accountId' in caller
          ? [`account:${caller.accountId}`, MAX_STREAMS_PER_CALLER]
          : [`address:${caller.address}`, MAX_STREAMS_PER_ADDRESS];
      if ((open.get(callerKey) ?? 0) >= most)
        throw new GraphQLError(
          `${'accountId' in caller ? 'You have' : 'Your address has'} ${most} live connections open already: close some explorer tabs`,
          { extensions: { code: 'TOO_MANY_STREAMS' } },
        );
      if (streams.size >= MAX_STREAMS)
        throw new GraphQLError('The server has no room for another live connection: try again later', {
          extensions: { code: 'TOO_MANY_STREAMS', http: { status: 503 } },
        });

      const topic = topicOf(groupId);
      const waiting: GroupChange[] = [];
      let wake = () => {};
      let ended = false;
      const listener = (event: CustomEvent<Carried>) => {
        const { origin, ...change } = event.detail;
        if (tab && origin === tab) return;
        waiting.push(change);
        wake();
      };
      const end = () => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        target.removeEventListener(topic, listener);
        streams.delete(end);
        const left = (open.get(callerKey) ?? 1) - 1;
        if (left) open.set(callerKey, left);
        else open.delete(callerKey);
        wake();
      };
      // Also ends a stream that yoga never started reading.
      const timer = setTimeout(end, MAX_STREAM_MS);
      target.addEventListener(topic, listener);
      open.set(callerKey, (open.get(callerKey) ?? 0) + 1);
      streams.add(end);

      return new Repeater<GroupChange>(async (push, stop) => {
        stop.then(end);
        while (!ended) {
          const change = waiting.shift();
          if (change) await push(change);
          else
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
        }
      });
    },

    /** Resolves once the feed can carry changes: at once in memory, or when both Redis clients are ready. */
    ready(): Promise<void> {
      return Promise.all(
        clients.map((client) =>
          client.status === 'ready'
            ? undefined
            : new Promise<void>((resolve) => {
                client.once('ready', () => resolve());
              }),
        ),
      ).then(() => undefined);
    },

    /** How the feed travels, for logs and diagnostics: in memory, or each Redis client's state. */
    describe(): string {
      return clients.length
        ? `Redis: publish ${publishClient?.status}, subscribe ${subscribeClient?.status}`
        : 'in memory';
    },

    /** Ends every open stream (their explorers reconnect to another server) and leaves Redis. */
    async close(): Promise<void> {
      for (const end of [...streams]) end();
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}

const topicOf = (groupId: string) => `groupChanged:${groupId}`;

export type GroupFeed = ReturnType<typeof createGroupFeed>;

function newRedis(url: string, log: Logger | undefined): Redis {
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  // Without a listener an unreachable Redis would be an unhandled 'error' event; say it once a while.
  let lastSaid = 0;
  client.on('error', (error: Error) => {
    if (Date.now() - lastSaid < 30_000) return;
    lastSaid = Date.now();
    log?.error(
      { err: error },
      'Redis (the live feed) is not answering: explorers get no live updates until it does',
    );
  });
  return client;
}
