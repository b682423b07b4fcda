// The one place that reads settings: the environment, with a .env at the repo root filling in what
// it leaves unset. Validated once; every entry (server, db CLI, seed CLI, tests, benchmarks, the
// Vite config) calls loadEnv() and reads typed values from it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: relative paths in settings (BUNDLED_NEO4J_DATA=db/data) are read from here. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const DOT_ENV = resolve(REPO_ROOT, '.env');

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j+s://host')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  BUNDLED_NEO4J_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  // Always absolute afterwards: a relative path means the repo root, whichever package runs.
  BUNDLED_NEO4J_DATA: z
    .string()
    .trim()
    .default('')
    .transform((path) => resolve(REPO_ROOT, path || 'db/data')),
  BUNDLED_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be a JVM size such as 512m or 2g')
    .default('512m'),
  BUNDLED_NEO4J_PAGECACHE_MB: z.coerce.number().int().positive().default(256),
  // Sign-in. Where people open the explorer: invitation links start with it, and an https address
  // makes the session cookie Secure. Empty means http://localhost:<PORT>.
  PUBLIC_URL: optionalText.pipe(
    z.url({ message: 'must be a URL such as https://groups.example.org' }).optional(),
  ),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  // Other origins whose pages may call the API with the session cookie (comma-separated, exact
  // origins such as https://intranet.example.org). Empty: the explorer's own origin only.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.url().refine((url) => new URL(url).origin === url, 'must be an origin such as https://host')),
    ),
  // Several server processes behind a load balancer share live updates through this Redis
  // (redis://[:password@]host:6379). Empty: live updates in memory, for one process.
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must look like redis://host:6379 or rediss://host:6380')
      .optional(),
  ),
  // Behind a reverse proxy, the client's address (for sign-in limits) comes from X-Forwarded-For.
  TRUST_PROXY: z
    .enum(['true', 'false', ''])
    .default('')
    .transform((value) => value === 'true'),
});

export type Env = z.infer<typeof EnvSchema>;

/** Where people open the explorer (PUBLIC_URL, else this machine's address for PORT), with no trailing slash. */
export function publicUrl(env: Pick<Env, 'PUBLIC_URL' | 'PORT'>): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

/** Whether HOST is a loopback address: the demo sign-in exists only for a server nobody else can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Parses the given variables (process.env and the repo's .env by default); throws one readable
 * message listing every problem. Pass an object to parse exactly that (tests, overrides).
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (source === process.env && existsSync(DOT_ENV)) process.loadEnvFile(DOT_ENV);
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${problems.join('\n')}`);
  }
  return parsed.data;
}
