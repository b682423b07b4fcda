// Imports of any accepted size either succeed or are refused up front (issue #13): a group's files
// at the size limit go in through the API, in batches that each stay under Neo4j's transaction
// memory limit; one row more is refused before anything is read into the database; and a batched
// import that fails part-way is undone, leaving the group exactly as it was.
import { randomBytes } from 'node:crypto';
import { ImportError } from '@powergroups/server';
import {
  countByIdTag,
  deleteByIdTag,
  IMPORT_LIMITS,
  importGroupCsvTexts,
  loadGraph,
  ONE_TRANSACTION_ROWS,
  readGraphRows,
} from '@powergroups/server/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigGroupCsv } from '../support/big-group.ts';
import { type TestApi, testApi } from '../support/server.ts';
import { storedTokens, tokenOf } from '../support/tokens.ts';

const tag = `isz${randomBytes(3).toString('hex')}x`;
let api: TestApi;

const filesOf = (texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([kind, text]) => [kind, { file: `${kind}.csv`, text }]));

beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await api.db.write('MATCH (c:Change) WHERE c.groupId CONTAINS $tag DELETE c', { tag });
  await deleteByIdTag(api.db, tag);
  expect(await countByIdTag(api.db, tag)).toEqual({ nodes: {}, relationships: {} });
  await api.db.close();
});

const IMPORT = `mutation ($input: ImportGroupCsvInput!) {
  importGroupCsv(input: $input) {
    __typename
    ... on Error { message }
    ... on ImportGroupCsvSuccess { data { members contacts oneToOnes referrals } }
  }
}`;

/** A new group with its organiser signed in, ready for their import through the API. */
async function groupWithOrganiser(groupTag: string) {
  const big = bigGroupCsv(groupTag, 100);
  const organiserId = `mem-${groupTag}-0`;
  await importGroupCsvTexts(
    api.db,
    big.groupId,
    filesOf({ group: big.texts.group, roster: big.texts.roster }),
  );
  await loadGraph(api.db, {}, { tokens: storedTokens([organiserId], `import-size ${groupTag}`) });
  return { groupId: big.groupId, token: tokenOf(organiserId) };
}

describe('an import at the size limit', () => {
  it(`goes in through the API in batches (${IMPORT_LIMITS.rows.toLocaleString('en')} rows)`, {
    timeout: 180_000,
  }, async () => {
    const groupTag = `${tag}-limit`;
    const { groupId, token } = await groupWithOrganiser(groupTag);
    const big = bigGroupCsv(groupTag, IMPORT_LIMITS.rows);
    expect(big.rows).toBe(IMPORT_LIMITS.rows);
    expect(big.rows).toBeGreaterThan(ONE_TRANSACTION_ROWS);
    expect(big.bytes).toBeLessThan(IMPORT_LIMITS.bytes);
    const { roster, contacts, oneToOnes, referrals } = big.texts;
    const { data, errors } = await api.graphql<{ importGroupCsv: { __typename: string; data?: unknown } }>(
      IMPORT,
      { input: { groupId, roster, contacts, oneToOnes, referrals } },
      token,
    );
    expect(errors).toBeUndefined();
    expect(data?.importGroupCsv.__typename, JSON.stringify(data)).toBe('ImportGroupCsvSuccess');
    const counts = await countByIdTag(api.db, groupTag);
    expect(counts.nodes.Member).toBe(60);
    expect(counts.nodes.OneToOne).toBe(Math.floor((IMPORT_LIMITS.rows - 61) * 0.2));
  });

  it('refuses one row more before writing anything, naming the limit', async () => {
    const groupTag = `${tag}-over`;
    const big = bigGroupCsv(groupTag, IMPORT_LIMITS.rows + 1);
    const error = await importGroupCsvTexts(api.db, big.groupId, filesOf(big.texts)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(
      /100,001 rows; one import takes at most 100,000: split the files/,
    );
    expect(await countByIdTag(api.db, groupTag)).toEqual({ nodes: {}, relationships: {} });
  });
});

describe('a batched import that fails part-way', () => {
  it('is undone: the group is as it was before, and the error says so', { timeout: 120_000 }, async () => {
    const groupTag = `${tag}-undo`;
    const big = bigGroupCsv(groupTag, ONE_TRANSACTION_ROWS + 5_000);
    await importGroupCsvTexts(api.db, big.groupId, filesOf(big.texts));
    const before = await readGraphRows(api.db, [big.groupId]);

    // The same files with a renamed member, moved referrals and new contacts; the write stops
    // after its third batch (as if Neo4j had gone away).
    const changed = bigGroupCsv(groupTag, ONE_TRANSACTION_ROWS + 8_000);
    changed.texts.roster = changed.texts.roster.replace('Member 1,', 'Member One Renamed,');
    let batches = 0;
    const error = await importGroupCsvTexts(api.db, big.groupId, filesOf(changed.texts), {
      onProgress: () => {
        batches += 1;
        if (batches === 3) throw new Error('the database went away');
      },
    }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('ImportWriteError');
    expect((error as Error).message).toMatch(/undone; nothing changed/);
    const after = await readGraphRows(api.db, [big.groupId]);
    const part = ({ groups, members, contacts, knows, oneToOnes, referrals }: typeof before) => ({
      groups,
      members,
      contacts,
      knows,
      oneToOnes,
      referrals,
    });
    expect(part(after)).toEqual(part(before));
  });
});
