// @vitest-environment node
// Every operation the client sends must be valid against the schema the server prints
// (server/schema.graphql), so a renamed field fails here and not in an organiser's browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operationsModule } from '@powergroups/client/test';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../server/schema.graphql', import.meta.url)), 'utf8'),
);
const documents: [string, string][] = [];
for (const [name, value] of Object.entries(operationsModule) as [string, unknown][]) {
  if (typeof value === 'string' && /_(QUERY|MUTATION)$/.test(name)) documents.push([name, value]);
}

describe('client operations against server/schema.graphql', () => {
  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(documents)('%s is valid', (_name, source) => {
    const errors = validate(schema, parse(source)).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
