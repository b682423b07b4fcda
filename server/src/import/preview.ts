// What an import would do, row by row, before it does it: each row of the files is added, updated
// (with each field before → after), unchanged, or refused (with every reason). Built from the very
// checks the import runs (checkGraph) and the group's rows as stored; pure, so the same files and
// the same stored rows always give the same preview and the same fingerprint.
import { createHash } from 'node:crypto';
import { DEFAULT_ONE_TO_ONE_STATUS } from '@powergroups/rules';
import type { CheckedGraph, GraphInput, Issue, KnownState, Located, Where } from './dataset.ts';
import type { GraphRows } from './rows.ts';

export const PREVIEW_STATUSES = ['ADDED', 'UPDATED', 'UNCHANGED', 'REFUSED'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** The kinds of row a group's files hold (the catalogue is the admin's, never in a group import). */
export const PREVIEW_KINDS = ['groups', 'members', 'contacts', 'knows', 'oneToOnes', 'referrals'] as const;
type PreviewKind = (typeof PREVIEW_KINDS)[number];

/** A problem, located: row 0 is a file as a whole (its header, its size). */
export interface PreviewIssue {
  file: string;
  row: number;
  line: number | null;
  /** the file's column, when the problem is one field's */
  column: string | null;
  message: string;
}

export interface PreviewChange {
  /** the file's column */
  column: string;
  /** as stored, in words (an industry by name); null: none, or a new row */
  before: string | null;
  after: string | null;
}

export interface PreviewRow {
  file: string;
  row: number;
  line: number | null;
  kind: PreviewKind;
  /** the row's id (a tie: "member → contact") */
  id: string;
  /** the name it gives, when it has one */
  label: string | null;
  status: PreviewStatus;
  /** UPDATED: the fields that change; ADDED: the fields it sets */
  changes: PreviewChange[];
  /** REFUSED: why, every reason */
  refusals: PreviewIssue[];
}

export interface ImportPreview {
  groupId: string;
  rows: PreviewRow[];
  /** problems of a file as a whole, or of a row that adds nothing itself */
  problems: PreviewIssue[];
  /** importGroupCsv takes it back (`previewed`) and writes only if its own preview is the same */
  fingerprint: string;
}

/** The fields each kind writes and a preview compares: a file's other columns are ids or kept. */
const COMPARED: { [K in PreviewKind]: readonly (keyof GraphRows[K][number] & string)[] } = {
  groups: ['name', 'region', 'meetingDay'],
  members: [
    'name',
    'company',
    'industryId',
    'role',
    'since',
    'joinedAt',
    'email',
    'phone',
    'bio',
    'wantsToMeet',
    'doesNotWantToMeet',
  ],
  contacts: ['name', 'company', 'industryId'],
  knows: ['strength', 'since', 'context'],
  oneToOnes: ['on', 'memberIds', 'status', 'notes'],
  referrals: ['fromId', 'toId', 'contactId', 'status', 'value', 'hotness', 'createdAt', 'updatedAt', 'notes'],
};

const INSTANTS = new Set(['createdAt', 'updatedAt']);

type AnyRow = Record<string, unknown> & { keep?: string[] };

const keyOf = (kind: PreviewKind, row: AnyRow): string =>
  kind === 'knows' ? `${String(row.memberId)} → ${String(row.contactId)}` : String(row.id ?? '');

const labelOf = (kind: PreviewKind, row: AnyRow): string | null =>
  (kind === 'groups' || kind === 'members' || kind === 'contacts') && typeof row.name === 'string'
    ? row.name.trim() || null
    : null;

/** A value as an organiser reads it: lists joined, industries by name, nothing as null. */
function shown(field: string, value: unknown, industryNames: ReadonlyMap<string, string>): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join('; ') : null;
  const text = String(value).trim();
  if (text === '') return null;
  if (field === 'industryId') return industryNames.get(text) ?? text;
  return text;
}

function same(field: string, before: unknown, after: unknown): boolean {
  if (INSTANTS.has(field) && typeof before === 'string' && typeof after === 'string')
    return Date.parse(before) === Date.parse(after);
  const plain = (value: unknown) =>
    value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? null : value;
  return JSON.stringify(plain(before)) === JSON.stringify(plain(after));
}

const issueAt = (issue: Issue): PreviewIssue => ({
  file: issue.at.file,
  row: issue.at.row,
  line: issue.at.line ?? null,
  column: issue.field ? (issue.at.columns?.[issue.field] ?? issue.field) : null,
  message: issue.message,
});

const rowKey = (at: Where) => `${at.file}\u0000${at.row}`;

/**
 * The preview of a group's import: `checked` is what checkGraph said of `input` (the import's own
 * checks and the group's walls), `stored` the group's rows as they are now.
 */
export function describePreview(
  groupId: string,
  input: GraphInput,
  checked: CheckedGraph,
  known: KnownState,
  stored: Pick<GraphRows, PreviewKind>,
  fileIssues: readonly Issue[],
): ImportPreview {
  const industryNames = new Map(known.industries.map((industry) => [industry.id, industry.name]));
  const issues = [...fileIssues, ...checked.issues];
  const issuesOfRow = new Map<string, Issue[]>();
  for (const issue of issues)
    if (issue.at.row > 0)
      issuesOfRow.set(rowKey(issue.at), [...(issuesOfRow.get(rowKey(issue.at)) ?? []), issue]);
  const attached = new Set<Issue>();

  const rows: PreviewRow[] = [];
  for (const kind of PREVIEW_KINDS) {
    const typedAt = new Map<Where, AnyRow>();
    const typed = checked.rows[kind] as unknown as AnyRow[];
    checked.where[kind].forEach((at, i) => {
      const row = typed[i];
      if (row) typedAt.set(at, row);
    });
    const storedByKey = new Map((stored[kind] as unknown as AnyRow[]).map((row) => [keyOf(kind, row), row]));
    for (const { at, value } of (input[kind] ?? []) as Located[]) {
      const raw = (value ?? {}) as AnyRow;
      const row = typedAt.get(at) ?? raw;
      const base = {
        file: at.file,
        row: at.row,
        line: at.line ?? null,
        kind,
        id: keyOf(kind, row),
        label: labelOf(kind, row),
      };
      const refusals = issuesOfRow.get(rowKey(at)) ?? [];
      if (refusals.length > 0 || !typedAt.has(at)) {
        for (const issue of refusals) attached.add(issue);
        rows.push({ ...base, status: 'REFUSED', changes: [], refusals: refusals.map(issueAt) });
        continue;
      }
      const before = storedByKey.get(base.id);
      const kept = new Set(row.keep ?? []);
      const changes: PreviewChange[] = [];
      for (const field of COMPARED[kind] as readonly string[]) {
        if (kept.has(field)) continue;
        let after = row[field];
        if (kind === 'oneToOnes' && field === 'status') after ??= DEFAULT_ONE_TO_ONE_STATUS;
        if (before && same(field, before[field], after)) continue;
        const change = {
          column: at.columns?.[field] ?? field,
          before: before ? shown(field, before[field], industryNames) : null,
          after: shown(field, after, industryNames),
        };
        if (before || change.after !== null) changes.push(change);
      }
      const status: PreviewStatus = !before ? 'ADDED' : changes.length ? 'UPDATED' : 'UNCHANGED';
      rows.push({ ...base, status, changes, refusals: [] });
    }
  }
  const problems = issues.filter((issue) => !attached.has(issue)).map(issueAt);
  const fingerprint = createHash('sha256').update(JSON.stringify({ groupId, rows, problems })).digest('hex');
  return { groupId, rows, problems, fingerprint };
}

/** How many rows of each status: what the preview's summary says. */
export function countByStatus(rows: readonly PreviewRow[]): Record<PreviewStatus, number> {
  const counts = { ADDED: 0, UPDATED: 0, UNCHANGED: 0, REFUSED: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
