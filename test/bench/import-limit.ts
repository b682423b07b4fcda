// The largest group import the limits accept (IMPORT_LIMITS), on a fresh bundled Neo4j with the
// app's default memory (512m heap, 256 MB page cache): time, rows per second, and the peak memory
// of this process and of the JVM. Prints figures; not a test.
//   pnpm --filter @powergroups/test bench:import [-- --rows 100000]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from '@powergroups/config';
import { loadSampleData, openDatabase } from '@powergroups/server';
import { IMPORT_LIMITS, importGroupCsvTexts } from '@powergroups/server/test';
import { bigGroupCsv } from '../support/big-group.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { rows: { type: 'string', default: String(IMPORT_LIMITS.rows) } },
});

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function peakRssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match?.[1] ? Math.round(Number(match[1]) / 1024) : null;
}

const dataDir = await mkdtemp(join(tmpdir(), 'powergroups-bench-import-'));
const env = loadEnv({ ...process.env, NEO4J_URI: '', BUNDLED_NEO4J_PORT: '0', BUNDLED_NEO4J_DATA: dataDir });
const opened = await openDatabase(env);
try {
  await loadSampleData(opened.db);
  const big = bigGroupCsv('bench-import', Number(values.rows));
  const files = Object.fromEntries(
    Object.entries(big.texts).map(([kind, text]) => [kind, { file: `${kind}.csv`, text }]),
  );
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const started = performance.now();
  await importGroupCsvTexts(opened.db, big.groupId, files);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    `group import of ${big.rows.toLocaleString('en')} rows (${(big.bytes / 1048576).toFixed(1)} MB of CSV)`,
  );
  console.log(
    `  time            ${seconds.toFixed(1)} s (${Math.round(big.rows / seconds).toLocaleString('en')} rows/s)`,
  );
  console.log(`  node peak RSS   ${await peakRssMb(process.pid)} MB (heap peak ${mb(peakHeap)} MB)`);
  console.log(
    `  JVM peak RSS    ${opened.pid ? await peakRssMb(opened.pid) : '?'} MB (heap cap ${env.BUNDLED_NEO4J_HEAP})`,
  );
} finally {
  await opened.close();
  await rm(dataDir, { recursive: true, force: true });
}
