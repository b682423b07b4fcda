// Validation of everything the loader writes (sample, JSON, CSV): each row is checked on its own
// (zod), then against the others and what is already stored (ids unique, references resolve,
// one member per industry per group). Nothing is written unless every row passes.

import {
  calendarDate,
  DEFAULT_ONE_TO_ONE_STATUS,
  dateTime,
  email,
  hotness,
  idOf,
  importedOneToOneRefusal,
  industrySeatRefusal,
  knowsStrength,
  ONE_TO_ONE_STATUSES,
  powerGroupDescription,
  powerGroupIndustries,
  powerGroupName,
  REFERRAL_STATUSES,
  referralValue,
  referralValueRefusal,
  type SeatHolder,
  synergyReason,
  synergyStrength,
} from '@powergroups/rules';
import { z } from 'zod';
import type { StoredContact, StoredOneToOne, StoredReferral } from '../db/seed-repo.ts';
import type {
  ContactRow,
  GraphRows,
  GroupRow,
  IndustryRow,
  KnowsRow,
  MemberRow,
  OneToOneRow,
  PairRow,
  PowerGroupRow,
  ReferralRow,
  RowKind,
  SynergyRow,
} from './rows.ts';
import { ROW_KINDS } from './rows.ts';

export interface IndustryKey {
  id: string;
  name: string;
  synonyms: string[];
}

/** Lower-cased id, name and synonyms → industry id; ids win over names, names over synonyms. */
export function indexIndustries(industries: readonly IndustryKey[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const pick of [
    (i: IndustryKey) => i.synonyms,
    (i: IndustryKey) => [i.name],
    (i: IndustryKey) => [i.id],
  ])
    for (const industry of industries)
      for (const key of pick(industry)) index.set(key.toLowerCase(), industry.id);
  return index;
}

/** Where a row came from, for error messages: a file (or section) and a 1-based row number. */
export interface Where {
  file: string;
  row: number;
  /** the line in the file, when it differs from the row (CSV: header on line 1) */
  line?: number;
  /** input column name for a row field, when they differ (CSV `industry` for `industryId`) */
  columns?: Record<string, string>;
}

export interface Located<T = unknown> {
  at: Where;
  value: T;
}

export type GraphInput = { [K in RowKind]?: Located[] };

export interface Issue {
  at: Where;
  field: string | null;
  message: string;
}

export function describeIssue({ at, field, message }: Issue): string {
  // Row 0 is the file as a whole (its header, its size).
  if (at.row === 0) return `${at.file}${at.line !== undefined ? ` (line ${at.line})` : ''}: ${message}`;
  const line = at.line !== undefined ? ` (line ${at.line})` : '';
  const column = field ? `, field "${at.columns?.[field] ?? field}"` : '';
  return `${at.file}: row ${at.row}${line}${column}: ${message}`;
}

const MAX_LISTED = 20;

/** The input was refused; nothing was written. `issues` lists every problem found. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly issues: Issue[]) {
    const listed = issues.slice(0, MAX_LISTED).map((issue) => `  ${describeIssue(issue)}`);
    const more = issues.length > MAX_LISTED ? [`  … and ${issues.length - MAX_LISTED} more`] : [];
    super(
      `Refused: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the input, nothing was written. ` +
        `Fix the rows below and run again:\n${[...listed, ...more].join('\n')}`,
    );
  }
}

// ---- Field formats: the shared ones come from @powergroups/rules

const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null));
const textList = z.array(z.string().trim().min(1, 'list entries must not be empty'));

const date = calendarDate;

/** The optional fields a CSV file left out (its header lacks the column): stored values stay. */
const keeps = <const F extends string>(fields: readonly [F, ...F[]]) => z.array(z.enum(fields)).optional();

const IndustrySchema = z.object({
  id: idOf('industry'),
  name: text,
  synonyms: textList.default([]),
  sector: text,
}) satisfies z.ZodType<IndustryRow, unknown>;

const SynergySchema = z.object({
  a: idOf('industry'),
  b: idOf('industry'),
  strength: synergyStrength,
  reason: synergyReason.default(''),
}) satisfies z.ZodType<SynergyRow, unknown>;

const PairSchema = z.object({ a: idOf('industry'), b: idOf('industry') }) satisfies z.ZodType<
  PairRow,
  unknown
>;

const PowerGroupSchema = z.object({
  id: idOf('powerGroup'),
  name: powerGroupName,
  description: powerGroupDescription.nullish().transform((value) => value ?? ''),
  industryIds: powerGroupIndustries(idOf('industry')),
}) satisfies z.ZodType<PowerGroupRow, unknown>;

const GroupSchema = z.object({
  id: idOf('group'),
  name: text,
  region: text,
  meetingDay: z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], {
    message: 'must be a day of the week, e.g. Tuesday',
  }),
}) satisfies z.ZodType<GroupRow, unknown>;

const MemberSchema = z.object({
  id: idOf('member'),
  name: text,
  company: text,
  email: optionalText.pipe(email.nullable()),
  phone: optionalText,
  bio: optionalText,
  joinedAt: date,
  wantsToMeet: textList.default([]),
  doesNotWantToMeet: textList.default([]),
  industryId: text,
  groupId: idOf('group'),
  role: z.enum(['MEMBER', 'ORGANISER'], { message: 'must be MEMBER or ORGANISER' }),
  since: date,
  keep: keeps(['role', 'since', 'email', 'phone', 'bio', 'wantsToMeet', 'doesNotWantToMeet']),
}) satisfies z.ZodType<MemberRow, unknown>;

const ContactSchema = z.object({
  id: idOf('contact'),
  name: text,
  company: optionalText,
  industryId: optionalText,
  keep: keeps(['company', 'industryId']),
}) satisfies z.ZodType<ContactRow, unknown>;

const KnowsSchema = z.object({
  memberId: idOf('member'),
  contactId: idOf('contact'),
  strength: knowsStrength,
  since: date,
  context: optionalText,
  keep: keeps(['context']),
}) satisfies z.ZodType<KnowsRow, unknown>;

const OneToOneSchema = z.object({
  id: idOf('oneToOne'),
  on: date,
  status: z
    .enum(ONE_TO_ONE_STATUSES, { error: `the status is one of ${ONE_TO_ONE_STATUSES.join(', ')}` })
    .optional(),
  notes: optionalText,
  memberIds: z.array(idOf('member')).length(2, 'a one-to-one has exactly two members'),
  keep: keeps(['notes', 'status']),
}) satisfies z.ZodType<OneToOneRow, unknown>;

const ReferralSchema = z.object({
  id: idOf('referral'),
  fromId: idOf('member'),
  toId: idOf('member'),
  contactId: idOf('contact').nullable(),
  status: z.enum(REFERRAL_STATUSES, { message: `must be ${REFERRAL_STATUSES.join(', ')}` }),
  value: referralValue.nullable(),
  notes: optionalText,
  hotness,
  createdAt: dateTime,
  updatedAt: dateTime,
  keep: keeps(['contactId', 'value', 'notes']),
}) satisfies z.ZodType<ReferralRow, unknown>;

const SCHEMAS: { [K in RowKind]: z.ZodType<GraphRows[K][number], unknown> } = {
  industries: IndustrySchema,
  synergies: SynergySchema,
  competitions: PairSchema,
  powerGroups: PowerGroupSchema,
  groups: GroupSchema,
  members: MemberSchema,
  contacts: ContactSchema,
  knows: KnowsSchema,
  oneToOnes: OneToOneSchema,
  referrals: ReferralSchema,
};

/** What the database holds already; references may point at it. */
export interface KnownState {
  /** the stored industry catalogue: references may use an id, a name or a synonym */
  industries: readonly IndustryKey[];
  groupIds: ReadonlySet<string>;
  /** member id → its group */
  members: ReadonlyMap<string, string | null>;
  /** stored contacts the input names, with the groups they belong to */
  contacts: ReadonlyMap<string, StoredContact>;
  /** stored referrals the input names: their members' groups and their contact */
  referrals: ReadonlyMap<string, StoredReferral>;
  /** stored one-to-ones the input names: their attendees' groups */
  oneToOnes: ReadonlyMap<string, StoredOneToOne>;
  /** `${groupId} ${industryId}` → the member holding that seat */
  seats: ReadonlyMap<string, SeatHolder>;
}

export const NOTHING_KNOWN: KnownState = {
  industries: [],
  groupIds: new Set(),
  members: new Map(),
  contacts: new Map(),
  referrals: new Map(),
  oneToOnes: new Map(),
  seats: new Map(),
};

/** A row set with nothing of any kind: a start to fill, or a load that writes only its extras. */
export const emptyRows = (): GraphRows => perKind(() => []);

/** A value of `make`'s for each kind of row. */
function perKind<T>(make: () => T): { [K in RowKind]: T } {
  return Object.fromEntries(ROW_KINDS.map((kind) => [kind, make()])) as { [K in RowKind]: T };
}

/** Reports a problem with the `index`th valid row of a kind (its file, row and line are added). */
export type RowFail = (kind: RowKind, index: number, field: string | null, message: string) => void;

/**
 * Validates every row; returns the typed rows, or throws ImportError listing every problem.
 * `scopeRules` adds the caller's own rules over the typed rows (the group import's scope), reported
 * together with the rest.
 */
export function validateGraph(
  input: GraphInput,
  known: KnownState = NOTHING_KNOWN,
  scopeRules?: (rows: GraphRows, fail: RowFail) => void,
): GraphRows {
  const { rows, issues } = checkGraph(input, known, scopeRules);
  if (issues.length) throw new ImportError(issues);
  return rows;
}

/** Every row that parsed (typed) with where it came from, and every problem found: what validateGraph decides on. */
export interface CheckedGraph {
  rows: GraphRows;
  /** where[kind][i] is where rows[kind][i] came from */
  where: { [K in RowKind]: Where[] };
  issues: Issue[];
}

/** The checks of validateGraph, answered instead of thrown: an import's preview shows them row by row. */
export function checkGraph(
  input: GraphInput,
  known: KnownState = NOTHING_KNOWN,
  scopeRules?: (rows: GraphRows, fail: RowFail) => void,
): CheckedGraph {
  const issues: Issue[] = [];
  const rows = emptyRows();
  const where = perKind((): Where[] => []);

  // 1. Each row on its own.
  for (const kind of Object.keys(SCHEMAS) as RowKind[]) {
    for (const { at, value } of input[kind] ?? []) {
      const parsed = SCHEMAS[kind].safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length ? String(issue.path[0]) : null;
          issues.push({ at, field, message: issue.message });
        }
        continue;
      }
      (rows[kind] as unknown[]).push(parsed.data);
      where[kind].push(at);
    }
  }

  const fail: RowFail = (kind, index, field, message) => {
    const at = where[kind][index];
    if (at) issues.push({ at, field, message });
  };

  // 2. Unique ids (and unique pairs) within the input.
  const unique = <K extends RowKind>(
    kind: K,
    field: string,
    keyOf: (row: GraphRows[K][number]) => string,
  ) => {
    const seen = new Map<string, number>();
    (rows[kind] as GraphRows[K][number][]).forEach((row, index) => {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first !== undefined) {
        fail(
          kind,
          index,
          field,
          `duplicate ${field} "${key}": already used on row ${where[kind][first]?.row}`,
        );
      } else seen.set(key, index);
    });
  };
  unique('industries', 'id', (row) => row.id);
  unique('powerGroups', 'id', (row) => row.id);
  unique('groups', 'id', (row) => row.id);
  unique('members', 'id', (row) => row.id);
  unique('contacts', 'id', (row) => row.id);
  unique('oneToOnes', 'id', (row) => row.id);
  unique('referrals', 'id', (row) => row.id);
  unique('knows', 'contactId', (row) => `${row.memberId} knows ${row.contactId}`);
  const pairKey = (row: PairRow) => [row.a, row.b].sort().join(' and ');
  unique('synergies', 'b', pairKey);
  unique('competitions', 'b', pairKey);

  // 3. References resolve, to the input or to what is stored.
  const industryNames = 'use an id, name or synonym from the industry catalogue (seed/data/industries.ts)';
  const industries = new Set([...known.industries, ...rows.industries].map((row) => row.id));
  const industryIndex = indexIndustries([...known.industries, ...rows.industries]);
  const resolveIndustry = (
    kind: 'members' | 'contacts',
    index: number,
    row: { industryId: string | null },
  ) => {
    if (row.industryId === null) return;
    const id = industryIndex.get(row.industryId.toLowerCase());
    if (id) row.industryId = id;
    else fail(kind, index, 'industryId', `unknown industry "${row.industryId}" — ${industryNames}`);
  };
  const groups = new Set([...known.groupIds, ...rows.groups.map((row) => row.id)]);
  const members = new Set([...known.members.keys(), ...rows.members.map((row) => row.id)]);
  const contacts = new Set([...known.contacts.keys(), ...rows.contacts.map((row) => row.id)]);
  const check = (
    kind: RowKind,
    index: number,
    field: string,
    id: string | null,
    among: Set<string>,
    what: string,
  ) => {
    if (id !== null && !among.has(id))
      fail(kind, index, field, `unknown ${what} "${id}"${what === 'industry' ? ` — ${industryNames}` : ''}`);
  };

  rows.synergies.forEach((row, i) => {
    check('synergies', i, 'a', row.a, industries, 'industry');
    check('synergies', i, 'b', row.b, industries, 'industry');
    if (row.a === row.b) fail('synergies', i, 'b', 'an industry cannot have synergy with itself');
  });
  rows.competitions.forEach((row, i) => {
    check('competitions', i, 'a', row.a, industries, 'industry');
    check('competitions', i, 'b', row.b, industries, 'industry');
    if (row.a === row.b)
      fail('competitions', i, 'b', 'an industry always competes with itself; list pairs of two industries');
  });
  const competing = new Set(rows.competitions.flatMap((row) => [`${row.a} ${row.b}`, `${row.b} ${row.a}`]));
  rows.powerGroups.forEach((row, i) => {
    for (const id of row.industryIds) check('powerGroups', i, 'industryIds', id, industries, 'industry');
    for (const a of row.industryIds)
      for (const b of row.industryIds)
        if (a < b && competing.has(`${a} ${b}`))
          fail(
            'powerGroups',
            i,
            'industryIds',
            `${a} and ${b} compete, so they cannot be in one power group`,
          );
  });

  // One member per industry per group: seats held in the database by members not in this input
  // count too.
  const seats = new Map<string, SeatHolder>();
  const inInput = new Set(rows.members.map((row) => row.id));
  for (const [seat, holder] of known.seats) if (!inInput.has(holder.id)) seats.set(seat, holder);
  const industryName = new Map([...known.industries, ...rows.industries].map((row) => [row.id, row.name]));
  rows.members.forEach((row, i) => {
    check('members', i, 'groupId', row.groupId, groups, 'group');
    resolveIndustry('members', i, row);
    const seat = `${row.groupId} ${row.industryId}`;
    const refusal = industrySeatRefusal(
      seats.get(seat),
      row.id,
      industryName.get(row.industryId) ?? row.industryId,
    );
    if (refusal) fail('members', i, 'industryId', refusal);
    else seats.set(seat, { id: row.id, name: row.name });
  });
  rows.contacts.forEach((row, i) => {
    resolveIndustry('contacts', i, row);
  });
  rows.knows.forEach((row, i) => {
    check('knows', i, 'memberId', row.memberId, members, 'member');
    check('knows', i, 'contactId', row.contactId, contacts, 'contact');
  });
  const today = new Date().toISOString().slice(0, 10);
  rows.oneToOnes.forEach((row, i) => {
    for (const id of row.memberIds) check('oneToOnes', i, 'memberIds', id, members, 'member');
    if (row.memberIds[0] === row.memberIds[1])
      fail('oneToOnes', i, 'memberIds', 'a one-to-one needs two different members');
    const refusal = importedOneToOneRefusal(row.status ?? DEFAULT_ONE_TO_ONE_STATUS, row.on, today);
    if (refusal) fail('oneToOnes', i, 'status', refusal);
  });
  rows.referrals.forEach((row, i) => {
    check('referrals', i, 'fromId', row.fromId, members, 'member');
    check('referrals', i, 'toId', row.toId, members, 'member');
    check('referrals', i, 'contactId', row.contactId, contacts, 'contact');
    if (row.fromId === row.toId) fail('referrals', i, 'toId', 'a member cannot refer to themselves');
    const valueProblem = referralValueRefusal(row.status, row.value, { wonNeedsValue: false });
    if (valueProblem) fail('referrals', i, 'value', valueProblem);
    if (Date.parse(row.updatedAt) < Date.parse(row.createdAt))
      fail('referrals', i, 'updatedAt', 'must not be before createdAt');
  });

  // A contact belongs to a group through who knows it or a referral about it; one with neither
  // could be seen by no one (db/cypher/fragments/contact.ts), so it is refused rather than stored.
  const linked = new Set([
    ...rows.knows.map((row) => row.contactId),
    ...rows.referrals.flatMap((row) => (row.contactId ? [row.contactId] : [])),
  ]);
  rows.contacts.forEach((row, i) => {
    if (!linked.has(row.id) && !known.contacts.get(row.id)?.groupIds.length)
      fail(
        'contacts',
        i,
        'knownBy',
        `nobody knows ${row.id} and no referral is about it: name the member who knows them, or leave the row out`,
      );
  });

  scopeRules?.(rows, fail);
  return { rows, where, issues };
}

/** Locates plain rows (sample data, JSON) by section and 1-based index. */
export function locate(rows: Partial<Record<RowKind, readonly unknown[]>>, file: string): GraphInput {
  const input: GraphInput = {};
  for (const [kind, list] of Object.entries(rows) as [RowKind, readonly unknown[]][]) {
    input[kind] = list.map((value, index) => ({ at: { file: `${file} ${kind}`, row: index + 1 }, value }));
  }
  return input;
}
