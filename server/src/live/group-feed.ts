// The live feed: each change committed to a group reaches every explorer open on that group within
// a moment (the groupChanged subscription, schema/live.ts, over server-sent events). One server
// process keeps the feed in memory; several processes behind a load balancer share it through
// Redis (REDIS_URL), each publishing the changes it commits and passing on those of the others.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { GraphQLError } from 'graphql';
import { createPubSub, Repeater } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { CommittedChange, Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';

/** What a live explorer is told: which group changed, by which kind of write, and when. */
export interface GroupChange {
  groupId: string;
  action: string;
  at: string;
}

/**
 * A stream ends after this long and the explorer opens a new one, so a caller signed out or
 * removed since stops hearing of the group within this time (the stream was allowed when opened).
 */
export const MAX_STREAM_MS = 15 * 60_000;
/** Open streams per caller (an explorer uses one per tab), and in all, on one process. */
export const MAX_STREAMS_PER_CALLER = 20;
export const MAX_STREAMS = 2_000;

type Events = { groupChanged: [groupId: string, change: GroupChange] };

export interface GroupFeedOptions {
  /** Share the feed between server processes through this Redis (redis://host:6379). */
  redisUrl?: string;
  log?: Logger;
}

export function createGroupFeed({ redisUrl, log }: GroupFeedOptions = {}) {
  const clients = redisUrl ? [newRedis(redisUrl, log), newRedis(redisUrl, log)] : [];
  const [publishClient, subscribeClient] = clients;
  const pubsub = createPubSub<Events>(
    publishClient && subscribeClient
      ? { eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) }
      : {},
  );
  const open = new Map<string, number>();
  /** Each open stream's end: close() waits for them before it leaves Redis. */
  const ending = new Set<Promise<void>>();
  const stopping = new AbortController();

  return {
    /** Publishes each change committed through `db` that belongs to a group; returns the unfollow. */
    follow(db: Database): () => void {
      return db.onChangeCommitted((change: CommittedChange) => {
        if (!change.groupId) return;
        const event = { groupId: change.groupId, action: change.action, at: new Date().toISOString() };
        pubsub.publish('groupChanged', change.groupId, event);
      });
    },

    /**
     * The changes of one group from now on, until the caller goes away (yoga ends the stream), MAX_STREAM_MS passes or
     * the server stops. Refuses a caller over MAX_STREAMS_PER_CALLER, and anyone over MAX_STREAMS.
     */
    changesOf(groupId: string, callerKey: string): AsyncIterable<GroupChange> {
      if ((open.get(callerKey) ?? 0) >= MAX_STREAMS_PER_CALLER)
        throw new GraphQLError(
          `You have ${MAX_STREAMS_PER_CALLER} live connections open already: close some explorer tabs`,
          { extensions: { code: 'TOO_MANY_STREAMS' } },
        );
      if (ending.size >= MAX_STREAMS)
        throw new GraphQLError('The server has no room for another live connection: try again later', {
          extensions: { code: 'TOO_MANY_STREAMS', http: { status: 503 } },
        });
      open.set(callerKey, (open.get(callerKey) ?? 0) + 1);
      const changes = pubsub.subscribe('groupChanged', groupId);
      return new Repeater<GroupChange>(async (push, stop) => {
        const timer = setTimeout(stop, MAX_STREAM_MS);
        stopping.signal.addEventListener('abort', () => stop(), { once: true });
        stop.then(() => changes.return?.());
        const ended = (async () => {
          for await (const change of changes) await push(change);
        })();
        const settled = ended.then(
          () => undefined,
          () => undefined,
        );
        ending.add(settled);
        try {
          await ended;
        } finally {
          clearTimeout(timer);
          stop();
          ending.delete(settled);
          const left = (open.get(callerKey) ?? 1) - 1;
          if (left) open.set(callerKey, left);
          else open.delete(callerKey);
        }
      });
    },

    /** Ends every open stream (their explorers reconnect to another server) and leaves Redis. */
    async close(): Promise<void> {
      stopping.abort();
      await Promise.all(ending);
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}

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
