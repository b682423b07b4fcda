// Benchmark: p50/p95 latency of whoKnows and referralPartners through GraphQL, each beside the raw
// Cypher of the same question measured in the same run (the anchor). Prints figures; asserts nothing.
//
//   pnpm --filter @powergroups/test bench:api                 # the sample data
//   pnpm --filter @powergroups/test bench:api -- --members 100000   # a generated region (slow to load)
//
// Uses NEO4J_URI when set; otherwise starts a throw-away bundled Neo4j on a free port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '@powergroups/config';
import { SAMPLE_FACTS } from '@powergroups/seed';
import {
  createLogger,
  createYogaServer,
  ensureSchema,
  loadSampleData,
  openDatabase,
} from '@powergroups/server';
import {
  int,
  normaliseIndustryText,
  PARTNER_FACTS,
  toFulltextQuery,
  WHO_KNOWS_IN_GROUP,
} from '@powergroups/server/test';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    members: { type: 'string' },
  },
});
const iterations = Number(values.iterations);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await run(); // warm-up: plans cached, JIT warm
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

loadEnv(); // the repo's .env counts: NEO4J_URI there is used as it is
const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-bench-'));
const opened = await openDatabase(
  loadEnv({
    ...process.env,
    BUNDLED_NEO4J_PORT: '0',
    BUNDLED_NEO4J_DATA: dataDir,
    BUNDLED_NEO4J_HEAP: '2g',
    BUNDLED_NEO4J_PAGECACHE_MB: '1024',
  }),
  { requireReachable: true },
);
const { db } = opened;
const stop = async () => {
  await opened.close();
  await rm(dataDir, { recursive: true, force: true });
};
try {
  await ensureSchema(db);
  let groupId: string = SAMPLE_FACTS.groupId;
  let memberId: string = SAMPLE_FACTS.mortgageIntermediaryId;
  let label = 'sample data';
  if (values.members) {
    const { generateAndLoad } = await import('../support/generate.ts');
    const loaded = await generateAndLoad(db, { members: Number(values.members), seed: 1 });
    groupId = loaded.sampleGroupId;
    memberId = loaded.sampleMemberId;
    label = `${values.members} generated members`;
  } else {
    await loadSampleData(db);
  }

  const yoga = createYogaServer({ db, log: createLogger('silent') });
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };

  const staleBefore = new Date(Date.now() - 14 * 86_400_000).toISOString();
  const rows = {
    whoKnowsGraphql: await measure(() =>
      graphql(
        `query ($groupId: ID) { whoKnows(industry: "mortgage broker", groupId: $groupId) {
          match { industry { id } } answers { member { id name industry { name } } hops strength reason path { label } } } }`,
        { groupId },
      ),
    ),
    // The whole question, industry match included, as the resolver sends it.
    whoKnowsCypher: await measure(() =>
      db.read(WHO_KNOWS_IN_GROUP, {
        text: normaliseIndustryText('mortgage broker'),
        fulltext: toFulltextQuery('mortgage broker'),
        industryId: null,
        groupId,
        maxHops: int(2),
      }),
    ),
    partnersGraphql: await measure(() =>
      graphql(
        `query ($memberId: ID!) { referralPartners(memberId: $memberId, limit: 10) {
          member { id name industry { name } } score reasons action } }`,
        { memberId },
      ),
    ),
    partnersCypher: await measure(() => db.read(PARTNER_FACTS, { memberIds: [memberId], staleBefore })),
  };
  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`\nLatency on ${label} (${iterations} requests each, in-process GraphQL vs the raw Cypher)`);
  console.log('question          GraphQL p50   p95        Cypher p50   p95        ratio p50');
  for (const [name, gql, cypher] of [
    ['whoKnows', rows.whoKnowsGraphql, rows.whoKnowsCypher],
    ['referralPartners', rows.partnersGraphql, rows.partnersCypher],
  ] as const) {
    console.log(
      `${name.padEnd(17)} ${fmt(gql.p50).padEnd(13)} ${fmt(gql.p95).padEnd(10)} ${fmt(cypher.p50).padEnd(12)} ${fmt(cypher.p95).padEnd(10)} ${(gql.p50 / cypher.p50).toFixed(2)}×`,
    );
  }
} finally {
  await stop();
}
