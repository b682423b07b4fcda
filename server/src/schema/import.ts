// Organisers import a group's roster, contacts, one-to-ones and referrals as CSV text (the same
// columns and checks as `pnpm seed import-csv`): all rows are validated, then written together.
import { z } from 'zod';
import { describeIssue, ImportError } from '../import/dataset.ts';
import {
  CSV_FILES,
  type CsvKind,
  type GroupCsvTexts,
  IMPORT_LIMITS,
  importGroupCsv,
} from '../import/group-csv.ts';
import { ImportBusyError, ImportWriteError } from '../import/loader.ts';
import { actorOf } from './audit.ts';
import { builder } from './builder.ts';
import { InputValidationError, MUTATION_ERRORS } from './errors.ts';

// Each text alone within the import's limit; together they are checked by importGroupCsv.
const csvText = z
  .string()
  .max(IMPORT_LIMITS.bytes, `One import takes at most ${IMPORT_LIMITS.bytes / 1048576} MB of CSV`);

const ImportGroupCsvInput = builder.inputType('ImportGroupCsvInput', {
  description: 'CSV texts with the columns documented in server/src/import/README.md; give any of them.',
  fields: (t) => ({
    groupId: t.id({ required: true }),
    roster: t.string({ validate: csvText }),
    contacts: t.string({ validate: csvText }),
    oneToOnes: t.string({ validate: csvText }),
    referrals: t.string({ validate: csvText }),
  }),
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

builder.mutationField('importGroupCsv', (t) =>
  t.field({
    type: ImportSummaryRef,
    description: "An organiser imports their group's CSV files; a bad row refuses the whole import.",
    authScopes: (_root, { input }) => ({ organiserOf: String(input.groupId) }),
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: ImportGroupCsvInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const groupId = String(input.groupId);
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
      try {
        const rows = await importGroupCsv(context.db, groupId, texts, {
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
