// Every Cypher statement the server can send is planned by the real Neo4j: a cheap syntax and
// semantics gate (the neo4j/graphql TCK does the same with EXPLAIN).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/server.ts';

const CYPHER_DIR = fileURLToPath(new URL('../../server/src/db/cypher/', import.meta.url));
const db = await testDatabase();
afterAll(() => db.close());

async function statementsOf(file: string): Promise<[string, string][]> {
  const module = (await import(`${CYPHER_DIR}${file}`)) as Record<string, unknown>;
  return Object.entries(module).flatMap(([name, value]) => {
    if (typeof value === 'string') return [[name, value] as [string, string]];
    if (Array.isArray(value)) {
      return value
        .filter((item) => typeof item === 'string')
        .map((item, i) => [`${name}[${i}]`, item] as [string, string]);
    }
    return [];
  });
}

it('EXPLAIN rejects a broken statement (so this gate can fail)', async () => {
  await expect(db.read('EXPLAIN MATCH (n RETURN n')).rejects.toThrow(/Invalid input/);
});

const files = readdirSync(CYPHER_DIR).filter((file) => file.endsWith('.ts'));

describe.each(files)('Cypher in %s', (file) => {
  it('plans every statement on the real Neo4j', async () => {
    const statements = await statementsOf(file);
    expect(statements.length).toBeGreaterThan(0);
    for (const [name, cypher] of statements) {
      // Schema commands cannot be EXPLAINed; they run (idempotently) in the global setup instead.
      if (/^\s*(CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX)|DROP INDEX)/.test(cypher)) continue;
      await expect(db.read(`EXPLAIN ${cypher}`), name).resolves.toBeDefined();
    }
  });
});
