// An organiser's import stays inside their group: every row that would move, tie in, change or
// reveal another group's member, contact, referral or one-to-one is refused with its row and
// reason, and the graph is left exactly as it was. Re-importing replaces links instead of adding
// second ones; a roster with only the required columns keeps what its file leaves out; contacts
// that belong to no group any more are removed.
import { countByIdTag, readGraphRows } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('import-walls');
const { facts: F, rows, tag, tokenOf, ownId } = sample;

const GROUP_A = F.groupId;
const GROUP_B = F.otherGroupIds[0] ?? '';
const ORGANISER_A = F.organiserId;
const membersOf = (groupId: string) => rows.members.filter((m) => m.groupId === groupId);
const [A1, A2, A3] = membersOf(GROUP_A).map((m) => m.id);
const [B1, B2] = membersOf(GROUP_B).map((m) => m.id);
const inB = new Set(membersOf(GROUP_B).map((m) => m.id));
const inA = new Set(membersOf(GROUP_A).map((m) => m.id));
/** A contact only members of B know, and no referral of A is about. */
const contactOfB = rows.contacts.find(
  (c) =>
    rows.knows.some((k) => k.contactId === c.id && inB.has(k.memberId)) &&
    !rows.knows.some((k) => k.contactId === c.id && !inB.has(k.memberId)) &&
    !rows.referrals.some((r) => r.contactId === c.id && (inA.has(r.fromId) || inA.has(r.toId))),
);
const referralOfB = rows.referrals.find((r) => inB.has(r.fromId) && inB.has(r.toId));
const oneToOneOfB = rows.oneToOnes.find((o) => o.memberIds.every((id) => inB.has(id)));

const IMPORT = `mutation ($input: ImportGroupCsvInput!) {
  importGroupCsv(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
    ... on ImportGroupCsvSuccess { data { members contacts oneToOnes referrals } }
  }
}`;

interface ImportResult {
  __typename: string;
  message?: string;
  fieldErrors?: { path: string[]; message: string }[];
  data?: Record<string, number>;
}

async function importAsOrganiser(files: Record<string, string>): Promise<ImportResult> {
  const { data, errors } = await sample.api.graphql<{ importGroupCsv: ImportResult }>(
    IMPORT,
    { input: { groupId: GROUP_A, ...files } },
    tokenOf(ORGANISER_A),
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  if (!data) throw new Error('no answer');
  return data.importGroupCsv;
}

const ROSTER = 'id,name,company,industry,joinedAt';
const CONTACTS = 'id,name,company,industry,knownBy,strength,since';
const ONE_TO_ONES = 'id,on,memberA,memberB';
const REFERRALS = 'id,from,to,contact,status,hotness,createdAt,updatedAt';
const WHEN = '2026-10-01T10:00:00Z,2026-10-02T10:00:00Z';

/** The whole copy (all three groups), as export reads it: what a refused import must not change. */
async function everything() {
  const groups = [...new Set(rows.members.map((m) => m.groupId))];
  const { members, contacts, knows, oneToOnes, referrals } = await readGraphRows(sample.api.db, groups);
  return { members, contacts, knows, oneToOnes, referrals, counts: await countByIdTag(sample.api.db, tag) };
}

describe('an import cannot reach into another group', () => {
  const member = (id: string | undefined) => {
    const found = rows.members.find((m) => m.id === id);
    if (!found) throw new Error(`no member ${id}`);
    return found;
  };
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'moving a member of another group onto the roster',
      { roster: `${ROSTER}\n${B1},${member(B1).name},${member(B1).company},ind-florist,2026-01-01` },
      /roster\.csv: row 1.*is a member of another group: an import cannot move members/,
    ],
    [
      'a contact known by a member of another group',
      { contacts: `${CONTACTS}\n${ownId('con', 'w1')},Pat Planted,,ind-solicitor,${B1},3,2026-01-01` },
      /contacts\.csv: row 1.*field "knownBy": .* is a member of another group/,
    ],
    [
      "renaming or knowing another group's contact",
      { contacts: `${CONTACTS}\n${contactOfB?.id},Renamed Person,,,${A1},5,2026-01-01` },
      /contacts\.csv: row 1.*field "id": .* is a contact of another group/,
    ],
    [
      "a one-to-one between another group's members",
      { oneToOnes: `${ONE_TO_ONES}\n${ownId('oto', 'w1')},2026-09-01,${B1},${B2}` },
      /one-to-ones\.csv: row 1.*is a member of another group/,
    ],
    [
      "rewriting another group's one-to-one",
      { oneToOnes: `${ONE_TO_ONES}\n${oneToOneOfB?.id},2026-09-01,${A1},${A2}` },
      /one-to-ones\.csv: row 1.*field "id": .* is a one-to-one of another group/,
    ],
    [
      "a referral between another group's members",
      { referrals: `${REFERRALS}\n${ownId('ref', 'w1')},${B1},${B2},,OFFERED,3,${WHEN}` },
      /referrals\.csv: row 1.*field "from": .* is a member of another group/,
    ],
    [
      "rewriting another group's referral",
      { referrals: `${REFERRALS}\n${referralOfB?.id},${A1},${A2},,OFFERED,3,${WHEN}` },
      /referrals\.csv: row 1.*field "id": .* is a referral of another group/,
    ],
    [
      "a referral about another group's contact",
      { referrals: `${REFERRALS}\n${ownId('ref', 'w2')},${A1},${A2},${contactOfB?.id},OFFERED,3,${WHEN}` },
      /referrals\.csv: row 1.*field "contact": .* is a contact of another group/,
    ],
  ];

  it('has what each case needs in the sample', () => {
    expect([A1, A2, A3, B1, B2, contactOfB, referralOfB, oneToOneOfB].every(Boolean)).toBe(true);
  });

  it.each(cases)('refuses %s, and changes nothing', async (_name, files, message) => {
    const before = await everything();
    const result = await importAsOrganiser(files);
    expect(result.__typename).toBe('ValidationError');
    expect(result.fieldErrors?.map((e) => e.message).join('\n')).toMatch(message);
    expect(await everything()).toEqual(before);
  });
});

describe('re-importing replaces links', () => {
  const referral = ownId('ref', 'moving');
  const meeting = ownId('oto', 'moving');
  const first = ownId('con', 'first');
  const second = ownId('con', 'second');

  it('a changed receiver, contact or attendee replaces the old one, and a contact nobody has any more goes', async () => {
    const contacts = `${CONTACTS}\n${first},First Person,,ind-solicitor,${A1},3,2026-01-01\n${second},Second Person,,,${A1},2,2026-01-01`;
    const once = await importAsOrganiser({
      contacts,
      referrals: `${REFERRALS}\n${referral},${A1},${A2},${first},OFFERED,3,${WHEN}`,
      oneToOnes: `${ONE_TO_ONES}\n${meeting},2026-09-01,${A1},${A2}`,
    });
    expect(once.__typename, JSON.stringify(once)).toBe('ImportGroupCsvSuccess');

    // Again, with another receiver, contact and attendee; `first` is known by nobody now.
    const again = await importAsOrganiser({
      contacts: `${CONTACTS}\n${second},Second Person,,,${A1},2,2026-01-01`,
      referrals: `${REFERRALS}\n${referral},${A1},${A3},${second},CONTACTED,3,${WHEN}`,
      oneToOnes: `${ONE_TO_ONES}\n${meeting},2026-09-01,${A1},${A3}`,
    });
    expect(again.__typename, JSON.stringify(again)).toBe('ImportGroupCsvSuccess');
    const [links] = await sample.api.db.read<{ receivers: string[]; about: string[]; attendees: string[] }>(
      `MATCH (r:Referral {id: $referral}), (o:OneToOne {id: $meeting})
       RETURN COLLECT { MATCH (r)-[:TO]->(m) RETURN m.id } AS receivers,
              COLLECT { MATCH (r)-[:ABOUT]->(c) RETURN c.id } AS about,
              COLLECT { MATCH (m)-[:ATTENDED]->(o) RETURN m.id ORDER BY m.id } AS attendees`,
      { referral, meeting },
    );
    expect(links).toEqual({ receivers: [A3], about: [second], attendees: [A1, A3].sort() });
    // `first` is still known by A1 (the second import did not list it, and an import never
    // removes a KNOWS): it stays. A contact that nobody knows and no referral names is refused.
    const orphan = await importAsOrganiser({ contacts: `${CONTACTS}\n${ownId('con', 'alone')},Alone,,,,,` });
    expect(orphan.fieldErrors?.[0]?.message).toMatch(/nobody knows .* and no referral is about it/);
  });

  it('removes a contact that only a re-pointed referral was about', async () => {
    const mentioned = ownId('con', 'mentioned');
    const seed = await sample.api.db.write(
      `MATCH (g:Member {id: $a1}), (r:Member {id: $a2})
       CREATE (g)-[:GAVE]->(:Referral {id: $id, status: 'OFFERED', hotness: 2, createdAt: datetime(), updatedAt: datetime()})
              -[:TO]->(r)
       WITH 1 AS one MATCH (ref:Referral {id: $id})
       CREATE (ref)-[:ABOUT]->(:Contact {id: $mentioned, name: 'Only Mentioned'})
       RETURN 1 AS done`,
      { a1: A1, a2: A2, id: ownId('ref', 'repoint'), mentioned },
    );
    expect(seed).toHaveLength(1);
    const result = await importAsOrganiser({
      referrals: `${REFERRALS}\n${ownId('ref', 'repoint')},${A1},${A2},,OFFERED,2,${WHEN}`,
    });
    expect(result.__typename, JSON.stringify(result)).toBe('ImportGroupCsvSuccess');
    const left = await sample.api.db.read('MATCH (c:Contact {id: $id}) RETURN c.id AS id', { id: mentioned });
    expect(left).toEqual([]);
  });
});

describe('a roster with only the required columns', () => {
  it('is accepted, and keeps the email, phone and role it leaves out', async () => {
    const target = membersOf(GROUP_A).find((m) => m.email && m.phone && m.id !== ORGANISER_A);
    if (!target) throw new Error('no member with email and phone');
    const result = await importAsOrganiser({
      roster: `${ROSTER}\n${target.id},${target.name} Renamed,${target.company},${target.industryId},${target.joinedAt}`,
    });
    expect(result.__typename, JSON.stringify(result)).toBe('ImportGroupCsvSuccess');
    const [stored] = await sample.api.db.read<Record<string, string>>(
      `MATCH (m:Member {id: $id})-[mo:MEMBER_OF]->()
       RETURN m.name AS name, m.email AS email, m.phone AS phone, mo.role AS role`,
      { id: target.id },
    );
    expect(stored).toEqual({
      name: `${target.name} Renamed`,
      email: target.email,
      phone: target.phone,
      role: target.role,
    });
  });

  it('names the required columns a header lacks', async () => {
    const result = await importAsOrganiser({ roster: 'id,name\nmem-x-1,X' });
    expect(result.fieldErrors?.[0]?.message).toMatch(
      /roster\.csv \(line 1\): the header lacks company, industry, joinedAt; required columns: id,name,company,industry,joinedAt; optional: role,/,
    );
  });
});
