// Load throughput of the generator's streaming loader, beside Neo4j's own `LOAD CSV … CALL { … }
// IN TRANSACTIONS` of the same rows (the same MERGE statements) as the anchor, in one run:
//
//   pnpm --filter @powergroups/test bench:load -- --members 100000 [--seed 1] [--skip-anchor] [--in-flight 2]
//
// Each load gets a fresh bundled Neo4j on a free port with a throw-away data folder, the same heap
// and page cache. Prints rows/s and relationships/s of both, their ratio, the time, and the peak
// memory of this Node process and of the JVM (VmHWM).

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '@powergroups/config';
import {
  type Database,
  generateGroups,
  loadCatalogue,
  openDatabase,
  streamGenerated,
} from '@powergroups/server';
import { type CsvKind, countAll, csvLine, loadCsvFile, sizeOf } from '@powergroups/server/test';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    members: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'batch-size': { type: 'string', default: '5000' },
    /** Batches the streaming loader writes at once (its default when left out). */
    'in-flight': { type: 'string' },
    heap: { type: 'string', default: '4g' },
    'pagecache-mb': { type: 'string', default: '4096' },
    'skip-anchor': { type: 'boolean', default: false },
  },
});
const members = Number(values.members);
const seed = Number(values.seed);
const batchSize = Number(values['batch-size']);
const IMPORT_FOLDER = 'bench-import';

interface Figures {
  label: string;
  seconds: number;
  rows: number;
  relationships: number;
  nodesInDb: number;
  relationshipsInDb: number;
  jvmPeakMb: number | null;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function jvmPeakMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** A fresh bundled Neo4j in `dataDir` for one measurement (LOAD CSV reads files from there). */
async function withNeo4j<T>(
  dataDir: string,
  work: (db: Database, neo4j: { pid: number }) => Promise<T>,
): Promise<T> {
  const env = loadEnv({
    BUNDLED_NEO4J_PORT: '0',
    BUNDLED_NEO4J_DATA: dataDir,
    BUNDLED_NEO4J_HEAP: values.heap,
    BUNDLED_NEO4J_PAGECACHE_MB: values['pagecache-mb'],
  });
  const opened = await openDatabase(env, { txTimeoutSeconds: 3_600 });
  try {
    return await work(opened.db, { pid: opened.pid ?? -1 });
  } finally {
    await opened.close();
  }
}

function totals() {
  let rows = 0;
  let relationships = 0;
  for (const group of generateGroups({ members, seed })) {
    const size = sizeOf(group);
    rows += size.rows;
    relationships += size.relationships;
  }
  return { rows, relationships };
}

async function streaming(): Promise<Figures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-bench-stream-'));
  try {
    return await withNeo4j(dataDir, async (db, neo4j) => {
      await loadCatalogue(db);
      const base = await countAll(db);
      let last = 0;
      const result = await streamGenerated(db, {
        members,
        seed,
        batchSize,
        ...(values['in-flight'] ? { batchesInFlight: Number(values['in-flight']) } : {}),
        onProgress: (p) => {
          if (p.elapsedMs - last > 10_000) {
            last = p.elapsedMs;
            console.error(
              `  streaming: ${p.members} / ${p.totalMembers} members, ${(p.elapsedMs / 1000).toFixed(0)} s`,
            );
          }
        },
      });
      const after = await countAll(db);
      return {
        label: 'streaming loader (UNWIND batches over Bolt)',
        seconds: result.elapsedMs / 1000,
        rows: result.rows,
        relationships: result.relationships,
        nodesInDb: after.nodes - base.nodes,
        relationshipsInDb: after.relationships - base.relationships,
        jvmPeakMb: await jvmPeakMb(neo4j.pid),
      };
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const CSV_HEADERS: Record<CsvKind, string[]> = {
  groups: ['id', 'name', 'region', 'meetingDay'],
  members: [
    'id',
    'name',
    'company',
    'email',
    'phone',
    'bio',
    'joinedAt',
    'wantsToMeet',
    'doesNotWantToMeet',
    'industryId',
    'groupId',
    'role',
    'since',
  ],
  contacts: ['id', 'name', 'company', 'industryId'],
  knows: ['memberId', 'contactId', 'strength', 'since', 'context'],
  oneToOnes: ['id', 'on', 'memberA', 'memberB', 'notes'],
  referrals: [
    'id',
    'fromId',
    'toId',
    'contactId',
    'status',
    'value',
    'notes',
    'hotness',
    'createdAt',
    'updatedAt',
  ],
};
const CSV_ORDER: CsvKind[] = ['groups', 'members', 'contacts', 'knows', 'oneToOnes', 'referrals'];

/** Writes the generated rows as one CSV file per kind, streaming (one group in memory at a time). */
async function writeCsvFiles(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const streams = Object.fromEntries(
    CSV_ORDER.map((kind) => {
      const stream = createWriteStream(join(dir, `${kind}.csv`));
      stream.write(csvLine(CSV_HEADERS[kind]));
      return [kind, stream];
    }),
  ) as Record<CsvKind, ReturnType<typeof createWriteStream>>;
  const write = async (kind: CsvKind, lines: string[]) => {
    if (!streams[kind].write(lines.join(''))) await once(streams[kind], 'drain');
  };
  for (const g of generateGroups({ members, seed })) {
    await write('groups', [csvLine([g.group.id, g.group.name, g.group.region, g.group.meetingDay])]);
    await write(
      'members',
      g.members.map((m) =>
        csvLine([
          m.id,
          m.name,
          m.company,
          m.email,
          m.phone,
          m.bio,
          m.joinedAt,
          m.wantsToMeet.join(';'),
          m.doesNotWantToMeet.join(';'),
          m.industryId,
          m.groupId,
          m.role,
          m.since,
        ]),
      ),
    );
    await write(
      'contacts',
      g.contacts.map((c) => csvLine([c.id, c.name, c.company, c.industryId])),
    );
    await write(
      'knows',
      g.knows.map((k) => csvLine([k.memberId, k.contactId, k.strength, k.since, k.context])),
    );
    await write(
      'oneToOnes',
      g.oneToOnes.map((o) => csvLine([o.id, o.on, o.memberIds[0], o.memberIds[1], o.notes])),
    );
    await write(
      'referrals',
      g.referrals.map((r) =>
        csvLine([
          r.id,
          r.fromId,
          r.toId,
          r.contactId,
          r.status,
          r.value,
          r.notes,
          r.hotness,
          r.createdAt,
          r.updatedAt,
        ]),
      ),
    );
  }
  await Promise.all(
    Object.values(streams).map((stream) => new Promise<void>((resolveEnd) => stream.end(() => resolveEnd()))),
  );
}

async function loadCsvAnchor(expected: { rows: number; relationships: number }): Promise<Figures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-bench-csv-'));
  try {
    const csvStarted = performance.now();
    await writeCsvFiles(join(dataDir, IMPORT_FOLDER));
    console.error(
      `  CSV files written in ${((performance.now() - csvStarted) / 1000).toFixed(1)} s (not timed)`,
    );
    return await withNeo4j(dataDir, async (db, neo4j) => {
      await loadCatalogue(db);
      const base = await countAll(db);
      const started = performance.now();
      for (const kind of CSV_ORDER) {
        const kindStarted = performance.now();
        await loadCsvFile(db, kind, join(dataDir, IMPORT_FOLDER, `${kind}.csv`));
        console.error(`  LOAD CSV ${kind}: ${((performance.now() - kindStarted) / 1000).toFixed(1)} s`);
      }
      const seconds = (performance.now() - started) / 1000;
      const after = await countAll(db);
      return {
        label: 'LOAD CSV … CALL { … } IN TRANSACTIONS OF 10000 ROWS',
        seconds,
        rows: expected.rows,
        relationships: expected.relationships,
        nodesInDb: after.nodes - base.nodes,
        relationshipsInDb: after.relationships - base.relationships,
        jvmPeakMb: await jvmPeakMb(neo4j.pid),
      };
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function print(f: Figures): void {
  console.log(`\n${f.label}`);
  console.log(`  time            ${f.seconds.toFixed(1)} s`);
  console.log(
    `  rows            ${f.rows.toLocaleString('en')}  → ${Math.round(f.rows / f.seconds).toLocaleString('en')} rows/s`,
  );
  console.log(
    `  relationships   ${f.relationships.toLocaleString('en')}  → ${Math.round(f.relationships / f.seconds).toLocaleString('en')} relationships/s`,
  );
  console.log(
    `  in Neo4j after  ${f.nodesInDb.toLocaleString('en')} nodes, ${f.relationshipsInDb.toLocaleString('en')} relationships`,
  );
  console.log(`  JVM peak RSS    ${f.jvmPeakMb ?? '?'} MB (VmHWM)`);
}

console.log(
  `Load throughput: ${members.toLocaleString('en')} generated members, seed ${seed}, batch ${batchSize} rows, Neo4j heap ${values.heap}, page cache ${values['pagecache-mb']} MB`,
);
const expected = totals();
console.log(
  `Generated set: ${expected.rows.toLocaleString('en')} rows, ${expected.relationships.toLocaleString('en')} relationships`,
);

const runStarted = performance.now();
const stream = await streaming();
const nodePeakAfterStream = mb(process.resourceUsage().maxRSS * 1024);
print(stream);
console.log(`  Node peak RSS   ${nodePeakAfterStream} MB (whole process so far)`);
if (stream.relationshipsInDb !== stream.relationships) {
  console.log(
    `  WARNING: Neo4j gained ${stream.relationshipsInDb} relationships, the generator counted ${stream.relationships}`,
  );
}

if (!values['skip-anchor']) {
  const anchor = await loadCsvAnchor(expected);
  print(anchor);
  if (anchor.relationshipsInDb !== stream.relationshipsInDb || anchor.nodesInDb !== stream.nodesInDb) {
    console.log('  WARNING: the two loads did not create the same number of nodes and relationships');
  }
  console.log(
    `\nRatio streaming / LOAD CSV: ${(stream.rows / stream.seconds / (anchor.rows / anchor.seconds)).toFixed(2)} ` +
      `(rows/s; same for relationships/s since both loaded the same set)`,
  );
}
console.log(
  `Whole run ${((performance.now() - runStarted) / 1000).toFixed(0)} s; Node peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
);
