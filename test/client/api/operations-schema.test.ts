// @vitest-environment node
// Every operation the client sends must be valid against the schema the server prints
// (server/schema.graphql), so a renamed field fails here and not in an organiser's browser. gql.tada
// checks the documents' types at compile time; this checks the text the client actually sends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operationsModule, printDocument } from '@powergroups/client/test';
import { buildSchema, type DocumentNode, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../server/schema.graphql', import.meta.url)), 'utf8'),
);
const documents: [string, DocumentNode][] = [];
for (const [name, value] of Object.entries(operationsModule) as [string, unknown][]) {
  if (/_(QUERY|MUTATION)$/.test(name)) documents.push([name, value as DocumentNode]);
}

describe('client operations against server/schema.graphql', () => {
  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(documents)('%s is valid as sent', (_name, document) => {
    const sent = parse(printDocument(document));
    expect(validate(schema, sent).map((error) => error.message)).toEqual([]);
    // The client's small printer sends the whole document: graphql-js prints both the same.
    expect(print(sent)).toBe(print(document));
    // The operation comes first, so the server (and the recorded test answers) see its name.
    expect(sent.definitions[0]?.kind).toBe('OperationDefinition');
  });
});
