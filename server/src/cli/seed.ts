// `pnpm seed [command]`: load the sample data (default), import/export CSV and JSON, generate
// synthetic groups. Writes to NEO4J_URI, or the bundled Neo4j (running, or started for the run).
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadEnv } from '@powergroups/config';
import { openDatabase } from '../db/connect.ts';
import type { WriteProgress } from '../db/seed-repo.ts';
import { exportGroupCsv, filesIn, importGroupCsv } from '../import/csv-files.ts';
import { ImportError } from '../import/dataset.ts';
import { importGraphJson, writeGraphJson } from '../import/json-files.ts';
import { rowCount } from '../import/loader.ts';
import { loadCatalogue, streamGenerated } from '../import/stream-load.ts';
import { loadSampleData } from '../sample.ts';

const USAGE = `Usage: pnpm seed [command] [options]

  load                                   the sample dataset (default); demo identities on the bundled Neo4j
  import-csv --group <id> [--group-file group.csv] --roster roster.csv
             [--contacts contacts.csv] [--one-to-ones one-to-ones.csv] [--referrals referrals.csv]
  import-csv --group <id> --dir <folder>  the five files export-csv writes
  export-csv --group <id> --out <folder>
  export-json --out <file> [--group <id> …]   the whole graph, or only some groups
  import-json --in <file>
  generate --members <N> [--seed <S>] [--tag <tag>] [--batch-size <rows>]

CSV columns: server/src/import/README.md. Database: NEO4J_URI, else the bundled Neo4j (BUNDLED_NEO4J_*).`;

const log = (line: string) => console.error(line);

function progressPrinter(total: number): ((progress: WriteProgress) => void) | undefined {
  if (total < 20_000) return undefined;
  let last = 0;
  return ({ kind, done, total: ofKind }) => {
    const now = Date.now();
    if (now - last > 1_000 || done === ofKind) {
      last = now;
      log(`  ${kind}: ${done.toLocaleString('en')} / ${ofKind.toLocaleString('en')}`);
    }
  };
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      group: { type: 'string', multiple: true },
      'group-file': { type: 'string' },
      roster: { type: 'string' },
      contacts: { type: 'string' },
      'one-to-ones': { type: 'string' },
      referrals: { type: 'string' },
      dir: { type: 'string' },
      out: { type: 'string' },
      in: { type: 'string' },
      members: { type: 'string' },
      seed: { type: 'string', default: '1' },
      tag: { type: 'string', default: 'gen' },
      'batch-size': { type: 'string', default: '5000' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'load';
  if (values.help || command === 'help') {
    console.log(USAGE);
    return;
  }
  const known = ['load', 'import-csv', 'export-csv', 'export-json', 'import-json', 'generate'];
  if (!known.includes(command)) throw new UsageError(`Unknown command "${command}"`);
  const groupId = values.group?.[0];
  const batchSize = Number(values['batch-size']);

  const env = loadEnv();
  // Bulk loads run longer than a request: a bundled Neo4j started for this run allows them 10 minutes.
  const connection = await openDatabase(env, { log, requireReachable: true, txTimeoutSeconds: 600 });
  log(`Neo4j: ${connection.description}`);
  const { db } = connection;
  const started = Date.now();
  try {
    switch (command) {
      case 'load': {
        // Demo identities only on the bundled database: the server honours them nowhere else.
        const rows = await loadSampleData(db, { demo: connection.bundled });
        log(
          `Loaded the sample dataset (${rowCount(rows)} rows) in ${Date.now() - started} ms; running it again changes nothing.`,
        );
        console.log(
          connection.bundled
            ? '\nSign in as a sample member with the demo picker of the explorer (`pnpm start`, loopback only).'
            : '\nNo demo identities on your own Neo4j: create an organiser with `pnpm admin create-organiser`.',
        );
        console.log(
          'Scripts: create an access token in the explorer (Access tokens) or with `pnpm admin create-token`.',
        );
        break;
      }
      case 'import-csv': {
        const group = required(groupId, '--group');
        const files = values.dir
          ? filesIn(values.dir)
          : {
              group: values['group-file'],
              roster: values.roster,
              contacts: values.contacts,
              oneToOnes: values['one-to-ones'],
              referrals: values.referrals,
            };
        if (!files.roster && !files.contacts && !files.referrals && !files.oneToOnes) {
          throw new UsageError(
            'give --dir, or at least one of --roster, --contacts, --one-to-ones, --referrals',
          );
        }
        const rows = await importGroupCsv(db, group, files, { batchSize });
        log(
          `Imported ${group}: ${rows.members.length} members, ${rows.contacts.length} contacts, ${rows.knows.length} KNOWS, ` +
            `${rows.oneToOnes.length} one-to-ones, ${rows.referrals.length} referrals.`,
        );
        break;
      }
      case 'export-csv': {
        const group = required(groupId, '--group');
        const out = required(values.out, '--out');
        const rows = await exportGroupCsv(db, group, out);
        log(`Exported ${group} (${rows.members.length} members) to ${out}/`);
        break;
      }
      case 'export-json': {
        const out = required(values.out, '--out');
        const rows = await writeGraphJson(db, out, values.group?.length ? values.group : null);
        log(`Exported ${rowCount(rows)} rows to ${out}`);
        break;
      }
      case 'import-json': {
        const path = required(values.in, '--in');
        const total = (await stat(path)).size / 150; // about 150 bytes a row: only decides whether to print progress
        const rows = await importGraphJson(db, path, { batchSize, onProgress: progressPrinter(total) });
        log(`Imported ${rowCount(rows)} rows from ${path} in ${Date.now() - started} ms.`);
        break;
      }
      case 'generate': {
        const members = Number(required(values.members, '--members'));
        const seed = Number(values.seed);
        if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
        await loadCatalogue(db);
        let last = 0;
        const result = await streamGenerated(db, {
          members,
          seed,
          tag: values.tag,
          batchSize,
          onProgress: (p) => {
            if (Date.now() - last > 2_000 || p.members === p.totalMembers) {
              last = Date.now();
              log(
                `  ${p.members.toLocaleString('en')} / ${p.totalMembers.toLocaleString('en')} members, ` +
                  `${p.rows.toLocaleString('en')} rows, ${p.relationships.toLocaleString('en')} relationships, ${(p.elapsedMs / 1000).toFixed(0)} s`,
              );
            }
          },
        });
        const seconds = result.elapsedMs / 1000;
        log(
          `Generated ${result.members} members in ${result.groups} groups: ${result.rows} rows ` +
            `(${Math.round(result.rows / seconds)}/s), ${result.relationships} relationships ` +
            `(${Math.round(result.relationships / seconds)}/s) in ${seconds.toFixed(1)} s.`,
        );
        break;
      }
    }
  } finally {
    await connection.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ImportError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
