// Each integration suite's own copy of the sample's three groups. Every id of a group, member,
// contact, one-to-one and referral carries a tag of the suite's own (`mem-<tag>-aoife-byrne`), so
// suites read and write the one database in parallel and in any order, and each removes exactly
// what is its own afterwards (the neo4j/graphql test helper does the same with unique labels).
//
// The industry catalogue (industries, synergies, competitions, power groups) stays shared: the
// global setup loads it, and no suite changes it. A suite that edits the catalogue does so on
// industries or power groups it loads itself under its tag (`ownId('ind', …)`), which the
// clean-up removes with the rest.
import { randomBytes } from 'node:crypto';
import { SAMPLE_FACTS } from '@powergroups/seed';
import type { Database, GraphRows } from '@powergroups/server';
import { validatedSample } from '@powergroups/server';
import { countByIdTag, deleteByIdTag, loadGraph } from '@powergroups/server/test';
import { afterAll, beforeAll, expect } from 'vitest';
import { testDatabase } from './database.ts';
import { type TestApi, testApi } from './server.ts';
import { storedTokens, tokenOf } from './tokens.ts';

/** The kinds of node that belong to a group; every other id (ind-…, pg-…) is the shared catalogue's. */
const GROUP_OWNED_ID = /^(grp|mem|con|oto|ref)-/;

/**
 * What the API wrote into the copy under ids of its own making (`ref-<uuid>`, `con-…`, `oto-…`,
 * `mem-…`), and the copy's accounts and their tokens (ids without the tag): everything that hangs off a member
 * of a tagged group goes with the groups and their members. Run before the sweep by tag.
 */
const DELETE_TAGGED_GROUPS = `
MATCH (g:Group)
WHERE g.id CONTAINS $tag
OPTIONAL MATCH (m:Member)-[:MEMBER_OF]->(g)
OPTIONAL MATCH (m)-[:GAVE|TO|ATTENDED|KNOWS]-(held)
WHERE held:Referral OR held:OneToOne OR held:Contact
OPTIONAL MATCH (held:Referral)-[:ABOUT]->(about:Contact)
WITH g, m, collect(held) + collect(about) AS owned
OPTIONAL MATCH (account:Account)-[:IS]->(m)
OPTIONAL MATCH (credential)-[:OF|FOR]->(account)
WHERE credential:Session OR credential:AccessToken OR credential:Invitation
WITH collect(g) + collect(m) + collect(account) + collect(credential) + reduce(all = [], o IN collect(owned) | all + o) AS nodes
UNWIND nodes AS n
WITH DISTINCT n
DETACH DELETE n`;

/** SAMPLE_FACTS with every id of a group-owned node in this copy's form. */
type Tagged<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Tagged<U>[]
    : { readonly [K in keyof T]: Tagged<T[K]> };
export type TaggedFacts = Tagged<typeof SAMPLE_FACTS>;

export interface IsolatedSample {
  /** inside every id of this copy; unique to this suite and this run */
  readonly tag: string;
  /** the sample's known answers, with this copy's ids (catalogue ids such as ind-… are unchanged) */
  readonly facts: TaggedFacts;
  /** the rows of the copy, as loaded (groups, members, contacts, knows, one-to-ones, referrals) */
  readonly rows: GraphRows;
  /** a sample id in this copy's form: `idOf('mem-grainne-hayes')`; catalogue ids come back as they are */
  idOf(sampleId: string): string;
  /** an id for something the suite makes itself, removed with the copy: `ownId('ind', 'one')` */
  ownId(prefix: string, name: string): string;
  /** the bearer token of a member of the copy */
  tokenOf(memberId: string): string;
  /** the in-process API over the copy, clock pinned to SAMPLE_FACTS.now (available once loaded) */
  readonly api: TestApi;
  /** loads the copy and its members' tokens in one transaction */
  load(): Promise<TestApi>;
  /** removes the copy and what the suite wrote into it, checks that nothing with the tag is left, closes the API */
  cleanup(): Promise<void>;
}

/** A copy of the sample under a new tag (`<suite>-<random>`); nothing is written before `load()`. */
export function isolatedSample(suite: string): IsolatedSample {
  if (!/^[a-z][a-z0-9-]*$/.test(suite)) throw new Error(`A suite name is kebab-case, got "${suite}"`);
  // Random, so a second run of the same suite (or one left over by a crash) never shares ids.
  const tag = `${suite}-${randomBytes(4).toString('hex')}`;
  const idOf = (id: string) => id.replace(GROUP_OWNED_ID, `$1-${tag}-`);
  const rows = taggedRows(validatedSample(), idOf, tag);
  let db: Database | undefined;
  let api: TestApi | undefined;

  return {
    tag,
    facts: tagged(SAMPLE_FACTS, idOf),
    rows,
    idOf,
    ownId: (prefix, name) => `${prefix}-${tag}-${name}`,
    tokenOf,
    get api() {
      if (!api)
        throw new Error(
          `The copy "${tag}" is not loaded yet: call load() (useIsolatedSample does, in beforeAll)`,
        );
      return api;
    },
    async load() {
      db = await testDatabase();
      const tokens = storedTokens(
        rows.members.map((member) => member.id),
        `test ${tag}`,
      );
      await loadGraph(db, rows, { tokens });
      api = await testApi({ db, now: new Date(SAMPLE_FACTS.now) });
      return api;
    },
    async cleanup() {
      if (!db) return;
      try {
        await db.write(DELETE_TAGGED_GROUPS, { tag });
        // The audit trail of the copy's groups (Change ids are the API's own, without the tag).
        await db.write('MATCH (c:Change) WHERE c.groupId CONTAINS $tag DELETE c', { tag });
        await deleteByIdTag(db, tag);
        expect(await countByIdTag(db, tag), `left behind by ${tag}`).toEqual({
          nodes: {},
          relationships: {},
        });
      } finally {
        await db.close();
        db = undefined;
        api = undefined;
      }
    },
  };
}

/** The suite's own copy: loaded in beforeAll, removed in afterAll. Facts, ids and tokens are ready at once. */
export function useIsolatedSample(suite: string): IsolatedSample {
  const sample = isolatedSample(suite);
  beforeAll(() => sample.load());
  afterAll(() => sample.cleanup());
  return sample;
}

/** The sample's group-owned rows with every id tagged. No catalogue rows: the global setup loaded those. */
function taggedRows(sample: GraphRows, idOf: (id: string) => string, tag: string): GraphRows {
  return {
    industries: [],
    synergies: [],
    competitions: [],
    powerGroups: [],
    groups: sample.groups.map((group) => ({ ...group, id: idOf(group.id) })),
    members: sample.members.map((member) => ({
      ...member,
      id: idOf(member.id),
      groupId: idOf(member.groupId),
      // Nothing is unique on an email today; a sign-in by email would need each copy's own.
      email: member.email?.replace('@', `+${tag}@`) ?? null,
    })),
    contacts: sample.contacts.map((contact) => ({ ...contact, id: idOf(contact.id) })),
    knows: sample.knows.map((knows) => ({
      ...knows,
      memberId: idOf(knows.memberId),
      contactId: idOf(knows.contactId),
    })),
    oneToOnes: sample.oneToOnes.map((meeting) => ({
      ...meeting,
      id: idOf(meeting.id),
      memberIds: meeting.memberIds.map(idOf),
    })),
    referrals: sample.referrals.map((referral) => ({
      ...referral,
      id: idOf(referral.id),
      fromId: idOf(referral.fromId),
      toId: idOf(referral.toId),
      contactId: referral.contactId === null ? null : idOf(referral.contactId),
    })),
  };
}

/** Every string in the facts through idOf (dates and catalogue ids pass unchanged); keys stay. */
function tagged<T>(value: T, idOf: (id: string) => string): Tagged<T> {
  if (typeof value === 'string') return idOf(value) as Tagged<T>;
  if (Array.isArray(value)) return value.map((item) => tagged(item, idOf)) as unknown as Tagged<T>;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, tagged(item, idOf)]),
    ) as Tagged<T>;
  }
  return value as Tagged<T>;
}
