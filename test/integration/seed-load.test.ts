// `pnpm seed` on the real Neo4j: the sample groups are there, and loading again changes nothing.
// The one integration suite on the copy the global setup loads (with the sample's own ids); the
// suites that ask the API about the sample each read and write a tagged copy of their own
// (support/isolated-sample.ts), so nothing else writes this one.
import { createHash } from 'node:crypto';
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Database } from '@powergroups/server';
import {
  type GraphRows,
  loadSampleData,
  loadSampleIfEmpty,
  SAMPLE_DATA,
  validatedSample,
} from '@powergroups/server';
import { ROW_KINDS, readGraphRows } from '@powergroups/server/test';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/server.ts';

const db = await testDatabase();
afterAll(() => db.close());

const GROUP_IDS = SAMPLE_DATA.groups.map((g) => g.id);

const keyOf = (kind: keyof GraphRows, row: object) =>
  'id' in row
    ? String(row.id)
    : kind === 'knows'
      ? `${(row as { memberId: string }).memberId}>${(row as { contactId: string }).contactId}`
      : `${(row as { a: string }).a}~${(row as { b: string }).b}`;

/** The sample's rows as stored, restricted to the sample's own ids (other suites add their own). */
async function storedSample(database: Database): Promise<GraphRows> {
  const stored = await readGraphRows(database, GROUP_IDS);
  const expected = validatedSample();
  const out = {} as Record<keyof GraphRows, object[]>;
  for (const kind of ROW_KINDS) {
    const wanted = new Set((expected[kind] as object[]).map((row) => keyOf(kind, row)));
    out[kind] = (stored[kind] as object[]).filter((row) => wanted.has(keyOf(kind, row)));
  }
  return out as unknown as GraphRows;
}

const sorted = (rows: GraphRows) => {
  const out = {} as Record<keyof GraphRows, object[]>;
  for (const kind of ROW_KINDS) {
    out[kind] = [...(rows[kind] as object[])].sort((x, y) => keyOf(kind, x).localeCompare(keyOf(kind, y)));
  }
  return out;
};

const checksum = (rows: GraphRows) =>
  createHash('sha256')
    .update(JSON.stringify(sorted(rows)))
    .digest('hex');

describe('the sample dataset in Neo4j', () => {
  it('is loaded by the test setup: the three groups and the main group’s members are there', async () => {
    const stored = await readGraphRows(db, GROUP_IDS);
    expect(stored.groups.map((g) => g.name).sort()).toEqual([
      'Harbour Professionals',
      'Liffey Business Partners',
      'Southside Connect',
    ]);
    const main = stored.members.filter((m) => m.groupId === SAMPLE_FACTS.groupId);
    expect(main.map((m) => m.id)).toEqual(
      expect.arrayContaining([SAMPLE_FACTS.mortgageIntermediaryId, SAMPLE_FACTS.organiserId]),
    );
    expect(main.length).toBe(SAMPLE_DATA.members.filter((m) => m.groupId === SAMPLE_FACTS.groupId).length);
  });

  it('stores every row with the properties of the data files, and a second load changes nothing', async () => {
    await loadSampleData(db);
    const first = await storedSample(db);
    // every row, property for property, as written in seed/data (dates and numbers included)
    expect(sorted(first)).toEqual(sorted(validatedSample()));
    for (const kind of ROW_KINDS) expect(first[kind].length).toBe(SAMPLE_DATA[kind].length);

    await loadSampleData(db);
    const second = await storedSample(db);
    for (const kind of ROW_KINDS) expect(second[kind].length).toBe(first[kind].length);
    expect(checksum(second)).toBe(checksum(first));
  });

  it('does not load again into a database that has groups', async () => {
    expect(await loadSampleIfEmpty(db)).toBe(false);
  });
});
