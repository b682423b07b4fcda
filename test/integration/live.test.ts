// Live: a write committed in a group reaches every stream open on that group (groupChanged over
// server-sent events), in one process and across two server processes sharing Redis; a write
// that is refused or rolled back reaches nobody; another group's streams hear nothing; the tab
// that made a change is spared it (it reads again after its own writes), on either server.
import { createGroupFeed, createLogger } from '@powergroups/server';
import { afterAll, describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';
import { type LiveStream, openStream } from '../support/live.ts';
import { startRedis } from '../support/redis.ts';
import { testApi, testDatabase } from '../support/server.ts';

const sample = useIsolatedSample('live');
const { idOf, tokenOf } = sample;

const GROUP = idOf('grp-harbour-professionals');
const OTHER_GROUP = idOf('grp-southside-connect');
const ACCOUNTANT = idOf('mem-colin-maguire');
const SOLICITOR = idOf('mem-bernadette-shaw');

const GROUP_CHANGED =
  'subscription ($groupId: ID!) { groupChanged(groupId: $groupId) { groupId action at } }';
const RECORD_REFERRAL = `mutation ($input: RecordReferralInput!) {
  recordReferral(input: $input) { __typename ... on Error { message } }
}`;

type Event = {
  data?: { groupChanged: { groupId: string; action: string | null; at: string } };
  errors?: { message: string }[];
};

const opened: LiveStream<Event>[] = [];
afterAll(() => {
  for (const stream of opened) stream.close();
});

async function listen(
  api: { yoga: Parameters<typeof openStream>[0] },
  groupId: string,
  token?: string,
  tab?: string,
) {
  const stream = await openStream<Event>(
    api.yoga,
    GROUP_CHANGED,
    { groupId },
    {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(tab ? { 'x-powergroups-tab': tab } : {}),
    },
  );
  opened.push(stream);
  return stream;
}

/** The accountant records a referral, from an explorer tab when `tab` is given. */
async function refer(api: typeof sample.api, input: Record<string, unknown>, tab?: string) {
  const response = await api.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokenOf(ACCOUNTANT)}`,
      ...(tab ? { 'x-powergroups-tab': tab } : {}),
    },
    body: JSON.stringify({ query: RECORD_REFERRAL, variables: { input } }),
  });
  return (await response.json()) as { data?: { recordReferral: { __typename: string } } };
}

describe('groupChanged', () => {
  it('tells the members of the group what was written, and anyone else only that something was', async () => {
    const member = await listen(sample.api, GROUP, tokenOf(SOLICITOR));
    const anonymous = await listen(sample.api, GROUP);
    const elsewhere = await listen(sample.api, OTHER_GROUP, tokenOf(SOLICITOR));

    const { data } = await refer(sample.api, { receiverId: SOLICITOR, notes: 'live test' });
    expect(data?.recordReferral.__typename).toBe('RecordReferralSuccess');

    expect((await member.next())?.data?.groupChanged).toMatchObject({
      groupId: GROUP,
      action: 'recordReferral',
    });
    expect((await anonymous.next())?.data?.groupChanged).toMatchObject({ groupId: GROUP, action: null });
    expect(await elsewhere.next(500)).toBeNull();
  });

  it('spares the tab that made a change from hearing it; other tabs and streams hear it', async () => {
    const writerTab = await listen(sample.api, GROUP, tokenOf(ACCOUNTANT), 'tab-0a1b2c3d4e5f');
    const writersOtherTab = await listen(sample.api, GROUP, tokenOf(ACCOUNTANT), 'tab-9f8e7d6c5b4a');
    const untold = await listen(sample.api, GROUP, tokenOf(SOLICITOR));

    const { data } = await refer(sample.api, { receiverId: SOLICITOR }, 'tab-0a1b2c3d4e5f');
    expect(data?.recordReferral.__typename).toBe('RecordReferralSuccess');

    expect((await writersOtherTab.next())?.data?.groupChanged).toMatchObject({ action: 'recordReferral' });
    expect((await untold.next())?.data?.groupChanged).toMatchObject({ action: 'recordReferral' });
    expect(await writerTab.next(500)).toBeNull();
  });

  it('says nothing of a refused write', async () => {
    const member = await listen(sample.api, GROUP, tokenOf(SOLICITOR));
    const { data } = await refer(sample.api, { receiverId: SOLICITOR, hotness: 9 });
    expect(data?.recordReferral.__typename).toBe('ValidationError');
    expect(await member.next(500)).toBeNull();
  });

  it('refuses a caller more streams than the limit, saying why', async () => {
    const streams = await Promise.all(
      Array.from({ length: 20 }, () => listen(sample.api, GROUP, tokenOf(ACCOUNTANT))),
    );
    const refused = await listen(sample.api, GROUP, tokenOf(ACCOUNTANT));
    expect((await refused.next())?.errors?.[0]?.message).toMatch(/20 live connections open already/);
    for (const stream of streams) stream.close();
  });
});

describe('groupChanged across two server processes sharing Redis', () => {
  it('reaches a stream on one server when the write is made on the other', async () => {
    const redis = await startRedis();
    const log = createLogger('silent');
    const servers = await Promise.all(
      [0, 1].map(async () => {
        // Each "process" with its own driver and feed, as two servers behind a load balancer.
        const db = await testDatabase();
        const feed = createGroupFeed({ redisUrl: redis.url, log });
        feed.follow(db);
        return { api: await testApi({ db, feed, now: new Date('2026-11-22T12:00:00Z') }), feed };
      }),
    );
    try {
      // Both processes connected to Redis before the stream opens, as a server that has been up a while.
      await Promise.all(servers.map((server) => server.feed.ready()));
      const [writer, reader] = servers.map((server) => server.api) as [typeof sample.api, typeof sample.api];
      const stream = await listen(reader, GROUP, tokenOf(SOLICITOR));
      // The reading server's SUBSCRIBE has landed (or the stream says why not).
      await redis.subscribed(`groupChanged:${GROUP}`).catch(async (error: Error) => {
        const said = JSON.stringify(await stream.next(100));
        const feeds = servers.map((server) => server.feed.describe()).join('; ');
        throw new Error(`${error.message}; the stream said: ${said}; the feeds: ${feeds}`);
      });
      const started = performance.now();
      const { data } = await refer(writer, { receiverId: SOLICITOR, notes: 'over redis' });
      expect(data?.recordReferral.__typename).toBe('RecordReferralSuccess');
      const event = await stream.next(5_000);
      console.log(
        `[live] write on one server → event on the other: ${(performance.now() - started).toFixed(0)} ms`,
      );
      expect(event?.data?.groupChanged).toMatchObject({ groupId: GROUP, action: 'recordReferral' });
      stream.close();

      // A tab whose requests reach both servers: its stream on one is spared its write on the other.
      const tab = 'tab-5a5a5a5a5a5a';
      const tabsStream = await listen(reader, GROUP, tokenOf(ACCOUNTANT), tab);
      const othersStream = await listen(reader, GROUP, tokenOf(SOLICITOR));
      const fromTab = await refer(writer, { receiverId: SOLICITOR, notes: 'over redis, from a tab' }, tab);
      expect(fromTab.data?.recordReferral.__typename).toBe('RecordReferralSuccess');
      expect((await othersStream.next(5_000))?.data?.groupChanged).toMatchObject({
        action: 'recordReferral',
      });
      expect(await tabsStream.next(500)).toBeNull();
    } finally {
      for (const server of servers) {
        await server.feed.close();
        await server.api.close();
      }
      await redis.stop();
    }
  });
});
