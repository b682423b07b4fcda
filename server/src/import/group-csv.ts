// A group's roster, contacts, one-to-ones and referrals as CSV, for organisers (columns in
// README.md beside it): from text to validated rows and back. Import validates every row of every file
// first and writes all of it in one transaction, or nothing. Files are read and written by the
// callers (the seed CLI, the importGroupCsv mutation).
import type { Database } from '../db/database.ts';
import { CsvSyntaxError, parseCsv, stringifyCsv } from './csv.ts';
import {
  type GraphInput,
  ImportError,
  type Issue,
  type Located,
  validateGraph,
  type Where,
} from './dataset.ts';
import { importGraph, knownState, type LoadOptions } from './loader.ts';
import type { GraphRows } from './rows.ts';

export const GROUP_COLUMNS = ['id', 'name', 'region', 'meetingDay'] as const;
export const ROSTER_COLUMNS = [
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
] as const;
export const CONTACT_COLUMNS = [
  'id',
  'name',
  'company',
  'industry',
  'knownBy',
  'strength',
  'since',
  'context',
] as const;
export const ONE_TO_ONE_COLUMNS = ['id', 'on', 'memberA', 'memberB', 'notes'] as const;
export const REFERRAL_COLUMNS = [
  'id',
  'from',
  'to',
  'contact',
  'status',
  'value',
  'hotness',
  'createdAt',
  'updatedAt',
  'notes',
] as const;

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

function parseTable(source: CsvText, columns: readonly string[], issues: Issue[]): Table {
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
  if (!header) {
    issues.push({
      at: { file, row: 0, line: 1 },
      field: null,
      message: `the file is empty; the header is ${columns.join(',')}`,
    });
    return { file, rows: [] };
  }
  const names = header.fields.map((name) => name.trim());
  const missing = columns.filter((column) => !names.includes(column));
  if (missing.length) {
    issues.push({
      at: { file, row: 0, line: header.line },
      field: null,
      message: `the header lacks ${missing.join(', ')}; expected columns: ${columns.join(',')}`,
    });
    return { file, rows: [] };
  }
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
  return { file, rows };
}

/** Turns the CSV texts into located rows for the loader; CSV-level problems go to `issues`. */
export function readGroupCsv(groupId: string, files: GroupCsvTexts, issues: Issue[]): GraphInput {
  const input: GraphInput = {};
  const push = (kind: keyof GraphInput, item: Located) => {
    input[kind] ??= [];
    input[kind].push(item);
  };

  if (files.group) {
    const table = parseTable(files.group, GROUP_COLUMNS, issues);
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
    const table = parseTable(files.roster, ROSTER_COLUMNS, issues);
    const columns = { industryId: 'industry', groupId: 'id' };
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
        },
      });
    }
  }

  if (files.contacts) {
    const table = parseTable(files.contacts, CONTACT_COLUMNS, issues);
    // One row per member who knows the contact: the contact's own columns must agree across rows.
    const first = new Map<string, { at: Where; cells: Cells }>();
    for (const { at, cells } of table.rows) {
      const id = cells.id?.trim() ?? '';
      const seen = first.get(id);
      if (!seen) {
        first.set(id, { at, cells });
        push('contacts', {
          at: { ...at, columns: { industryId: 'industry' } },
          value: { id, name: cells.name, company: orNull(cells.company), industryId: orNull(cells.industry) },
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
          },
        });
      }
    }
  }

  if (files.oneToOnes) {
    const table = parseTable(files.oneToOnes, ONE_TO_ONE_COLUMNS, issues);
    for (const { at, cells } of table.rows) {
      push('oneToOnes', {
        at: { ...at, columns: { memberIds: 'memberA/memberB' } },
        value: {
          id: cells.id,
          on: cells.on,
          notes: orNull(cells.notes),
          memberIds: [cells.memberA?.trim() ?? '', cells.memberB?.trim() ?? ''].sort(),
        },
      });
    }
  }

  if (files.referrals) {
    const table = parseTable(files.referrals, REFERRAL_COLUMNS, issues);
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
        },
      });
    }
  }
  return input;
}

/** Imports a group's CSV files: everything is validated first, then written in one transaction. */
export async function importGroupCsv(
  db: Database,
  groupId: string,
  files: GroupCsvTexts,
  options: LoadOptions = {},
): Promise<GraphRows> {
  const issues: Issue[] = [];
  const input = readGroupCsv(groupId, files, issues);
  try {
    if (issues.length === 0) return await importGraph(db, input, options);
    // The files are broken already; still list every row problem in one go.
    validateGraph(input, await knownState(db, input));
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError([...issues, ...error.issues]);
    throw error;
  }
  throw new ImportError(issues);
}

/** A group's rows as the text of group.csv, roster.csv, contacts.csv, one-to-ones.csv and referrals.csv. */
export function groupCsvTexts(rows: GraphRows): Record<CsvKind, string> {
  const group = stringifyCsv(
    GROUP_COLUMNS,
    rows.groups.map((g) => [g.id, g.name, g.region, g.meetingDay]),
  );
  const roster = stringifyCsv(
    ROSTER_COLUMNS,
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
    CONTACT_COLUMNS,
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
    ONE_TO_ONE_COLUMNS,
    rows.oneToOnes.map((o) => [o.id, o.on, o.memberIds[0], o.memberIds[1], o.notes]),
  );
  const referrals = stringifyCsv(
    REFERRAL_COLUMNS,
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
