// Synthetic groups for scale: deterministic for a seed, produced one group at a time so that
// 300k members never sit in memory together. Shape: groups of 20–60 members, one member per
// industry per group (industries drawn by how common they are), 10–30 contacts known per member
// from a pool the group shares, ~1.5 one-to-ones and ~2 referrals per member over the year.

import { SAMPLE_DATA } from '@powergroups/seed';
import type {
  ContactRow,
  GroupRow,
  KnowsRow,
  MemberRow,
  OneToOneRow,
  ReferralRow,
  ReferralStatus,
} from './rows.ts';

export interface GenerateOptions {
  members: number;
  seed: number;
  /** inside every id (`mem-<tag>-000001`), so generated data never collides with other data */
  tag?: string;
}

export interface GeneratedGroup {
  group: GroupRow;
  members: MemberRow[];
  contacts: ContactRow[];
  knows: KnowsRow[];
  oneToOnes: OneToOneRow[];
  referrals: ReferralRow[];
}

export const MIN_GROUP = 20;
export const MAX_GROUP = 60;
const CONTACT_POOL_PER_MEMBER = 8;
const ONE_TO_ONES_PER_MEMBER = 1.5;
const REFERRALS_PER_MEMBER = 2;
const YEAR_START = Date.UTC(2025, 11, 1);
const YEAR_DAYS = 356; // 2025-12-01 … 2026-11-21
const DAY = 86_400_000;

/** sfc32: small, fast, good enough for test data, and the same on every platform. */
export function random(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** How common each industry is in real chapters (relative weights): the trades and advisers
 * every chapter has, down to the niche ones few have. */
const COMMON = new Set([
  'ind-mortgage-intermediary',
  'ind-accountant',
  'ind-solicitor',
  'ind-estate-agent',
  'ind-insurance-broker',
  'ind-financial-adviser',
  'ind-it-support',
  'ind-printer',
  'ind-graphic-designer',
  'ind-web-designer',
  'ind-digital-marketing',
  'ind-photographer',
  'ind-builder',
  'ind-electrician',
  'ind-plumber',
  'ind-painter-decorator',
  'ind-personal-trainer',
  'ind-physiotherapist',
  'ind-event-planner',
  'ind-caterer',
  'ind-florist',
  'ind-telecoms',
  'ind-hr-consultant',
  'ind-recruitment',
  'ind-business-coach',
  'ind-commercial-cleaning',
]);
const RARE = new Set([
  'ind-translator',
  'ind-home-staging',
  'ind-energy-broker',
  'ind-dj-entertainment',
  'ind-pharmacist',
  'ind-optician',
]);

export const INDUSTRY_WEIGHTS: ReadonlyMap<string, number> = new Map(
  SAMPLE_DATA.industries.map((industry) => [
    industry.id,
    COMMON.has(industry.id) ? 4 : RARE.has(industry.id) ? 0.5 : 1.5,
  ]),
);
const INDUSTRY_IDS = [...INDUSTRY_WEIGHTS.keys()];
const INDUSTRY_NAME = new Map(SAMPLE_DATA.industries.map((industry) => [industry.id, industry.name]));

const FIRST = [
  'Aoife',
  'Ciara',
  'Niamh',
  'Siobhán',
  'Orla',
  'Sinéad',
  'Gráinne',
  'Emma',
  'Sarah',
  'Laura',
  'Rachel',
  'Fiona',
  'Maeve',
  'Róisín',
  'Clodagh',
  'Deirdre',
  'Anna',
  'Helen',
  'Grace',
  'Nora',
  'Joanne',
  'Louise',
  'Claire',
  'Kate',
  'Seán',
  'Conor',
  'Declan',
  'Brian',
  'Liam',
  'Eoin',
  'Pádraig',
  'Ciarán',
  'Darragh',
  'Cathal',
  'Mark',
  'David',
  'Paul',
  'Michael',
  'John',
  'Kevin',
  'Shane',
  'Barry',
  'Ronan',
  'Colm',
  'Fergal',
  'Owen',
  'Tomás',
  'Killian',
];
const LAST = [
  'Murphy',
  'Kelly',
  "O'Sullivan",
  'Walsh',
  'Smith',
  "O'Brien",
  'Byrne',
  'Ryan',
  "O'Connor",
  "O'Neill",
  'Reilly',
  'Doyle',
  'McCarthy',
  'Gallagher',
  'Doherty',
  'Kennedy',
  'Lynch',
  'Murray',
  'Quinn',
  'Moore',
  'McLoughlin',
  'Carroll',
  'Connolly',
  'Daly',
  'Connell',
  'Wilson',
  'Dunne',
  'Brennan',
  'Burke',
  'Collins',
  'Campbell',
  'Clarke',
  'Johnston',
  'Hughes',
  'Farrell',
  'Fitzgerald',
  'Brown',
  'Martin',
  'Maguire',
  'Nolan',
  'Flynn',
  'Thompson',
];
const REGIONS = [
  'Dublin',
  'Cork',
  'Galway',
  'Limerick',
  'Waterford',
  'Kildare',
  'Wicklow',
  'Meath',
  'Louth',
  'Kerry',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CONTEXTS = [
  'Former colleague',
  'Client',
  'Neighbour',
  'Met at a trade show',
  'Family friend',
  'Supplier',
  'College friend',
];
const STATUSES: [ReferralStatus, number][] = [
  ['WON', 0.35],
  ['LOST', 0.15],
  ['WENT_WRONG', 0.05],
  ['OFFERED', 0.15],
  ['CONTACTED', 0.15],
  ['MEETING_BOOKED', 0.15],
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoDateTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** Group sizes that add up to `members`, each 20–60 (one smaller group when members < 20). */
export function* groupSizes(members: number, rand: () => number): Generator<number> {
  let remaining = members;
  while (remaining > 0) {
    if (remaining <= MAX_GROUP) {
      yield remaining;
      return;
    }
    const upper = Math.min(MAX_GROUP, remaining - MIN_GROUP);
    // Triangular around the middle: most chapters have 30–45 members.
    const size = MIN_GROUP + Math.round(((rand() + rand()) / 2) * (upper - MIN_GROUP));
    yield size;
    remaining -= size;
  }
}

/** k industries without replacement, likelier the commoner they are (Efraimidis–Spirakis). */
function pickIndustries(k: number, rand: () => number): string[] {
  return INDUSTRY_IDS.map((id) => ({ id, key: rand() ** (1 / (INDUSTRY_WEIGHTS.get(id) ?? 1)) }))
    .sort((x, y) => y.key - x.key)
    .slice(0, k)
    .map((entry) => entry.id);
}

function weightedIndustry(rand: () => number): string {
  let total = 0;
  for (const weight of INDUSTRY_WEIGHTS.values()) total += weight;
  let r = rand() * total;
  for (const [id, weight] of INDUSTRY_WEIGHTS) {
    r -= weight;
    if (r <= 0) return id;
  }
  return INDUSTRY_IDS[INDUSTRY_IDS.length - 1] as string;
}

function pick<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)] as T;
}

const MAX_MEMBERS = 1_000_000;

/** The groups, one at a time. The same options always give the same rows. */
export function* generateGroups({ members, seed, tag = 'gen' }: GenerateOptions): Generator<GeneratedGroup> {
  if (!Number.isInteger(members) || members < 1 || members > MAX_MEMBERS) {
    throw new Error(`--members must be a whole number from 1 to ${MAX_MEMBERS}, got ${members}`);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(tag)) throw new Error(`The id tag must be kebab-case, got "${tag}"`);
  const rand = random(seed);
  const sizes = groupSizes(members, random(seed ^ 0x5bd1e995));
  let memberNumber = 0;
  let groupNumber = 0;
  for (const size of sizes) {
    groupNumber++;
    const g = pad(groupNumber, 5);
    const groupId = `grp-${tag}-${g}`;
    const region = pick(REGIONS, rand);
    const group: GroupRow = {
      id: groupId,
      name: `${region} Chapter ${groupNumber}`,
      region,
      meetingDay: pick(DAYS, rand),
    };

    const industries = pickIndustries(size, rand);
    const groupMembers: MemberRow[] = industries.map((industryId, index) => {
      memberNumber++;
      const first = pick(FIRST, rand);
      const last = pick(LAST, rand);
      const joined = isoDate(YEAR_START - Math.floor(rand() * 8 * 365) * DAY);
      const industryName = INDUSTRY_NAME.get(industryId) ?? industryId;
      const handle = `${first}.${last}`
        .normalize('NFD')
        .replace(/[^A-Za-z.]/g, '')
        .toLowerCase();
      return {
        id: `mem-${tag}-${pad(memberNumber, 7)}`,
        name: `${first} ${last}`,
        company: `${last} ${industryName}`,
        email: `${handle}.${memberNumber}@example.ie`,
        phone: `+353 86 ${pad(memberNumber % 10_000_000, 7)}`,
        bio: `${industryName} in ${region}.`,
        joinedAt: joined,
        wantsToMeet: [INDUSTRY_NAME.get(pick(INDUSTRY_IDS, rand)) ?? ''],
        doesNotWantToMeet: [],
        industryId,
        groupId,
        role: index === 0 ? 'ORGANISER' : 'MEMBER',
        since: joined,
      };
    });

    const poolSize = size * CONTACT_POOL_PER_MEMBER;
    const contacts: ContactRow[] = [];
    for (let k = 1; k <= poolSize; k++) {
      contacts.push({
        id: `con-${tag}-${g}-${pad(k, 4)}`,
        name: `${pick(FIRST, rand)} ${pick(LAST, rand)}`,
        company: rand() < 0.7 ? `${pick(LAST, rand)} Ltd` : null,
        industryId: weightedIndustry(rand),
      });
    }

    const knows: KnowsRow[] = [];
    const knownBy = new Map<string, number[]>();
    for (const member of groupMembers) {
      const count = 10 + Math.floor(rand() * 21);
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, poolSize)) chosen.add(Math.floor(rand() * poolSize));
      const indices = [...chosen].sort((x, y) => x - y);
      knownBy.set(member.id, indices);
      for (const index of indices) {
        knows.push({
          memberId: member.id,
          contactId: (contacts[index] as ContactRow).id,
          strength: 1 + Math.floor(rand() * 5),
          since: isoDate(YEAR_START - Math.floor(rand() * 10 * 365) * DAY),
          context: pick(CONTEXTS, rand),
        });
      }
    }

    // A contact is in the graph because somebody knows them: drop the pool's unknown ones.
    const known = new Set(knows.map((k) => k.contactId));
    const knownContacts = contacts.filter((c) => known.has(c.id));

    const oneToOnes: OneToOneRow[] = [];
    if (size >= 2) {
      const count = Math.round(size * ONE_TO_ONES_PER_MEMBER);
      for (let k = 1; k <= count; k++) {
        const a = Math.floor(rand() * size);
        const b = (a + 1 + Math.floor(rand() * (size - 1))) % size;
        oneToOnes.push({
          id: `oto-${tag}-${g}-${pad(k, 4)}`,
          on: isoDate(YEAR_START + Math.floor(rand() * YEAR_DAYS) * DAY),
          notes: null,
          memberIds: [(groupMembers[a] as MemberRow).id, (groupMembers[b] as MemberRow).id].sort(),
        });
      }
    }

    const referrals: ReferralRow[] = [];
    if (size >= 2) {
      const count = Math.round(size * REFERRALS_PER_MEMBER);
      for (let k = 1; k <= count; k++) {
        const a = Math.floor(rand() * size);
        const b = (a + 1 + Math.floor(rand() * (size - 1))) % size;
        const giver = groupMembers[a] as MemberRow;
        const contactIndex = pick(knownBy.get(giver.id) ?? [0], rand);
        let r = rand();
        let status: ReferralStatus = 'OFFERED';
        for (const [candidate, share] of STATUSES) {
          r -= share;
          if (r <= 0) {
            status = candidate;
            break;
          }
        }
        const created = YEAR_START + Math.floor(rand() * YEAR_DAYS * 24) * 3_600_000;
        const updated = Math.min(
          created + Math.floor(rand() * 60 * 24) * 3_600_000,
          YEAR_START + YEAR_DAYS * DAY,
        );
        referrals.push({
          id: `ref-${tag}-${g}-${pad(k, 4)}`,
          fromId: giver.id,
          toId: (groupMembers[b] as MemberRow).id,
          contactId: (contacts[contactIndex] as ContactRow).id,
          status,
          value: status === 'WON' ? 100 * (3 + Math.floor(rand() * 98)) : null,
          notes: null,
          hotness: 1 + Math.floor(rand() * 5),
          createdAt: isoDateTime(created),
          updatedAt: isoDateTime(updated),
        });
      }
    }

    yield { group, members: groupMembers, contacts: knownContacts, knows, oneToOnes, referrals };
  }
}

/** Rows and relationships one generated group adds (for throughput figures). */
export function sizeOf(group: GeneratedGroup): { rows: number; relationships: number } {
  const rows =
    1 +
    group.members.length +
    group.contacts.length +
    group.knows.length +
    group.oneToOnes.length +
    group.referrals.length;
  const relationships =
    group.members.length * 2 + // MEMBER_OF, IN_INDUSTRY
    group.contacts.filter((c) => c.industryId !== null).length + // IN_INDUSTRY
    group.knows.length +
    group.oneToOnes.length * 2 + // ATTENDED ×2
    group.referrals.length * 2 + // GAVE, TO
    group.referrals.filter((r) => r.contactId !== null).length; // ABOUT
  return { rows, relationships };
}
