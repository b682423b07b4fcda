// A group's roster, contacts, one-to-ones and referrals as CSV, for organisers (columns in
// README.md beside it): from text to validated rows and back. Import validates every row of every file
// first and writes all of it in one transaction, or nothing. Files are read and written by the
// callers (the seed CLI, the importGroupCsv mutation).
import type { Database } from '../db/database.ts';
import { readGraphRows } from '../db/seed-repo.ts';
import { CsvSyntaxError, parseCsv, stringifyCsv } from './csv.ts';
import {
  checkGraph,
  type GraphInput,
  ImportError,
  type Issue,
  type KnownState,
  type Located,
  type RowFail,
  validateGraph,
  type Where,
} from './dataset.ts';
import { importGroupGraph, knownState, type LoadOptions } from './loader.ts';
import { describePreview, type ImportPreview } from './preview.ts';
import type { GraphRows } from './rows.ts';

/** A file's columns in the order export writes them; the header must list the required ones. */
interface Columns {
  all: readonly string[];
  required: readonly string[];
}

const GROUP_COLUMNS: Columns = {
  all: ['id', 'name', 'region', 'meetingDay'],
  required: ['id', 'name', 'region', 'meetingDay'],
};
const ROSTER_COLUMNS: Columns = {
  all: [
    'id',
    'name',
    'company',
    'industry',
    'role',
    'since',
    'joinedAt',
    'email',
    'phone',
    'bio',
    'wantsToMeet',
    'doesNotWantToMeet',
  ],
  required: ['id', 'name', 'company', 'industry', 'joinedAt'],
};
const CONTACT_COLUMNS: Columns = {
  all: ['id', 'name', 'company', 'industry', 'knownBy', 'strength', 'since', 'context'],
  required: ['id', 'name'],
};
const ONE_TO_ONE_COLUMNS: Columns = {
  all: ['id', 'on', 'memberA', 'memberB', 'status', 'notes'],
  required: ['id', 'on', 'memberA', 'memberB'],
};
const REFERRAL_COLUMNS: Columns = {
  all: ['id', 'from', 'to', 'contact', 'status', 'value', 'hotness', 'createdAt', 'updatedAt', 'notes'],
  required: ['id', 'from', 'to', 'status', 'hotness', 'createdAt', 'updatedAt'],
};

const optionalColumns = (columns: Columns) => columns.all.filter((c) => !columns.required.includes(c));

/** The file names export-csv writes and `--dir` reads. */
export const CSV_FILES = {
  group: 'group.csv',
  roster: 'roster.csv',
  contacts: 'contacts.csv',
  oneToOnes: 'one-to-ones.csv',
  referrals: 'referrals.csv',
} as const;

export type CsvKind = keyof typeof CSV_FILES;

/** One CSV file's text, and the name its errors are reported under. */
export interface CsvText {
  file: string;
  text: string;
}

/** group.csv (one row) is optional when the group already exists; the others are each optional. */
export type GroupCsvTexts = Partial<Record<CsvKind, CsvText>>;

type Cells = Record<string, string>;

interface Table {
  file: string;
  rows: { at: Where; cells: Cells }[];
  /** optional columns the header leaves out: their stored values stay */
  absent: Set<string>;
}

const LIST_SEPARATOR = ';';

function toList(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** '' → null; a number → the number; anything else stays text so validation can name it. */
function toNumber(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

const orNull = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? null : value.trim();

/** Data rows read so far (headers excluded): what the import's row limit counts. */
interface Tally {
  rows: number;
}

function parseTable(source: CsvText, columns: Columns, issues: Issue[], tally: Tally): Table {
  const { file, text } = source;
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text, file);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new ImportError([{ at: { file, row: 0 }, field: null, message: error.message }]);
    throw error;
  }
  const [header, ...data] = records;
  const expected =
    `required columns: ${columns.required.join(',')}` +
    (optionalColumns(columns).length ? `; optional: ${optionalColumns(columns).join(',')}` : '');
  if (!header) {
    issues.push({ at: { file, row: 0, line: 1 }, field: null, message: `the file is empty; ${expected}` });
    return { file, rows: [], absent: new Set() };
  }
  const names = header.fields.map((name) => name.trim());
  const missing = columns.required.filter((column) => !names.includes(column));
  if (missing.length) {
    issues.push({
      at: { file, row: 0, line: header.line },
      field: null,
      message: `the header lacks ${missing.join(', ')}; ${expected}`,
    });
    return { file, rows: [], absent: new Set() };
  }
  const absent = new Set(optionalColumns(columns).filter((column) => !names.includes(column)));
  tally.rows += data.length;
  const rows = data.map((record, index) => {
    const at: Where = { file, row: index + 1, line: record.line };
    if (record.fields.length !== names.length) {
      issues.push({
        at,
        field: null,
        message: `has ${record.fields.length} fields, the header has ${names.length}`,
      });
    }
    const cells: Cells = {};
    names.forEach((name, i) => {
      cells[name] = record.fields[i] ?? '';
    });
    return { at, cells };
  });
  return { file, rows, absent };
}

/** The row fields whose optional column (field → column) the file left out, for the loader to keep. */
function keptFields<F extends string>(table: Table, fields: Record<F, string>): { keep?: F[] } {
  const keep = (Object.keys(fields) as F[]).filter((field) => table.absent.has(fields[field]));
  return keep.length ? { keep } : {};
}

/** Turns the CSV texts into located rows for the loader; CSV-level problems go to `issues`. */
export function readGroupCsv(
  groupId: string,
  files: GroupCsvTexts,
  issues: Issue[],
  tally: Tally = { rows: 0 },
): GraphInput {
  const input: GraphInput = {};
  const push = (kind: keyof GraphInput, item: Located) => {
    input[kind] ??= [];
    input[kind].push(item);
  };

  if (files.group) {
    const table = parseTable(files.group, GROUP_COLUMNS, issues, tally);
    for (const { at, cells } of table.rows) {
      if (cells.id?.trim() !== groupId) {
        issues.push({ at, field: 'id', message: `is "${cells.id}", but --group is "${groupId}"` });
      }
      push('groups', {
        at,
        value: { id: cells.id, name: cells.name, region: cells.region, meetingDay: cells.meetingDay },
      });
    }
  }

  if (files.roster) {
    const table = parseTable(files.roster, ROSTER_COLUMNS, issues, tally);
    const columns = { industryId: 'industry', groupId: 'id' };
    const keep = keptFields(table, {
      role: 'role',
      since: 'since',
      email: 'email',
      phone: 'phone',
      bio: 'bio',
      wantsToMeet: 'wantsToMeet',
      doesNotWantToMeet: 'doesNotWantToMeet',
    });
    for (const { at, cells } of table.rows) {
      const joinedAt = cells.joinedAt?.trim() ?? '';
      push('members', {
        at: { ...at, columns },
        value: {
          id: cells.id,
          name: cells.name,
          company: cells.company,
          industryId: cells.industry,
          role: cells.role?.trim() || 'MEMBER',
          since: cells.since?.trim() || joinedAt,
          joinedAt,
          email: orNull(cells.email),
          phone: orNull(cells.phone),
          bio: orNull(cells.bio),
          wantsToMeet: toList(cells.wantsToMeet ?? ''),
          doesNotWantToMeet: toList(cells.doesNotWantToMeet ?? ''),
          groupId,
          ...keep,
        },
      });
    }
  }

  if (files.contacts) {
    const table = parseTable(files.contacts, CONTACT_COLUMNS, issues, tally);
    const keepContact = keptFields(table, { company: 'company', industryId: 'industry' });
    const keepKnows = keptFields(table, { context: 'context' });
    // One row per member who knows the contact: the contact's own columns must agree across rows.
    const first = new Map<string, { at: Where; cells: Cells }>();
    for (const { at, cells } of table.rows) {
      const id = cells.id?.trim() ?? '';
      const seen = first.get(id);
      if (!seen) {
        first.set(id, { at, cells });
        push('contacts', {
          at: { ...at, columns: { industryId: 'industry' } },
          value: {
            id,
            name: cells.name,
            company: orNull(cells.company),
            industryId: orNull(cells.industry),
            ...keepContact,
          },
        });
      } else {
        for (const column of ['name', 'company', 'industry'] as const) {
          if ((seen.cells[column] ?? '').trim() !== (cells[column] ?? '').trim()) {
            issues.push({
              at,
              field: column,
              message: `contact ${id} has ${column} "${cells[column]}" here but "${seen.cells[column]}" on row ${seen.at.row}`,
            });
          }
        }
      }
      if ((cells.knownBy ?? '').trim() !== '') {
        push('knows', {
          at: { ...at, columns: { memberId: 'knownBy', contactId: 'id' } },
          value: {
            memberId: cells.knownBy,
            contactId: id,
            strength: toNumber(cells.strength ?? ''),
            since: cells.since,
            context: orNull(cells.context),
            ...keepKnows,
          },
        });
      }
    }
  }

  if (files.oneToOnes) {
    const table = parseTable(files.oneToOnes, ONE_TO_ONE_COLUMNS, issues, tally);
    const keep = keptFields(table, { notes: 'notes', status: 'status' });
    for (const { at, cells } of table.rows) {
      push('oneToOnes', {
        at: { ...at, columns: { memberIds: 'memberA/memberB' } },
        value: {
          id: cells.id,
          on: cells.on,
          status: orNull(cells.status)?.toUpperCase() ?? undefined,
          notes: orNull(cells.notes),
          memberIds: [cells.memberA?.trim() ?? '', cells.memberB?.trim() ?? ''].sort(),
          ...keep,
        },
      });
    }
  }

  if (files.referrals) {
    const table = parseTable(files.referrals, REFERRAL_COLUMNS, issues, tally);
    const keep = keptFields(table, { contactId: 'contact', value: 'value', notes: 'notes' });
    for (const { at, cells } of table.rows) {
      push('referrals', {
        at: { ...at, columns: { fromId: 'from', toId: 'to', contactId: 'contact' } },
        value: {
          id: cells.id,
          fromId: cells.from,
          toId: cells.to,
          contactId: orNull(cells.contact),
          status: cells.status?.trim(),
          value: toNumber(cells.value ?? ''),
          hotness: toNumber(cells.hotness ?? ''),
          createdAt: cells.createdAt,
          updatedAt: cells.updatedAt,
          notes: orNull(cells.notes),
          ...keep,
        },
      });
    }
  }
  return input;
}

/**
 * The walls of a group's import: every row stays inside the group. Rows that would move another
 * group's member, tie in or change its members, referrals or one-to-ones, or touch a contact that
 * belongs only to other groups are refused, each with its reason. A contact that belongs to this
 * group and another one may be named, but not changed.
 */
export function groupScope(groupId: string) {
  return (rows: GraphRows, known: KnownState, fail: RowFail): void => {
    const onRoster = new Set(rows.members.map((row) => row.id));
    // Unknown ids are reported by validation already: here only stored ones of other groups.
    const elsewhere = (memberId: string) =>
      known.members.has(memberId) && !onRoster.has(memberId) && known.members.get(memberId) !== groupId;
    const notOurs = (memberId: string) => `${memberId} is a member of another group, not of ${groupId}`;
    const othersGroups = (groupIds: readonly string[] | undefined) =>
      (groupIds ?? []).some((id) => id !== groupId);
    const foreignContact = (contactId: string | null) => {
      const stored = contactId === null ? undefined : known.contacts.get(contactId);
      return stored !== undefined && stored.groupIds.length > 0 && !stored.groupIds.includes(groupId);
    };
    const notOurContact = (contactId: string) =>
      `${contactId} is a contact of another group: give this contact an id of your own`;

    rows.members.forEach((row, i) => {
      const current = known.members.get(row.id);
      if (current && current !== groupId)
        fail(
          'members',
          i,
          'id',
          `${row.id} is a member of another group: an import cannot move members between groups`,
        );
    });
    rows.contacts.forEach((row, i) => {
      const stored = known.contacts.get(row.id);
      if (!stored) return;
      if (foreignContact(row.id)) {
        fail('contacts', i, 'id', notOurContact(row.id));
        return;
      }
      const keep = new Set(row.keep ?? []);
      const changes =
        row.name !== stored.name ||
        (!keep.has('company') && row.company !== stored.company) ||
        (!keep.has('industryId') && row.industryId !== stored.industryId);
      if (changes && othersGroups(stored.groupIds))
        fail(
          'contacts',
          i,
          'id',
          `${row.id} is also a contact of another group, so its name, company and industry cannot be changed here`,
        );
    });
    rows.knows.forEach((row, i) => {
      if (elsewhere(row.memberId)) fail('knows', i, 'memberId', notOurs(row.memberId));
      if (foreignContact(row.contactId)) fail('knows', i, 'contactId', notOurContact(row.contactId));
    });
    rows.oneToOnes.forEach((row, i) => {
      if (othersGroups(known.oneToOnes.get(row.id)?.groupIds)) {
        fail('oneToOnes', i, 'id', `${row.id} is a one-to-one of another group`);
        return;
      }
      for (const memberId of row.memberIds)
        if (elsewhere(memberId)) fail('oneToOnes', i, 'memberIds', notOurs(memberId));
    });
    rows.referrals.forEach((row, i) => {
      if (othersGroups(known.referrals.get(row.id)?.groupIds)) {
        fail('referrals', i, 'id', `${row.id} is a referral of another group`);
        return;
      }
      if (elsewhere(row.fromId)) fail('referrals', i, 'fromId', notOurs(row.fromId));
      if (elsewhere(row.toId)) fail('referrals', i, 'toId', notOurs(row.toId));
      if (foreignContact(row.contactId))
        fail('referrals', i, 'contactId', notOurContact(row.contactId ?? ''));
    });
  };
}

/** What one import of a group's files may hold: larger ones are refused before anything is read. */
export const IMPORT_LIMITS = { rows: 100_000, bytes: 12 * 1024 * 1024 } as const;

function overLimits(files: GroupCsvTexts, rows: number): Issue[] {
  const bytes = Object.values(files).reduce((sum, file) => sum + Buffer.byteLength(file?.text ?? ''), 0);
  const at = { file: Object.values(files)[0]?.file ?? 'the files', row: 0 };
  const split = 'split the files into several imports (each is checked against what is already stored)';
  if (bytes > IMPORT_LIMITS.bytes)
    return [
      {
        at,
        field: null,
        message: `the files hold ${(bytes / 1048576).toFixed(1)} MB; one import takes at most ${IMPORT_LIMITS.bytes / 1048576} MB: ${split}`,
      },
    ];
  if (rows > IMPORT_LIMITS.rows)
    return [
      {
        at,
        field: null,
        message: `the files hold ${rows.toLocaleString('en')} rows; one import takes at most ${IMPORT_LIMITS.rows.toLocaleString('en')}: ${split}`,
      },
    ];
  return [];
}

/** The files as rows, with their CSV-level problems; larger than IMPORT_LIMITS: refused up front. */
function readWithinLimits(groupId: string, files: GroupCsvTexts): { input: GraphInput; issues: Issue[] } {
  const bytes = Object.values(files).reduce((sum, file) => sum + (file?.text.length ?? 0), 0);
  // Characters before parsing (cheap), exact bytes and rows after: either refuses up front.
  if (bytes > IMPORT_LIMITS.bytes) throw new ImportError(overLimits(files, 0));
  const issues: Issue[] = [];
  const tally = { rows: 0 };
  const input = readGroupCsv(groupId, files, issues, tally);
  const tooLarge = overLimits(files, tally.rows);
  if (tooLarge.length) throw new ImportError(tooLarge);
  return { input, issues };
}

/**
 * What importGroupCsv would do with these files, row by row, writing nothing: the same reading, the
 * same checks and the same walls, against the group as stored now.
 */
export async function previewGroupCsv(
  db: Database,
  groupId: string,
  files: GroupCsvTexts,
): Promise<ImportPreview> {
  let read: { input: GraphInput; issues: Issue[] };
  try {
    read = readWithinLimits(groupId, files);
  } catch (error) {
    // Too large, or not CSV at all: nothing to show row by row.
    if (!(error instanceof ImportError)) throw error;
    return describePreview(groupId, {}, checkGraph({}), await knownState(db, {}), NO_ROWS, error.issues);
  }
  const { input, issues } = read;
  const known = await knownState(db, input);
  const scope = groupScope(groupId);
  const checked = checkGraph(input, known, (rows, fail) => scope(rows, known, fail));
  const stored = await readGraphRows(db, [groupId]);
  return describePreview(groupId, input, checked, known, stored, issues);
}

const NO_ROWS = { groups: [], members: [], contacts: [], knows: [], oneToOnes: [], referrals: [] };

/** Said when the group changed between a preview and its import: the import writes nothing. */
export const PREVIEW_OUTDATED =
  'the group changed since this import was previewed (or the files differ): preview it again, then import';

/**
 * Imports a group's CSV files: within IMPORT_LIMITS, everything is validated first (including the
 * group's walls), then written, all of it or nothing (loader.ts). With `previewed` (a preview's
 * fingerprint), only when the files would still do exactly what that preview showed.
 */
export async function importGroupCsv(
  db: Database,
  groupId: string,
  files: GroupCsvTexts,
  options: LoadOptions & { previewed?: string | null } = {},
): Promise<GraphRows> {
  const { input, issues } = readWithinLimits(groupId, files);
  if (options.previewed) {
    const preview = await previewGroupCsv(db, groupId, files);
    if (preview.fingerprint !== options.previewed)
      throw new ImportError([{ at: { file: 'the import', row: 0 }, field: null, message: PREVIEW_OUTDATED }]);
  }
  const scope = groupScope(groupId);
  try {
    if (issues.length === 0) return await importGroupGraph(db, groupId, input, scope, options);
    // The files are broken already; still list every row problem in one go.
    const known = await knownState(db, input);
    validateGraph(input, known, (rows, fail) => scope(rows, known, fail));
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError([...issues, ...error.issues]);
    throw error;
  }
  throw new ImportError(issues);
}

/** A group's rows as the text of group.csv, roster.csv, contacts.csv, one-to-ones.csv and referrals.csv. */
export function groupCsvTexts(rows: GraphRows): Record<CsvKind, string> {
  const group = stringifyCsv(
    GROUP_COLUMNS.all,
    rows.groups.map((g) => [g.id, g.name, g.region, g.meetingDay]),
  );
  const roster = stringifyCsv(
    ROSTER_COLUMNS.all,
    rows.members.map((m) => [
      m.id,
      m.name,
      m.company,
      m.industryId,
      m.role,
      m.since,
      m.joinedAt,
      m.email,
      m.phone,
      m.bio,
      m.wantsToMeet.join(`${LIST_SEPARATOR} `),
      m.doesNotWantToMeet.join(`${LIST_SEPARATOR} `),
    ]),
  );
  const knownBy = new Map<string, GraphRows['knows']>();
  for (const knows of rows.knows)
    knownBy.set(knows.contactId, [...(knownBy.get(knows.contactId) ?? []), knows]);
  const contacts = stringifyCsv(
    CONTACT_COLUMNS.all,
    rows.contacts.flatMap((c) => {
      const knows = knownBy.get(c.id) ?? [];
      if (knows.length === 0) return [[c.id, c.name, c.company, c.industryId, '', '', '', '']];
      return knows.map((k) => [
        c.id,
        c.name,
        c.company,
        c.industryId,
        k.memberId,
        k.strength,
        k.since,
        k.context,
      ]);
    }),
  );
  const oneToOnes = stringifyCsv(
    ONE_TO_ONE_COLUMNS.all,
    rows.oneToOnes.map((o) => [o.id, o.on, o.memberIds[0], o.memberIds[1], o.status, o.notes]),
  );
  const referrals = stringifyCsv(
    REFERRAL_COLUMNS.all,
    rows.referrals.map((r) => [
      r.id,
      r.fromId,
      r.toId,
      r.contactId,
      r.status,
      r.value,
      r.hotness,
      r.createdAt,
      r.updatedAt,
      r.notes,
    ]),
  );
  return { group, roster, contacts, oneToOnes, referrals };
}
