// Organisers import a group's roster, contacts, one-to-ones and referrals as CSV text (the same
// columns and checks as `pnpm seed import-csv`): all rows are validated, then written together.
import { z } from 'zod';
import { describeIssue, ImportError } from '../import/dataset.ts';
import { CSV_FILES, type CsvKind, type GroupCsvTexts, importGroupCsv } from '../import/group-csv.ts';
import { builder } from './builder.ts';
import { InputValidationError, MUTATION_ERRORS } from './errors.ts';

const MAX_CSV_CHARS = 5_000_000;
const csvText = z.string().max(MAX_CSV_CHARS, `A file may hold at most ${MAX_CSV_CHARS} characters`);

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
  description: 'How many rows of each kind were written (all of them, in one transaction).',
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
        const rows = await importGroupCsv(context.db, groupId, texts);
        return {
          groupId,
          members: rows.members.length,
          contacts: rows.contacts.length,
          oneToOnes: rows.oneToOnes.length,
          referrals: rows.referrals.length,
        };
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        // Every bad row, each with where it is: file, row and field.
        throw new InputValidationError({
          issues: error.issues.map((issue) => ({
            message: describeIssue(issue),
            path: ['input', issue.at.file, `row ${issue.at.row}`, ...(issue.field ? [issue.field] : [])],
          })),
        });
      }
    },
  }),
);
