// The whole graph (or some groups of it) as one JSON document: the same rows the loader writes,
// ordered by id, so export → import → export gives the same file.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database } from '../db/database.ts';
import { readGraphRows } from '../db/seed-repo.ts';
import { ImportError, locate } from './dataset.ts';
import { importGraph, type LoadOptions } from './loader.ts';
import { type GraphRows, ROW_KINDS } from './rows.ts';

export const JSON_FORMAT = 'power-groups-graph';
export const JSON_VERSION = 1;

export interface GraphDocument extends GraphRows {
  format: typeof JSON_FORMAT;
  version: typeof JSON_VERSION;
}

export async function exportGraphJson(
  db: Database,
  groupIds: string[] | null = null,
): Promise<GraphDocument> {
  const rows = await readGraphRows(db, groupIds);
  return { format: JSON_FORMAT, version: JSON_VERSION, ...rows };
}

export async function writeGraphJson(
  db: Database,
  path: string,
  groupIds: string[] | null = null,
): Promise<GraphDocument> {
  const document = await exportGraphJson(db, groupIds);
  await writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
  return document;
}

/** Validates a parsed document and writes it in one transaction (nothing on any error). */
export async function importGraphDocument(
  db: Database,
  document: unknown,
  file: string,
  options: LoadOptions = {},
): Promise<GraphRows> {
  const at = { file, row: 0 };
  if (
    !document ||
    typeof document !== 'object' ||
    (document as { format?: unknown }).format !== JSON_FORMAT
  ) {
    throw new ImportError([
      {
        at,
        field: 'format',
        message: `is not "${JSON_FORMAT}": write the file with \`pnpm seed export-json\``,
      },
    ]);
  }
  const version = (document as { version?: unknown }).version;
  if (version !== JSON_VERSION) {
    throw new ImportError([
      { at, field: 'version', message: `is ${String(version)}; this loader reads version ${JSON_VERSION}` },
    ]);
  }
  const sections: Partial<Record<keyof GraphRows, unknown[]>> = {};
  for (const kind of ROW_KINDS) {
    const list = (document as Record<string, unknown>)[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new ImportError([{ at, field: kind, message: 'must be a list of rows' }]);
    sections[kind] = list;
  }
  return importGraph(db, locate(sections, file), options);
}

export async function importGraphJson(
  db: Database,
  path: string,
  options: LoadOptions = {},
): Promise<GraphRows> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path} as JSON: ${(error as Error).message}`);
  }
  return importGraphDocument(db, document, basename(path), options);
}
