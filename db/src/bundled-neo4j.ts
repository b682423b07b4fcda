// Starts the bundled Neo4j Community (see ../pom.xml and BundledNeo4j.java) from Node:
// builds the Maven module once, then reuses its classpath; waits for the ready line.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLASSPATH_FILE = join(MODULE_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = join(MODULE_DIR, 'target', 'classes');
const LAUNCHER_SOURCE = join(MODULE_DIR, 'src', 'main', 'java', 'powergroups', 'db', 'BundledNeo4j.java');
const POM = join(MODULE_DIR, 'pom.xml');
const READY_PREFIX = 'NEO4J_READY ';

export interface BundledNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** Where Neo4j keeps its files (an absolute path: settings resolve it, see @powergroups/config). */
  dataDir: string;
  /** JVM heap cap, e.g. "512m". */
  heap?: string;
  pagecacheMb?: number;
  txTimeoutSeconds?: number;
  startTimeoutMs?: number;
  /** Receives the JVM's own log lines (stderr). */
  onLog?: (line: string) => void;
}

export interface BundledNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Stops Neo4j cleanly (store closed) and waits for the JVM to exit. */
  stop(): Promise<void>;
}

export class BundledNeo4jError extends Error {
  override name = 'BundledNeo4jError';
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function newestSourceTime(): number {
  return Math.max(statSync(POM).mtimeMs, statSync(LAUNCHER_SOURCE).mtimeMs);
}

/** Builds the Maven module if it was never built or its sources changed; returns the classpath. */
export function ensureBuilt(log: (line: string) => void = () => {}): string {
  if (!commandWorks('java', ['-version'])) {
    throw new BundledNeo4jError(
      'Java 17+ is needed for the bundled Neo4j and `java` was not found — install it ' +
        '(Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  const upToDate =
    existsSync(CLASSPATH_FILE) &&
    existsSync(CLASSES_DIR) &&
    statSync(CLASSPATH_FILE).mtimeMs >= newestSourceTime();
  if (!upToDate) {
    if (!commandWorks('mvn', ['-v'])) {
      throw new BundledNeo4jError(
        'Maven 3.8+ is needed to fetch the bundled Neo4j and `mvn` was not found — install it ' +
          '(Debian: apt-get install maven), or set NEO4J_URI to use your own Neo4j.',
      );
    }
    log('Building the bundled Neo4j (first run downloads Neo4j Community from Maven Central)…');
    const build = spawnSync('mvn', ['-B', '-q', 'package'], { cwd: MODULE_DIR, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new BundledNeo4jError(
        `Building the bundled Neo4j failed (mvn package in ${MODULE_DIR}):\n${build.stdout}${build.stderr}`,
      );
    }
  }
  return `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('could not pick a free port'));
      });
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

export async function startBundledNeo4j(options: BundledNeo4jOptions): Promise<BundledNeo4j> {
  const log = options.onLog ?? (() => {});
  const classpath = ensureBuilt(log);
  const port = options.port === 0 ? await freePort() : (options.port ?? 7687);
  if (!(await portIsFree(port))) {
    throw new BundledNeo4jError(
      `Port ${port} on 127.0.0.1 is already in use (another Neo4j?) — stop it, set BUNDLED_NEO4J_PORT ` +
        'to another port, or set NEO4J_URI to use the Neo4j that is running.',
    );
  }
  const { dataDir } = options;

  // Detached, so a Ctrl-C in the terminal reaches only Node, which then stops Neo4j in order.
  // If Node dies without doing so, the JVM sees its stdin close and shuts itself down.
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '512m'}`,
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      classpath,
      'powergroups.db.BundledNeo4j',
      `port=${port}`,
      `data=${dataDir}`,
      `pagecacheMb=${options.pagecacheMb ?? 256}`,
      `txTimeoutSeconds=${options.txTimeoutSeconds ?? 60}`,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim()) log(line);
  });

  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const uri = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BundledNeo4jError(`The bundled Neo4j did not start within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    let buffered = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolveReady(line.slice(READY_PREFIX.length).trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new BundledNeo4jError(
          `The bundled Neo4j exited (code ${code}) before it was ready — see ${join(dataDir, 'logs', 'debug.log')}`,
        ),
      );
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new BundledNeo4jError(`Could not start java: ${error.message}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    port,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 60_000))) {
          log('The bundled Neo4j did not stop within 60s; killing it.');
          child.kill('SIGKILL');
          await waitForExit(child, 5_000);
        }
      })();
      return stopping;
    },
  };
}
