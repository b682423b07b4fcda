// The generator's loader: batches of 5k rows per UNWIND, each in its own transaction, two at a
// time, while the next chunk of groups is generated. Memory holds one chunk, not the whole set.
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
 * Batches of one kind written at once: while Neo4j commits one, the next is already on the wire
 * and being planned. Kinds stay in order (a relationship's ends exist before it is written), and
 * at most this many batches are held, so memory stays flat. Two batches that lock the same member
 * may deadlock; Neo4j says so at once and the driver retries the loser.
 */
const BATCHES_IN_FLIGHT = 2;

async function writeChunk(db: Database, chunk: Chunk, batchSize: number): Promise<void> {
  for (const kind of CHUNK_KINDS) {
    const rows = chunk[kind];
    const starts = Array.from(
      { length: Math.ceil(rows.length / batchSize) },
      (_, index) => index * batchSize,
    );
    const writers = Array.from({ length: Math.min(BATCHES_IN_FLIGHT, starts.length) }, async () => {
      for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
        await writeBatch(db, kind, rows.slice(start, start + batchSize));
      }
    });
    await Promise.all(writers);
  }
}

/**
 * Generates and loads `members` members. Each batch commits on its own, so an interrupted run
 * leaves whole batches; running it again with the same seed completes it (MERGE on ids).
 */
export async function streamGenerated(
  db: Database,
  options: GenerateOptions & { batchSize?: number; onProgress?: (progress: StreamProgress) => void },
): Promise<StreamResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const started = performance.now();
  const result: StreamResult = { groups: 0, members: 0, rows: 0, relationships: 0, elapsedMs: 0 };
  const iterator = chunks(generateGroups(options), batchSize);
  let next = iterator.next();
  while (!next.done) {
    const chunk = next.value;
    const writing = writeChunk(db, chunk, batchSize);
    // Generate the next chunk while Neo4j works on this one.
    next = iterator.next();
    await writing;
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
  }
  result.elapsedMs = performance.now() - started;
  return result;
}
