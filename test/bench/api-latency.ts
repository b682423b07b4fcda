// Benchmark: p50/p95 latency of the explorer's four questions (whoKnows, referralPartners,
// groupGraph, powerGroups) through GraphQL, each beside the raw Cypher of the same whole question
// (the one statement the resolver sends, industry match included) measured in the same run: the
// anchor. GraphQL is asked as the explorer asks (its own operation documents and variables),
// anonymously and with an organiser's session cookie (identifying the caller included). Prints
// figures; asserts nothing. Runs with NODE_ENV=production, as `pnpm start` runs the server
// (graphql-js checks every type it meets more slowly in development).
//
//   pnpm --filter @powergroups/test bench:api [-- --iterations 200 --warmup 50]   # the sample data
//   pnpm --filter @powergroups/test bench:api -- --members 100000     # a generated region (a few minutes to load)
//
// Always on a throw-away bundled Neo4j on a free port (its data folder is removed afterwards).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { operationsModule, printDocument } from '@powergroups/client/test';
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
  acceptInvitationWithPassword,
  createOrganiser,
  GROUP_GRAPH,
  int,
  normaliseIndustryText,
  PARTNER_FACTS,
  POWER_GROUP_REPORT,
  startSession,
  toFulltextQuery,
  WHO_KNOWS_IN_GROUP,
} from '@powergroups/server/test';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    // A statement's time here spreads from 5 to 15 ms (2 cores shared with Neo4j), so a median of
    // 200 moved by ±0.3 ms from run to run; 1,000 narrow that to about ±0.15 ms.
    iterations: { type: 'string', default: '1000' },
    // Neo4j's JIT keeps speeding a statement up over its first ~1,000 runs.
    warmup: { type: 'string', default: '300' },
    members: { type: 'string' },
    /** Gives up on a generated load that takes longer (the machine is shared). */
    'max-load-seconds': { type: 'string', default: '1200' },
  },
});
const iterations = Number(values.iterations);
const warmupRounds = Number(values.warmup);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Figures {
  p50: number;
  p95: number;
}

/**
 * Runs each of `runs` in turn, round after round, so a slow moment of the shared machine falls on
 * every column alike rather than on whichever was measured then. Each round starts one further
 * along, so every column runs in every position equally often: the same request measured twice in
 * a fixed order came out 0.2–0.3 ms apart by its position alone.
 */
async function measureInterleaved<K extends string>(
  runs: Record<K, () => Promise<unknown>>,
): Promise<Record<K, Figures>> {
  const names = Object.keys(runs) as K[];
  // Warm-up: plans cached, both JITs (node's and Neo4j's) warm.
  for (let i = 0; i < warmupRounds; i++) for (const name of names) await runs[name]();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < iterations; i++) {
    for (let position = 0; position < names.length; position++) {
      const name = names[(i + position) % names.length] as K;
      const start = performance.now();
      await runs[name]();
      samples[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, { p50: percentile(samples[name], 50), p95: percentile(samples[name], 95) }]),
  ) as Record<K, Figures>;
}

type Document = Parameters<typeof printDocument>[0];
const explorerQuery = (name: keyof typeof operationsModule): string =>
  printDocument(operationsModule[name] as Document);

loadEnv(); // the repo's .env (its other settings; the database here is always a throw-away one)
const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-bench-'));
const opened = await openDatabase(
  loadEnv({
    ...process.env,
    NEO4J_URI: '',
    BUNDLED_NEO4J_PORT: '0',
    BUNDLED_NEO4J_DATA: dataDir,
    BUNDLED_NEO4J_HEAP: '2g',
    BUNDLED_NEO4J_PAGECACHE_MB: '1024',
  }),
  { requireReachable: true, txTimeoutSeconds: 3_600 },
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
    const started = performance.now();
    const deadline = Number(values['max-load-seconds']) * 1000;
    let timer: NodeJS.Timeout | undefined;
    const loaded = await Promise.race([
      generateAndLoad(db, { members: Number(values.members), seed: 1 }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the generated load took over ${values['max-load-seconds']} s`)),
          deadline,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    groupId = loaded.sampleGroupId;
    memberId = loaded.sampleMemberId;
    label = `${values.members} generated members (loaded in ${((performance.now() - started) / 1000).toFixed(0)} s)`;
  } else {
    await loadSampleData(db);
  }

  // An organiser of the group with a session, as the explorer is used: a new member (no industry),
  // there for GraphQL and Cypher alike.
  const auth = { publicUrl: 'http://localhost:4000', sessionDays: 14, invitationDays: 7 };
  const organiser = await createOrganiser(
    db,
    { groupId, email: 'bench-organiser@example.com', name: 'Bench Organiser' },
    auth,
  );
  const accountId = await acceptInvitationWithPassword(
    db,
    organiser.link.split('#')[1] ?? '',
    'a bench password that is long enough',
  );
  if (!accountId) throw new Error('the bench organiser could not accept their invitation');
  const session = await startSession(db, accountId, 1);

  // The rate limit stays on (its bookkeeping is part of a request's cost), too high to be reached.
  const yoga = createYogaServer({
    db,
    log: createLogger('silent'),
    auth,
    limits: { questionsPerMinute: 1_000_000 },
  });
  const graphql = async (query: string, variables: Record<string, unknown>, signedIn: boolean) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signedIn ? { cookie: `pg_session=${session.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };

  const staleBefore = new Date(Date.now() - 14 * 86_400_000).toISOString();
  // Each question: the explorer's operation and variables, and the one statement its resolver sends.
  const questions = {
    whoKnows: {
      query: explorerQuery('WHO_KNOWS_QUERY'),
      variables: { industry: 'mortgage broker', groupId, maxHops: 2 },
      cypher: () =>
        db.read(WHO_KNOWS_IN_GROUP, {
          text: normaliseIndustryText('mortgage broker'),
          fulltext: toFulltextQuery('mortgage broker'),
          industryId: null,
          groupId,
          maxHops: int(2),
        }),
    },
    referralPartners: {
      query: explorerQuery('PARTNERS_QUERY'),
      variables: { memberId, limit: 6 },
      cypher: () => db.read(PARTNER_FACTS, { memberIds: [memberId], staleBefore }),
    },
    groupGraph: {
      query: explorerQuery('GROUP_GRAPH_QUERY'),
      variables: { groupId },
      cypher: () => db.read(GROUP_GRAPH, { groupId, staleBefore }),
    },
    powerGroups: {
      query: explorerQuery('POWER_GROUPS_QUERY'),
      variables: { groupId },
      // The explorer asks for 5 people per gap.
      cypher: () => db.read(POWER_GROUP_REPORT, { groupId, staleBefore, perGap: int(5) }),
    },
  };

  const fmt = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `\nLatency on ${label}, group ${groupId} (${iterations} requests each, interleaved; in-process GraphQL vs the raw Cypher)`,
  );
  console.log(
    'question          Cypher p50   p95        GraphQL anon p50  p95        ratio   GraphQL session p50  p95        ratio',
  );
  for (const [name, question] of Object.entries(questions)) {
    const figures = await measureInterleaved({
      cypher: question.cypher,
      anonymous: () => graphql(question.query, question.variables, false),
      session: () => graphql(question.query, question.variables, true),
    });
    const { cypher, anonymous, session: signedIn } = figures;
    console.log(
      `${name.padEnd(17)} ${fmt(cypher.p50).padEnd(12)} ${fmt(cypher.p95).padEnd(10)} ` +
        `${fmt(anonymous.p50).padEnd(17)} ${fmt(anonymous.p95).padEnd(10)} ${`${(anonymous.p50 / cypher.p50).toFixed(2)}×`.padEnd(7)} ` +
        `${fmt(signedIn.p50).padEnd(20)} ${fmt(signedIn.p95).padEnd(10)} ${(signedIn.p50 / cypher.p50).toFixed(2)}×`,
    );
  }
  // The fixed cost of a request with no statement at all, beside the cheapest statement: what every
  // ratio above carries whatever the question.
  const floor = await measureInterleaved({
    cypher: () => db.read('RETURN 1 AS one'),
    graphql: () => graphql('{ __typename }', {}, false),
  });
  console.log(
    `\nFloor: GraphQL { __typename } p50 ${fmt(floor.graphql.p50)} (no statement); Cypher RETURN 1 p50 ${fmt(floor.cypher.p50)}`,
  );
} finally {
  await stop();
}
