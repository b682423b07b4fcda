// The file side of a group's CSV import/export for `pnpm seed` (columns in README.md beside it);
// parsing, validation and writing live in group-csv.ts, shared with the API.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Database } from '../db/database.ts';
import { readGraphRows } from '../db/seed-repo.ts';
import {
  CSV_FILES,
  type CsvKind,
  type GroupCsvTexts,
  groupCsvTexts,
  importGroupCsv as importGroupCsvTexts,
} from './group-csv.ts';
import type { LoadOptions } from './loader.ts';
import type { GraphRows } from './rows.ts';

export { CSV_FILES };

/** Paths of the files to import; each is optional (group.csv when the group already exists). */
export type CsvFiles = Partial<Record<CsvKind, string>>;

async function readTexts(files: CsvFiles): Promise<GroupCsvTexts> {
  const texts: GroupCsvTexts = {};
  for (const [kind, path] of Object.entries(files) as [CsvKind, string | undefined][]) {
    if (!path) continue;
    try {
      texts[kind] = { file: basename(path), text: await readFile(path, 'utf8') };
    } catch (error) {
      throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return texts;
}

/** Imports a group's CSV files: everything is validated first, then written in one transaction. */
export async function importGroupCsv(
  db: Database,
  groupId: string,
  files: CsvFiles,
  options: LoadOptions = {},
): Promise<GraphRows> {
  return importGroupCsvTexts(db, groupId, await readTexts(files), options);
}

/** Writes group.csv, roster.csv, contacts.csv, one-to-ones.csv and referrals.csv into `dir`. */
export async function exportGroupCsv(db: Database, groupId: string, dir: string): Promise<GraphRows> {
  const rows = await readGraphRows(db, [groupId]);
  if (rows.groups.length === 0)
    throw new Error(`No group with id "${groupId}" — list them with: MATCH (g:Group) RETURN g.id`);
  await mkdir(dir, { recursive: true });
  const texts = groupCsvTexts(rows);
  for (const kind of Object.keys(CSV_FILES) as CsvKind[]) {
    await writeFile(join(dir, CSV_FILES[kind]), texts[kind]);
  }
  return rows;
}

/** The five files of an export directory, for import-csv --dir. */
export function filesIn(dir: string): Required<CsvFiles> {
  return {
    group: join(dir, CSV_FILES.group),
    roster: join(dir, CSV_FILES.roster),
    contacts: join(dir, CSV_FILES.contacts),
    oneToOnes: join(dir, CSV_FILES.oneToOnes),
    referrals: join(dir, CSV_FILES.referrals),
  };
}
