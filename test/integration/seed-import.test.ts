// CSV and JSON import/export on the real Neo4j. Each suite works on a generated group whose ids
// carry a random tag, and deletes only what carries that tag.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exportGroupCsv,
  filesIn,
  type GraphRows,
  generateGroups,
  ImportError,
  importGraphJson,
  importGroupCsv,
  loadCatalogue,
  streamGenerated,
  writeGraphJson,
} from '@powergroups/server';
import { countByIdTag, deleteByIdTag, loadGraph, readGraphRows } from '@powergroups/server/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/server.ts';

const db = await testDatabase();
const tag = `t${Math.random().toString(36).slice(2, 8)}x`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'powergroups-seed-'));
  await loadCatalogue(db);
});
afterAll(async () => {
  await deleteByIdTag(db, tag);
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

/** Loads one generated group of ~40 members under the given tag; returns its id. */
async function loadGroup(groupTag: string, seed: number): Promise<string> {
  const first = generateGroups({ members: 40, seed, tag: groupTag }).next();
  if (first.done) throw new Error('no group');
  const g = first.value;
  await loadGraph(db, {
    groups: [g.group],
    members: g.members,
    contacts: g.contacts,
    knows: g.knows,
    oneToOnes: g.oneToOnes,
    referrals: g.referrals,
  });
  return g.group.id;
}

/** The group's part of the graph without the shared catalogue. */
async function snapshot(groupId: string): Promise<Partial<GraphRows>> {
  const { groups, members, contacts, knows, oneToOnes, referrals } = await readGraphRows(db, [groupId]);
  return { groups, members, contacts, knows, oneToOnes, referrals };
}

describe('CSV import refuses a bad row, naming file, row and field, and writes nothing', () => {
  const badTag = `${tag}-bad`;
  const groupId = `grp-${badTag}`;
  const roster = (rows: string[]) =>
    [
      'id,name,company,industry,role,since,joinedAt,email,phone,bio,wantsToMeet,doesNotWantToMeet',
      `mem-${badTag}-1,Ann Lee,Lee Accounts,Accountant,ORGANISER,2024-01-09,2024-01-09,ann@lee.ie,,,"Solicitor; first-time buyers",`,
      `mem-${badTag}-2,Bob Kay,Kay Legal,ind-solicitor,MEMBER,,2024-02-13,,,,,`,
      ...rows,
    ].join('\n');
  const groupFile = `id,name,region,meetingDay\n${groupId},Bad Rows Club,Dublin,Friday\n`;

  const cases: [string, string, RegExp][] = [
    [
      'unknown industry',
      `mem-${badTag}-3,Cy Dee,Dee Stars,Astrology,MEMBER,,2024-03-01,,,,,`,
      /roster\.csv: row 3 \(line 4\), field "industry": unknown industry "Astrology"/,
    ],
    [
      'duplicate id',
      `mem-${badTag}-1,Cy Dee,Dee Plumbing,Plumber,MEMBER,,2024-03-01,,,,,`,
      /roster\.csv: row 3 \(line 4\), field "id": duplicate id "mem-.*-1": already used on row 1/,
    ],
    [
      'malformed date',
      `mem-${badTag}-3,Cy Dee,Dee Plumbing,Plumber,MEMBER,,2024-13-01,,,,,`,
      /roster\.csv: row 3 \(line 4\), field "joinedAt": Write the date as YYYY-MM-DD/,
    ],
    [
      'empty name',
      `mem-${badTag}-3,  ,Dee Plumbing,Plumber,MEMBER,,2024-03-01,,,,,`,
      /roster\.csv: row 3 \(line 4\), field "name": must not be empty/,
    ],
  ];

  it.each(cases)('%s', async (_name, badRow, message) => {
    const rosterPath = join(dir, `roster.csv`);
    const groupPath = join(dir, `group.csv`);
    await writeFile(rosterPath, roster([badRow]));
    await writeFile(groupPath, groupFile);
    const before = await countByIdTag(db, badTag);
    const error = await importGroupCsv(db, groupId, { group: groupPath, roster: rosterPath }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(message);
    expect(await countByIdTag(db, badTag)).toEqual(before);
    expect(before.nodes).toEqual({});
  });

  it('reports a bad referral row and leaves the valid roster unwritten too', async () => {
    await writeFile(join(dir, 'roster.csv'), roster([]));
    await writeFile(join(dir, 'group.csv'), groupFile);
    await writeFile(
      join(dir, 'referrals.csv'),
      [
        'id,from,to,contact,status,value,hotness,createdAt,updatedAt,notes',
        `ref-${badTag}-1,mem-${badTag}-1,mem-${badTag}-2,,WON,1200,4,2026-03-01T10:00:00Z,2026-04-01T10:00:00Z,fine`,
        `ref-${badTag}-2,mem-${badTag}-2,mem-${badTag}-1,,LOST,500,2,2026-03-01T10:00:00Z,2026-03-02T10:00:00Z,bad`,
        `ref-${badTag}-3,mem-${badTag}-2,mem-${badTag}-1,,OFFERED,,2,2026-03-01T10:00:00Z,2026-03-32T10:00:00Z,bad`,
      ].join('\n'),
    );
    const error = await importGroupCsv(db, groupId, {
      group: join(dir, 'group.csv'),
      roster: join(dir, 'roster.csv'),
      referrals: join(dir, 'referrals.csv'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /referrals\.csv: row 2 \(line 3\), field "value": only a won referral has a value/,
    );
    expect(message).toMatch(
      /referrals\.csv: row 3 \(line 4\), field "updatedAt": Write the instant as YYYY-MM-DDThh:mm:ssZ/,
    );
    expect((await countByIdTag(db, badTag)).nodes).toEqual({});
  });

  it('reads one-to-ones with their status, and refuses a held one on a day still to come', async () => {
    await writeFile(join(dir, 'roster.csv'), roster([]));
    await writeFile(join(dir, 'group.csv'), groupFile);
    await writeFile(
      join(dir, 'one-to-ones.csv'),
      [
        'id,on,memberA,memberB,status,notes',
        `oto-${badTag}-1,2026-03-01,mem-${badTag}-1,mem-${badTag}-2,HELD,fine`,
        `oto-${badTag}-2,2099-03-01,mem-${badTag}-1,mem-${badTag}-2,planned,fine: booked ahead`,
        `oto-${badTag}-3,2099-03-01,mem-${badTag}-1,mem-${badTag}-2,,held is the default: refused`,
        `oto-${badTag}-4,2026-03-01,mem-${badTag}-1,mem-${badTag}-2,POSTPONED,not a status`,
      ].join('\n'),
    );
    const error = await importGroupCsv(db, groupId, {
      group: join(dir, 'group.csv'),
      roster: join(dir, 'roster.csv'),
      oneToOnes: join(dir, 'one-to-ones.csv'),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /one-to-ones\.csv: row 3 \(line 4\), field "status": a held one-to-one cannot be on a day still to come \(2099-03-01\): mark it PLANNED/,
    );
    expect(message).toMatch(
      /one-to-ones\.csv: row 4 \(line 5\), field "status": the status is one of PLANNED, HELD, CANCELLED/,
    );
    expect(message).not.toMatch(/row [12] /);
    expect((await countByIdTag(db, badTag)).nodes).toEqual({});
  });

  it('rolls back the whole load when Neo4j refuses a statement half-way', async () => {
    // Rows that skip validation: the members go in, then datetime() fails on a referral.
    const error = await loadGraph(db, {
      groups: [{ id: groupId, name: 'Half', region: 'Dublin', meetingDay: 'Monday' }],
      members: [
        {
          id: `mem-${badTag}-9`,
          name: 'Half Way',
          company: 'Half Ltd',
          email: null,
          phone: null,
          bio: null,
          joinedAt: '2024-01-01',
          wantsToMeet: [],
          doesNotWantToMeet: [],
          industryId: 'ind-accountant',
          groupId,
          role: 'MEMBER',
          since: '2024-01-01',
        },
      ],
      referrals: [
        {
          id: `ref-${badTag}-9`,
          fromId: `mem-${badTag}-9`,
          toId: `mem-${badTag}-9`,
          contactId: null,
          status: 'OFFERED',
          value: null,
          notes: null,
          hotness: 1,
          createdAt: 'not a date',
          updatedAt: 'not a date',
        },
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((await countByIdTag(db, badTag)).nodes).toEqual({});
  });
});

describe('export → wipe → import gives the same graph', () => {
  it('as CSV files', async () => {
    const csvTag = `${tag}-csv`;
    const groupId = await loadGroup(csvTag, 11);
    const before = await snapshot(groupId);
    const counts = await countByIdTag(db, csvTag);
    expect(before.members?.length).toBe(40);

    const out = join(dir, 'export');
    await exportGroupCsv(db, groupId, out);
    const roster = await readFile(join(out, 'roster.csv'), 'utf8');
    expect(roster.split('\n')[0]).toBe(
      'id,name,company,industry,role,since,joinedAt,email,phone,bio,wantsToMeet,doesNotWantToMeet',
    );

    await deleteByIdTag(db, csvTag);
    expect((await countByIdTag(db, csvTag)).nodes).toEqual({});

    await importGroupCsv(db, groupId, filesIn(out));
    expect(await snapshot(groupId)).toEqual(before);
    expect(await countByIdTag(db, csvTag)).toEqual(counts);

    // and importing the same files again changes nothing
    await importGroupCsv(db, groupId, filesIn(out));
    expect(await countByIdTag(db, csvTag)).toEqual(counts);
  });

  it('as JSON', async () => {
    const jsonTag = `${tag}-json`;
    const groupId = await loadGroup(jsonTag, 12);
    const before = await snapshot(groupId);
    const counts = await countByIdTag(db, jsonTag);

    const path = join(dir, 'graph.json');
    const document = await writeGraphJson(db, path, [groupId]);
    expect(document.industries.length).toBeGreaterThan(50);

    await deleteByIdTag(db, jsonTag);
    expect((await countByIdTag(db, jsonTag)).nodes).toEqual({});

    await importGraphJson(db, path);
    expect(await snapshot(groupId)).toEqual(before);
    expect(await countByIdTag(db, jsonTag)).toEqual(counts);
  });

  it('refuses a JSON row with an unknown member, naming section and row', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(
      path,
      JSON.stringify({
        format: 'power-groups-graph',
        version: 1,
        knows: [
          {
            memberId: `mem-${tag}-nobody`,
            contactId: `con-${tag}-x`,
            strength: 3,
            since: '2024-01-01',
            context: null,
          },
        ],
      }),
    );
    await expect(importGraphJson(db, path)).rejects.toThrow(
      /bad\.json knows: row 1, field "memberId": unknown member/,
    );
  });
});

describe('the generator on the real Neo4j', () => {
  it('streams 500 members in, with every relationship it counted, and a second run changes nothing', async () => {
    const genTag = `${tag}-gen`;
    const result = await streamGenerated(db, { members: 500, seed: 3, tag: genTag, batchSize: 2_000 });
    expect(result.members).toBe(500);
    const counts = await countByIdTag(db, genTag);
    expect(counts.nodes.Member).toBe(500);
    expect(counts.nodes.Group).toBe(result.groups);
    const relationships = Object.values(counts.relationships).reduce((sum, n) => sum + n, 0);
    expect(relationships).toBe(result.relationships);

    await streamGenerated(db, { members: 500, seed: 3, tag: genTag, batchSize: 2_000 });
    expect(await countByIdTag(db, genTag)).toEqual(counts);
  });
});
