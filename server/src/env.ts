// The one place that reads process.env: validated once, typed everywhere else.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const DOT_ENV = fileURLToPath(new URL('../../.env', import.meta.url));

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
  BUNDLED_NEO4J_DATA: optionalText,
  BUNDLED_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be a JVM size such as 512m or 2g')
    .default('512m'),
  BUNDLED_NEO4J_PAGECACHE_MB: z.coerce.number().int().positive().default(256),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the given variables (process.env by default); throws one readable message listing every problem. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // A .env at the repo root fills in what the real environment leaves unset.
  if (source === process.env && existsSync(DOT_ENV)) process.loadEnvFile(DOT_ENV);
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration (see .env.example):\n${problems.join('\n')}`);
  }
  return parsed.data;
}
