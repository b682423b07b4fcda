// The client's result types come from client/src/api/graphql-env.d.ts, which gql.tada generates
// from server/schema.graphql: a schema change must regenerate it, or the client's types lie.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLIENT = fileURLToPath(new URL('../../client/', import.meta.url));
const COMMITTED = join(CLIENT, 'src/api/graphql-env.d.ts');
// gql.tada is the client's dependency, not the tests': its CLI is found from the client.
const CLI = join(
  dirname(createRequire(join(CLIENT, 'package.json')).resolve('gql.tada/package.json')),
  'bin/cli.js',
);

describe('the client GraphQL types', () => {
  it('are generated from the committed schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'graphql-env-'));
    try {
      // What `generate:types` writes, with the same tsconfig settings, but into a scratch file.
      const fresh = join(dir, 'graphql-env.d.ts');
      const tsconfig = join(CLIENT, 'tsconfig.json');
      await promisify(execFile)(process.execPath, [CLI, 'generate', 'output', '-c', tsconfig, '-o', fresh]);
      const upToDate = (await readFile(COMMITTED, 'utf8')) === (await readFile(fresh, 'utf8'));
      expect(
        upToDate,
        'client/src/api/graphql-env.d.ts is stale: run `pnpm --filter @powergroups/client generate:types` (or `cd server && pnpm print-schema`, which runs it)',
      ).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
