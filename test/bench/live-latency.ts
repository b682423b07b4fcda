// Benchmark: how long a write takes to show in another browser, live (no reload), with one server
// process (the in-memory feed) and with two processes sharing Redis (the write on one, the browser
// on the other). Prints median / p95 / max over --writes writes each; asserts nothing.
//
//   pnpm --filter @powergroups/test bench:live [-- --writes 10]
//
// Needs the built client (pnpm --filter @powergroups/client build), Chromium and redis-server.
// Uses NEO4J_URI when set; otherwise starts a throw-away bundled Neo4j on a free port.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEnv } from '@powergroups/config';
import { SAMPLE_FACTS } from '@powergroups/seed';
import {
  createGroupFeed,
  createLogger,
  createRequestHandler,
  type Database,
  type GroupFeed,
  loadSampleData,
  openDatabase,
} from '@powergroups/server';
import { emptyRows, loadGraph } from '@powergroups/server/test';
import type { Page } from 'playwright-core';
import { launchChromium, referralsDrawn, waitForMoreReferrals } from '../browser/support/chromium.ts';
import { startRedis } from '../support/redis.ts';
import { storedTokens, tokenOf } from '../support/tokens.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { writes: { type: 'string', default: '10' } },
});
const WRITES = Number(values.writes);
const GROUP = SAMPLE_FACTS.groupId;
const GIVER = 'mem-yvonne-lawlor';
const RECEIVER = 'mem-colm-brady';
const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));
if (!existsSync(join(CLIENT_DIST, 'index.html')))
  throw new Error('Build the client first: pnpm --filter @powergroups/client build');

loadEnv();
const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-bench-live-'));
const env = loadEnv({ ...process.env, BUNDLED_NEO4J_PORT: '0', BUNDLED_NEO4J_DATA: dataDir });
const opened = await openDatabase(env, { requireReachable: true });
const redis = await startRedis();
const log = createLogger('silent');
const servers: { server: Server; feed: GroupFeed; db: Database }[] = [];

/** A server process of its own: its own driver and feed (over Redis, or in memory). */
async function startServer(redisUrl?: string): Promise<string> {
  const db = (await openDatabase({ ...env, NEO4J_URI: opened.db.uri })).db;
  const feed = createGroupFeed({ redisUrl, log });
  feed.follow(db);
  const access = { demoMode: false, auth: {}, corsOrigins: [], trustProxy: false };
  const handler = createRequestHandler({ db, log, production: true, access, isPrepared: () => true, feed });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ server, feed, db });
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Records a referral through the API of `serverUrl`, as the giver's script would. */
async function write(serverUrl: string, n: number): Promise<void> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(GIVER)}` },
    body: JSON.stringify({
      query: 'mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { __typename } }',
      variables: { input: { receiverId: RECEIVER, contactName: `Live bench ${n}` } },
    }),
  });
  const body = (await response.json()) as { data?: { recordReferral: { __typename: string } } };
  if (body.data?.recordReferral.__typename !== 'RecordReferralSuccess')
    throw new Error(`the write failed: ${JSON.stringify(body)}`);
}

async function measure(label: string, writeTo: string, watchOn: string, page: Page, start: number) {
  await page.goto(`${watchOn}/groups/${GROUP}`);
  await page.waitForSelector('[data-testid="graph"][data-layout="done"]', { timeout: 60_000 });
  await page.waitForSelector('.live-badge.live-live', { timeout: 10_000 });
  const samples: number[] = [];
  for (let n = start; n < start + WRITES; n++) {
    const before = await referralsDrawn(page, GIVER, RECEIVER);
    const started = performance.now();
    await write(writeTo, n);
    await waitForMoreReferrals(page, { giver: GIVER, receiver: RECEIVER, count: before });
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the refetches settle
  }
  const sorted = samples.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  console.log(
    `${label.padEnd(34)} median ${at(0.5).toFixed(0).padStart(5)} ms   p95 ${at(0.95).toFixed(0).padStart(5)} ms   max ${(sorted.at(-1) ?? 0).toFixed(0).padStart(5)} ms   (${WRITES} writes)`,
  );
}

const browser = await launchChromium();
try {
  await loadSampleData(opened.db);
  await loadGraph(opened.db, emptyRows(), { tokens: storedTokens([GIVER], 'live bench') });
  const alone = await startServer();
  const [first, second] = [await startServer(redis.url), await startServer(redis.url)];
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  console.log('From the write request to the new referral drawn in another browser (no reload):');
  await measure('one server (in memory)', alone, alone, page, 0);
  await measure('two servers over Redis', first, second, page, 1_000);
} finally {
  await browser.close();
  for (const { server, feed, db } of servers) {
    await feed.close();
    server.closeAllConnections();
    server.close();
    await db.close();
  }
  await redis.stop();
  await opened.close();
  await rm(dataDir, { recursive: true, force: true });
}
