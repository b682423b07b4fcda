// The synthetic generator's determinism and shape, and the CSV reader, without a database.

import { generateGroups } from '@powergroups/server';
import {
  csvLine,
  groupSizes,
  MAX_GROUP,
  MIN_GROUP,
  parseCsv,
  random,
  sizeOf,
} from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

describe('the generator', () => {
  it('gives the same rows for the same seed, and other rows for another seed', () => {
    const first = (seed: number) => generateGroups({ members: 300, seed }).next().value;
    expect(first(42)).toEqual(first(42));
    expect(first(42)?.members[0]).not.toEqual(first(43)?.members[0]);
  });

  it('splits members into groups of 20–60 that add up', () => {
    for (const members of [20, 61, 99, 1_000, 12_345]) {
      const sizes = [...groupSizes(members, random(7))];
      expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(members);
      for (const size of sizes) {
        expect(size).toBeGreaterThanOrEqual(MIN_GROUP);
        expect(size).toBeLessThanOrEqual(MAX_GROUP);
      }
    }
  });

  it('has one member per industry per group, 10–30 contacts each, unique ids, ties inside the group', () => {
    const ids = new Set<string>();
    let members = 0;
    const industryCounts = new Map<string, number>();
    for (const group of generateGroups({ members: 5_000, seed: 9, tag: 'shape' })) {
      members += group.members.length;
      const industries = group.members.map((m) => m.industryId);
      expect(new Set(industries).size).toBe(industries.length);
      for (const id of industries) industryCounts.set(id, (industryCounts.get(id) ?? 0) + 1);
      const inGroup = new Set(group.members.map((m) => m.id));
      for (const m of group.members) {
        const known = group.knows.filter((k) => k.memberId === m.id).length;
        expect(known).toBeGreaterThanOrEqual(10);
        expect(known).toBeLessThanOrEqual(30);
      }
      for (const r of group.referrals) {
        expect(inGroup.has(r.fromId) && inGroup.has(r.toId) && r.fromId !== r.toId).toBe(true);
        expect(r.value !== null).toBe(r.status === 'WON');
        expect(r.updatedAt >= r.createdAt).toBe(true);
      }
      for (const o of group.oneToOnes) expect(o.memberIds[0]).not.toBe(o.memberIds[1]);
      for (const row of [
        group.group,
        ...group.members,
        ...group.contacts,
        ...group.oneToOnes,
        ...group.referrals,
      ]) {
        expect(ids.has(row.id)).toBe(false);
        ids.add(row.id);
      }
      expect(sizeOf(group).relationships).toBeGreaterThan(group.knows.length);
    }
    expect(members).toBe(5_000);
    // common industries (accountant) are filled far more often than rare ones (translator)
    expect(industryCounts.get('ind-accountant') ?? 0).toBeGreaterThan(
      2 * (industryCounts.get('ind-translator') ?? 0),
    );
  });
});

describe('the CSV reader', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside fields, CRLF and a BOM', () => {
    const text = '\uFEFFid,notes\r\nref-1,"said ""hi"", then left"\r\nref-2,"two\nlines"\r\n\r\n';
    expect(parseCsv(text, 'x.csv')).toEqual([
      { line: 1, fields: ['id', 'notes'] },
      { line: 2, fields: ['ref-1', 'said "hi", then left'] },
      { line: 3, fields: ['ref-2', 'two\nlines'] },
    ]);
  });

  it('writes what it reads', () => {
    const values = ['a,b', 'say "x"', 'two\nlines', '', ' padded '];
    expect(parseCsv(csvLine(values), 'x.csv')[0]?.fields).toEqual(values);
  });

  it('names the line of a broken quote', () => {
    expect(() => parseCsv('id,name\nmem-a,"open', 'roster.csv')).toThrow(
      /roster\.csv: line 2: a quoted field is never closed/,
    );
  });
});
