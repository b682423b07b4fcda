// `pnpm dev`: one bundled Neo4j for the whole session (started here, or the one `pnpm db` runs),
// the server restarted by tsx on every edit (it finds that Neo4j running and reuses it, so a
// reload takes about a second), and Vite with hot reload for the client. Ctrl-C stops all three.
import { type ChildProcess, spawn } from 'node:child_process';
import { loadEnv, REPO_ROOT } from '@powergroups/config';
import { openDatabase } from '../db/connect.ts';

const env = loadEnv();
const opened = await openDatabase(env, { log: (line) => console.log(`[dev] ${line}`) });
console.log(`[dev] Neo4j: ${opened.description}`);
// The driver is not needed here: the Neo4j process is what outlives server restarts.
const children: ChildProcess[] = [
  spawn(
    'pnpm',
    [
      'exec',
      'tsx',
      'watch',
      '--clear-screen=false',
      '--include',
      '../config/src',
      '--include',
      '../seed',
      'src/main.ts',
    ],
    {
      cwd: `${REPO_ROOT}server`,
      stdio: 'inherit',
      detached: true,
      // Invitation links open the explorer, which Vite serves in development.
      env: { ...process.env, PUBLIC_URL: env.PUBLIC_URL ?? 'http://localhost:5173' },
    },
  ),
  spawn('pnpm', ['--filter', '@powergroups/client', 'dev'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    detached: true,
  }),
];

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Each child leads its own process group (detached), so the signal reaches what pnpm started too.
  for (const child of children) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  await Promise.all(
    children.map((child) =>
      child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null,
    ),
  );
  await opened.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
for (const child of children) child.once('exit', () => void stop());
