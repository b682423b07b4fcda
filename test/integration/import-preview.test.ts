// An organiser previews a roster import before applying it: each row added, updated (with the
// fields that change, before → after), unchanged, or refused (with the row, the column and the
// reason, from the import's own checks). The preview writes nothing; the import given the
// preview's fingerprint writes exactly what it showed, and is refused once the group has changed.
import { countByIdTag, readGraphRows } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('import-preview');
const { facts: F, rows, tag, tokenOf, ownId } = sample;

const GROUP = F.groupId;
const OTHER_ORGANISER = rows.members.find((m) => m.groupId === F.otherGroupIds[0] && m.role === 'ORGANISER');

const member = (id: string) => {
  const found = rows.members.find((m) => m.id === id);
  if (!found) throw new Error(`no member ${id}`);
  return found;
};
const accountant = member(F.accountantId);
const aoife = member(F.mortgageIntermediaryId);
const NEW_ID = ownId('mem', 'new-letting-agent');

const PREVIEW = `query ($input: PreviewGroupCsvInput!, $status: [ImportRowStatus!]) {
  previewGroupCsv(input: $input) {
    canImport
    fingerprint
    counts { added updated unchanged refused }
    problems { file row column message }
    rows(status: $status) {
      file row line kind id label status
      changes { column before after }
      refusals { row column message }
    }
  }
}`;

const IMPORT = `mutation ($input: ImportGroupCsvInput!) {
  importGroupCsv(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
    ... on ImportGroupCsvSuccess { data { members } }
  }
}`;

interface Preview {
  canImport: boolean;
  fingerprint: string;
  counts: { added: number; updated: number; unchanged: number; refused: number };
  problems: { file: string; row: number; column: string | null; message: string }[];
  rows: {
    row: number;
    line: number | null;
    kind: string;
    id: string;
    label: string | null;
    status: string;
    changes: { column: string; before: string | null; after: string | null }[];
    refusals: { row: number; column: string | null; message: string }[];
  }[];
}

async function preview(roster: string, token = tokenOf(F.organiserId)) {
  return sample.api.graphql<{ previewGroupCsv: Preview | null }>(
    PREVIEW,
    { input: { groupId: GROUP, roster } },
    token,
  );
}

async function previewed(roster: string): Promise<Preview> {
  const { data, errors } = await preview(roster);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  if (!data?.previewGroupCsv) throw new Error('no preview');
  return data.previewGroupCsv;
}

async function importRoster(roster: string, fingerprint: string) {
  const { data, errors } = await sample.api.graphql<{
    importGroupCsv: { __typename: string; message?: string; data?: { members: number } };
  }>(IMPORT, { input: { groupId: GROUP, roster, previewed: fingerprint } }, tokenOf(F.organiserId));
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data?.importGroupCsv;
}

async function groupState() {
  const { members, contacts, knows, oneToOnes, referrals } = await readGraphRows(sample.api.db, [GROUP]);
  const [changes] = await sample.api.db.read<{ n: number }>(
    'MATCH (c:Change {groupId: $group}) RETURN count(c) AS n',
    { group: GROUP },
  );
  return {
    members,
    contacts,
    knows,
    oneToOnes,
    referrals,
    counts: await countByIdTag(sample.api.db, tag),
    changes: changes?.n,
  };
}

const HEADER = 'id,name,company,industry,joinedAt,email';
const line = (
  m: { id: string; name: string; company: string; joinedAt: string },
  industry: string,
  email = '',
) => `${m.id},${m.name},${m.company},${industry},${m.joinedAt},${email}`;

// Aoife as stored; Declan with a new company and email; a new letting agent (no one's seat); Pádraig with a bad email;
// Brian moved into mortgage (Aoife's seat); someone in an industry that does not exist.
const brian = member(F.estateAgentId);
const organiser = member(F.organiserId);
const ROSTER = [
  HEADER,
  line(aoife, 'Mortgage intermediary', aoife.email ?? ''),
  `${accountant.id},${accountant.name},Murphy & Daughters,ind-accountant,${accountant.joinedAt},declan@murphy.example`,
  `${NEW_ID},Róisín Lettings,Lettings Ltd,letting agent,2026-11-01,roisin@lettings.example`,
  line(organiser, organiser.industryId, 'not-an-email'),
  line(brian, 'mortgage broker', brian.email ?? ''),
  `${ownId('mem', 'nobody')},No Body,Nowhere Ltd,ind-time-travel,2026-11-01,`,
].join('\n');

describe('previewing a roster import', () => {
  it('shows each row added, updated with its changes, unchanged or refused with its reason, and writes nothing', async () => {
    const before = await groupState();
    const answer = await previewed(ROSTER);
    expect(await groupState(), 'the preview wrote something').toEqual(before);

    expect(answer.canImport).toBe(false);
    expect(answer.counts).toEqual({ added: 1, updated: 1, unchanged: 1, refused: 3 });
    const byId = new Map(answer.rows.map((row) => [row.id, row]));

    expect(byId.get(aoife.id)).toMatchObject({
      row: 1,
      line: 2,
      kind: 'MEMBER',
      status: 'UNCHANGED',
      changes: [],
    });
    expect(byId.get(accountant.id)).toMatchObject({ status: 'UPDATED', label: accountant.name });
    expect(byId.get(accountant.id)?.changes).toEqual([
      { column: 'company', before: accountant.company, after: 'Murphy & Daughters' },
      { column: 'email', before: accountant.email, after: 'declan@murphy.example' },
    ]);
    // A new member's fields, the industry by its name (the file says "letting agent").
    expect(byId.get(NEW_ID)).toMatchObject({ status: 'ADDED', label: 'Róisín Lettings' });
    expect(byId.get(NEW_ID)?.changes).toContainEqual({
      column: 'industry',
      before: null,
      after: 'Letting agent',
    });

    expect(byId.get(organiser.id)).toMatchObject({
      status: 'REFUSED',
      refusals: [{ row: 4, column: 'email', message: expect.stringMatching(/email address/) }],
    });
    // The seat rule names who holds it, as the API's updateMember does.
    expect(byId.get(brian.id)).toMatchObject({
      status: 'REFUSED',
      refusals: [
        {
          row: 5,
          column: 'industry',
          message: expect.stringContaining(`${aoife.name} (${aoife.id}) already holds Mortgage intermediary`),
        },
      ],
    });
    expect(byId.get(ownId('mem', 'nobody'))).toMatchObject({
      status: 'REFUSED',
      refusals: [
        { row: 6, column: 'industry', message: expect.stringMatching(/unknown industry "ind-time-travel"/) },
      ],
    });

    // The refused rows alone, as the explorer asks for them first.
    const refusedOnly = (
      await sample.api.graphql<{ previewGroupCsv: Preview }>(
        PREVIEW,
        { input: { groupId: GROUP, roster: ROSTER }, status: ['REFUSED'] },
        tokenOf(F.organiserId),
      )
    ).data?.previewGroupCsv.rows.map((row) => row.row);
    expect(refusedOnly).toEqual([4, 5, 6]);
  });

  it('says what is wrong with a file as a whole', async () => {
    const answer = await previewed('id,name\nmem-x,X');
    expect(answer.canImport).toBe(false);
    expect(answer.rows).toEqual([]);
    expect(answer.problems).toEqual([
      {
        file: 'roster.csv',
        row: 0,
        column: null,
        message: expect.stringMatching(/the header lacks company, industry, joinedAt/),
      },
    ]);
  });

  it('is for organisers of the group only', async () => {
    if (!OTHER_ORGANISER) throw new Error('the other group has no organiser');
    for (const caller of [OTHER_ORGANISER.id, F.accountantId]) {
      const { data, errors } = await preview(ROSTER, tokenOf(caller));
      expect(data?.previewGroupCsv ?? null).toBeNull();
      expect(errors?.[0]?.message).toMatch(/previewGroupCsv: only an organiser of the group/);
    }
  });
});

describe('applying a previewed import', () => {
  const GOOD = ROSTER.split('\n').slice(0, 4).join('\n');

  it('writes what the preview showed, and refuses once the group changed since', async () => {
    const shown = await previewed(GOOD);
    expect(shown.canImport).toBe(true);
    expect(shown.counts).toEqual({ added: 1, updated: 1, unchanged: 1, refused: 0 });

    // Someone edits Declan after the preview: the import no longer does what was shown.
    await sample.api.db.write('MATCH (m:Member {id: $id}) SET m.company = $company', {
      id: accountant.id,
      company: 'Changed Meanwhile Ltd',
    });
    const before = await groupState();
    const outdated = await importRoster(GOOD, shown.fingerprint);
    expect(outdated).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/preview it again/),
    });
    expect(await groupState(), 'a refused import wrote something').toEqual(before);

    const fresh = await previewed(GOOD);
    expect(fresh.fingerprint).not.toBe(shown.fingerprint);
    const applied = await importRoster(GOOD, fresh.fingerprint);
    expect(applied).toMatchObject({ __typename: 'ImportGroupCsvSuccess', data: { members: 3 } });

    // What the preview said is what is stored: a second preview finds nothing left to do.
    const after = await readGraphRows(sample.api.db, [GROUP]);
    const stored = (id: string) => after.members.find((m) => m.id === id);
    expect(stored(accountant.id)).toMatchObject({
      company: 'Murphy & Daughters',
      email: 'declan@murphy.example',
    });
    expect(stored(NEW_ID)).toMatchObject({
      name: 'Róisín Lettings',
      industryId: 'ind-letting-agent',
      groupId: GROUP,
    });
    expect((await previewed(GOOD)).counts).toEqual({ added: 0, updated: 0, unchanged: 3, refused: 0 });
  });
});

describe('one member per industry, said once', () => {
  it('refuses a taken seat in updateMember with the words of the import, naming the holder', async () => {
    const { data } = await sample.api.graphql<{
      updateMember: { __typename: string; fieldErrors?: { path: string[]; message: string }[] };
    }>(
      `mutation ($input: UpdateMemberInput!) {
        updateMember(input: $input) { __typename ... on ValidationError { fieldErrors { path message } } }
      }`,
      { input: { id: brian.id, industryId: aoife.industryId } },
      tokenOf(F.organiserId),
    );
    const fromImport = (await previewed(ROSTER)).rows.find((row) => row.id === brian.id)?.refusals[0]
      ?.message;
    expect(data?.updateMember).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'industryId'], message: fromImport }],
    });
    expect(fromImport).toContain(aoife.name);
  });
});
