// The generator's loader: batches of 5k rows per UNWIND, each in its own transaction, four at a
// time from two chunks of groups, while the next chunk is generated. Memory holds three chunks,
// not the whole set.
import pLimit, { type LimitFunction } from 'p-limit';
import type { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema-setup.ts';
import { DEFAULT_BATCH_SIZE, loadGraph, writeBatch } from '../db/seed-repo.ts';
import { validatedSample } from '../sample.ts';
import { type GeneratedGroup, type GenerateOptions, generateGroups, sizeOf } from './generator.ts';
import type { RowKind } from './rows.ts';

export interface StreamProgress {
  members: number;
  totalMembers: number;
  rows: number;
  relationships: number;
  elapsedMs: number;
}

export interface StreamResult {
  groups: number;
  members: number;
  rows: number;
  relationships: number;
  /** time spent loading generated rows (the catalogue and schema excluded) */
  elapsedMs: number;
}

/** The industry catalogue, synergies and power groups the generated members refer to. */
export async function loadCatalogue(db: Database): Promise<void> {
  await ensureSchema(db);
  const sample = validatedSample();
  await loadGraph(db, {
    industries: sample.industries,
    synergies: sample.synergies,
    competitions: sample.competitions,
    powerGroups: sample.powerGroups,
  });
}

type Chunk = Record<'groups' | 'members' | 'contacts' | 'knows' | 'oneToOnes' | 'referrals', object[]> & {
  memberCount: number;
  rows: number;
  relationships: number;
};

function* chunks(groups: Iterable<GeneratedGroup>, membersPerChunk: number): Generator<Chunk> {
  let chunk: Chunk | undefined;
  for (const group of groups) {
    chunk ??= {
      groups: [],
      members: [],
      contacts: [],
      knows: [],
      oneToOnes: [],
      referrals: [],
      memberCount: 0,
      rows: 0,
      relationships: 0,
    };
    chunk.groups.push(group.group);
    chunk.members.push(...group.members);
    chunk.contacts.push(...group.contacts);
    for (const knows of group.knows) chunk.knows.push(knows);
    chunk.oneToOnes.push(...group.oneToOnes);
    chunk.referrals.push(...group.referrals);
    chunk.memberCount += group.members.length;
    const size = sizeOf(group);
    chunk.rows += size.rows;
    chunk.relationships += size.relationships;
    if (chunk.memberCount >= membersPerChunk) {
      yield chunk;
      chunk = undefined;
    }
  }
  if (chunk) yield chunk;
}

const CHUNK_KINDS = [
  'groups',
  'members',
  'contacts',
  'knows',
  'oneToOnes',
  'referrals',
] as const satisfies readonly RowKind[];

/**
 * Batches written at once: while Neo4j commits one, the next is already on the wire and being
 * planned. Two chunks are written at a time, each kind after kind (a relationship's ends exist
 * before it is written); the batches of both share these slots, so when one chunk waits for the
 * last batch of a kind, the other's fill the gap. Chunks hold whole groups, so the two never lock
 * the same member; two batches of one chunk rarely do, and then Neo4j reports a deadlock at once
 * and the driver retries the loser. At most two chunks and the next one are held: memory stays flat.
 * Four at once kept both cores of a 2-core machine busy (100k members: 2 at once 203 s, 4 144 s,
 * 6 160 s).
 */
const BATCHES_IN_FLIGHT = 4;
const CHUNKS_IN_FLIGHT = 2;

/**
 * Members and contacts in industry order. Each links to its industry, and an industry is a dense
 * node that every batch locks: batches that take those locks in one order never deadlock, and
 * batches cut from sorted rows mostly lock different industries, so they wait less.
 */
function byIndustry(rows: object[]): object[] {
  const industryOf = (row: object) => ('industryId' in row ? String(row.industryId ?? '') : '');
  return rows.toSorted((a, b) => {
    const [x, y] = [industryOf(a), industryOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

async function writeChunk(db: Database, chunk: Chunk, batchSize: number, slot: LimitFunction): Promise<void> {
  for (const kind of CHUNK_KINDS) {
    const rows = kind === 'members' || kind === 'contacts' ? byIndustry(chunk[kind]) : chunk[kind];
    const batches: object[][] = [];
    for (let start = 0; start < rows.length; start += batchSize) {
      batches.push(rows.slice(start, start + batchSize));
    }
    await Promise.all(batches.map((batch) => slot(() => writeBatch(db, kind, batch))));
  }
}

/**
 * Generates and loads `members` members. Each batch commits on its own, so an interrupted run
 * leaves whole batches; running it again with the same seed completes it (MERGE on ids).
 */
export async function streamGenerated(
  db: Database,
  options: GenerateOptions & {
    batchSize?: number;
    /** Batches written at once (the benchmark tries others). */
    batchesInFlight?: number;
    onProgress?: (progress: StreamProgress) => void;
  },
): Promise<StreamResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const started = performance.now();
  const result: StreamResult = { groups: 0, members: 0, rows: 0, relationships: 0, elapsedMs: 0 };
  const slot = pLimit(options.batchesInFlight ?? BATCHES_IN_FLIGHT);
  const writing = new Set<Promise<void>>();
  let failure: unknown;
  // The next chunk is generated while the two before it are written.
  for (const chunk of chunks(generateGroups(options), batchSize)) {
    const written = writeChunk(db, chunk, batchSize, slot).then(() => {
      result.groups += chunk.groups.length;
      result.members += chunk.memberCount;
      result.rows += chunk.rows;
      result.relationships += chunk.relationships;
      options.onProgress?.({
        members: result.members,
        totalMembers: options.members,
        rows: result.rows,
        relationships: result.relationships,
        elapsedMs: performance.now() - started,
      });
    });
    writing.add(written);
    void written.then(
      () => writing.delete(written),
      (error: unknown) => {
        failure ??= error;
        writing.delete(written);
      },
    );
    if (writing.size >= CHUNKS_IN_FLIGHT) await Promise.race(writing).catch(() => {});
    if (failure) break;
  }
  // A failed batch stops the load once the chunks under way have settled (whole batches commit).
  await Promise.allSettled(writing);
  if (failure) throw failure;
  result.elapsedMs = performance.now() - started;
  return result;
}
