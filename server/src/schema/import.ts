// Organisers import a group's roster, contacts, one-to-ones and referrals as CSV text (the same
// columns and checks as `pnpm seed import-csv`): all rows are validated, then written together.
// previewGroupCsv shows first what an import would do, row by row, writing nothing.
import { z } from 'zod';
import { describeIssue, ImportError } from '../import/dataset.ts';
import {
  CSV_FILES,
  type CsvKind,
  type GroupCsvTexts,
  IMPORT_LIMITS,
  importGroupCsv,
  previewGroupCsv,
} from '../import/group-csv.ts';
import { ImportBusyError, ImportWriteError } from '../import/loader.ts';
import {
  countByStatus,
  type ImportPreview,
  type PREVIEW_KINDS,
  PREVIEW_STATUSES,
  type PreviewChange,
  type PreviewIssue,
  type PreviewRow,
} from '../import/preview.ts';
import { actorOf } from './audit.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { listOf, listSizedBy } from './cost.ts';
import { InputValidationError, MUTATION_ERRORS } from './errors.ts';

// Each text alone within the import's limit; together they are checked by importGroupCsv.
const csvText = z
  .string()
  .max(IMPORT_LIMITS.bytes, `One import takes at most ${IMPORT_LIMITS.bytes / 1048576} MB of CSV`);

/** The fields a preview and an import share: the group, and a CSV text of each kind. */
const groupCsvFields = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>,
) => ({
  groupId: t.id({ required: true }),
  roster: t.string({ validate: csvText }),
  contacts: t.string({ validate: csvText }),
  oneToOnes: t.string({ validate: csvText }),
  referrals: t.string({ validate: csvText }),
});

const ImportGroupCsvInput = builder.inputType('ImportGroupCsvInput', {
  description: 'CSV texts with the columns documented in server/src/import/README.md; give any of them.',
  fields: (t) => ({
    ...groupCsvFields(t),
    previewed: t.string({
      description:
        'The fingerprint of the preview shown (previewGroupCsv): the import writes only if it would still do exactly that, else it is refused and nothing is written.',
      validate: z.string().max(100),
    }),
  }),
});

const PreviewGroupCsvInput = builder.inputType('PreviewGroupCsvInput', {
  description: 'The CSV texts an import would be given (see ImportGroupCsvInput).',
  fields: groupCsvFields,
});

interface ImportSummary {
  groupId: string;
  members: number;
  contacts: number;
  oneToOnes: number;
  referrals: number;
}

const ImportSummaryRef = builder.objectRef<ImportSummary>('ImportSummary').implement({
  description: 'How many rows of each kind were written (all of them, or none).',
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    members: t.exposeInt('members'),
    contacts: t.exposeInt('contacts'),
    oneToOnes: t.exposeInt('oneToOnes'),
    referrals: t.exposeInt('referrals'),
  }),
});

const KINDS = ['roster', 'contacts', 'oneToOnes', 'referrals'] as const satisfies readonly CsvKind[];

/** The texts given, each under its file's name; none at all is refused. */
function textsOf(input: Partial<Record<(typeof KINDS)[number], string | null>>): GroupCsvTexts {
  const texts: GroupCsvTexts = {};
  for (const kind of KINDS) {
    const text = input[kind];
    if (text) texts[kind] = { file: CSV_FILES[kind], text };
  }
  if (Object.keys(texts).length === 0) {
    throw new InputValidationError({
      issues: [{ message: 'Give at least one CSV text', path: ['input'] }],
    });
  }
  return texts;
}

// ---- the preview ------------------------------------------------------------------------------

const ImportRowStatus = builder.enumType('ImportRowStatus', {
  description: 'What an import does with a row: adds it, changes it, leaves it as it is, or refuses it.',
  values: PREVIEW_STATUSES,
});

const KIND_NAMES = {
  groups: 'GROUP',
  members: 'MEMBER',
  contacts: 'CONTACT',
  knows: 'KNOWS',
  oneToOnes: 'ONE_TO_ONE',
  referrals: 'REFERRAL',
} as const satisfies Record<(typeof PREVIEW_KINDS)[number], string>;

const ImportRowKind = builder.enumType('ImportRowKind', {
  description: 'What a row of a group’s files is: KNOWS is a contacts.csv row’s tie to its member.',
  values: Object.values(KIND_NAMES),
});

const ImportIssueRef = builder.objectRef<PreviewIssue>('ImportIssue').implement({
  description: 'A problem with a file (row 0: the file as a whole) or one of its rows.',
  fields: (t) => ({
    file: t.exposeString('file'),
    row: t.exposeInt('row', {
      description: '1-based data row (the header is not counted); 0: the whole file.',
    }),
    line: t.exposeInt('line', { nullable: true }),
    column: t.exposeString('column', { nullable: true }),
    message: t.exposeString('message'),
  }),
});

const ImportFieldChangeRef = builder.objectRef<PreviewChange>('ImportFieldChange').implement({
  fields: (t) => ({
    column: t.exposeString('column'),
    before: t.exposeString('before', { nullable: true, description: 'As stored (null: none).' }),
    after: t.exposeString('after', { nullable: true, description: 'As the import writes it (null: none).' }),
  }),
});

/** Columns a row may change: the roster's, the widest file. */
const MAX_CHANGES = 11;

const ImportPreviewRowRef = builder.objectRef<PreviewRow>('ImportPreviewRow').implement({
  fields: (t) => ({
    file: t.exposeString('file'),
    row: t.exposeInt('row'),
    line: t.exposeInt('line', { nullable: true }),
    kind: t.field({ type: ImportRowKind, resolve: (row) => KIND_NAMES[row.kind] }),
    id: t.exposeString('id'),
    label: t.exposeString('label', { nullable: true }),
    status: t.expose('status', { type: ImportRowStatus }),
    changes: t.field({
      type: [ImportFieldChangeRef],
      description: 'UPDATED: each field that changes; ADDED: each field it sets.',
      complexity: listOf(MAX_CHANGES),
      resolve: (row) => row.changes,
    }),
    refusals: t.field({
      type: [ImportIssueRef],
      description: 'REFUSED: every reason.',
      complexity: listOf(3),
      resolve: (row) => row.refusals,
    }),
  }),
});

const ImportPreviewCountsRef = builder
  .objectRef<Record<(typeof PREVIEW_STATUSES)[number], number>>('ImportPreviewCounts')
  .implement({
    fields: (t) => ({
      added: t.exposeInt('ADDED'),
      updated: t.exposeInt('UPDATED'),
      unchanged: t.exposeInt('UNCHANGED'),
      refused: t.exposeInt('REFUSED'),
    }),
  });

/** Rows one preview lists at most; the counts cover them all. */
const MAX_PREVIEW_ROWS = 300;

const ImportPreviewRef = builder.objectRef<ImportPreview>('ImportPreview').implement({
  description:
    'What importGroupCsv would do with the files, row by row; nothing was written. One refused row or problem refuses the whole import.',
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    canImport: t.boolean({
      description: 'No row is refused and no file has a problem.',
      resolve: (preview) =>
        preview.problems.length === 0 && preview.rows.every((row) => row.status !== 'REFUSED'),
    }),
    fingerprint: t.exposeString('fingerprint', {
      description: 'Give it to importGroupCsv as `previewed`, so it writes exactly what this preview shows.',
    }),
    counts: t.field({ type: ImportPreviewCountsRef, resolve: (preview) => countByStatus(preview.rows) }),
    problems: t.field({
      type: [ImportIssueRef],
      description:
        'Problems of a file as a whole (its header, its size), or of a row that adds nothing itself.',
      resolve: (preview) => preview.problems,
    }),
    rows: t.field({
      type: [ImportPreviewRowRef],
      description: 'The rows in file order, the first `first` of those with the statuses asked for.',
      args: {
        status: t.arg({ type: [ImportRowStatus] }),
        first: t.arg.int({
          defaultValue: 100,
          validate: z.number().int().min(1).max(MAX_PREVIEW_ROWS, `first is at most ${MAX_PREVIEW_ROWS}`),
        }),
      },
      complexity: listSizedBy(100),
      resolve: (preview, args) =>
        preview.rows
          .filter((row) => !args.status?.length || args.status.includes(row.status))
          .slice(0, args.first ?? 100),
    }),
  }),
});

builder.queryField('previewGroupCsv', (t) =>
  t.field({
    type: ImportPreviewRef,
    description:
      "What importGroupCsv would do with an organiser's CSV files, row by row, with the same checks; writes nothing.",
    authScopes: (_root, { input }) => ({ organiserOf: String(input.groupId) }),
    args: { input: t.arg({ type: PreviewGroupCsvInput, required: true }) },
    resolve: (_root, { input }, context: Context) =>
      previewGroupCsv(context.db, String(input.groupId), textsOf(input)),
  }),
);

builder.mutationField('importGroupCsv', (t) =>
  t.field({
    type: ImportSummaryRef,
    description: "An organiser imports their group's CSV files; a bad row refuses the whole import.",
    authScopes: (_root, { input }) => ({ organiserOf: String(input.groupId) }),
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: ImportGroupCsvInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const groupId = String(input.groupId);
      const texts = textsOf(input);
      try {
        const rows = await importGroupCsv(context.db, groupId, texts, {
          previewed: input.previewed ?? null,
          actor: actorOf(context),
          onProgress: ({ kind, done, total }) => {
            if (done === total) context.log.info({ groupId, kind, rows: total }, 'import: rows written');
          },
        });
        return {
          groupId,
          members: rows.members.length,
          contacts: rows.contacts.length,
          oneToOnes: rows.oneToOnes.length,
          referrals: rows.referrals.length,
        };
      } catch (error) {
        if (error instanceof ImportBusyError || error instanceof ImportWriteError) {
          context.log.warn({ err: error.cause ?? error, groupId }, error.message);
          throw new InputValidationError({ issues: [{ message: error.message, path: ['input'] }] });
        }
        if (!(error instanceof ImportError)) throw error;
        // Every bad row, each with where it is: file, row and field.
        throw new InputValidationError({
          issues: error.issues.map((issue) => ({
            message: describeIssue(issue),
            path: [
              'input',
              issue.at.file,
              ...(issue.at.row > 0 ? [`row ${issue.at.row}`] : []),
              ...(issue.field ? [issue.field] : []),
            ],
          })),
        });
      }
    },
  }),
);
