// Access is declared, not hand-checked: every query and mutation, and every field that returns
// private data, states who may use it (Pothos scope-auth `authScopes`), and each rule has its row
// in server/src/schema/access-table.ts. A new field without a rule fails here, by name.
import { ACCESS_RULES, GUARDED_TYPES, NOT_PRIVATE, schema } from '@powergroups/server/test';
import { type GraphQLField, type GraphQLNamedType, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

interface PothosFieldOptions {
  authScopes?: unknown;
  skipTypeScopes?: boolean;
}

const optionsOf = (field: GraphQLField<unknown, unknown>) =>
  (field.extensions?.pothosOptions ?? {}) as PothosFieldOptions;

/** Names that hold someone's private data wherever they appear. */
const SENSITIVE = /^(email|phone|contacts?|value|valueWon|notes|password\w*|token|secret\w*|link)$/i;

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is Extract<GraphQLNamedType, { getFields: unknown }> & { name: string } =>
    isObjectType(type) && !type.name.startsWith('__'),
);

/** Every field as `Type.field`, with its options; the errors plugin's `…Success` wrappers carry their mutation's rule. */
const fields = objectTypes
  .filter((type) => isObjectType(type) && !type.name.endsWith('Success'))
  .flatMap((type) =>
    Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map(
      (field) => ({
        type: type.name,
        field,
        coordinate: `${type.name}.${field.name}`,
        options: optionsOf(field),
      }),
    ),
  );

const ruled = fields.filter((entry) => entry.options.authScopes !== undefined);

describe('access rules', () => {
  it('are declared on every query, mutation and subscription', () => {
    const roots = fields.filter((entry) => ['Query', 'Mutation', 'Subscription'].includes(entry.type));
    expect(roots.length).toBeGreaterThan(30);
    const missing = roots
      .filter((entry) => entry.options.authScopes === undefined)
      .map((entry) => entry.coordinate);
    expect(missing, 'declare authScopes (e.g. { public: true } for a public query)').toEqual([]);
  });

  it('keep "a read-only token never writes" on the Mutation type, which no mutation skips', () => {
    const mutation = schema.getMutationType();
    const typeOptions = (mutation?.extensions?.pothosOptions ?? {}) as { authScopes?: unknown };
    expect(typeOptions.authScopes).toEqual({ mayWrite: true });
    const skipping = fields
      .filter((entry) => entry.type === 'Mutation' && entry.options.skipTypeScopes)
      .map((entry) => entry.coordinate);
    expect(skipping).toEqual([]);
  });

  it('are declared on every field that holds private data', () => {
    const unguarded = fields.filter(
      (entry) =>
        SENSITIVE.test(entry.field.name) &&
        !(entry.type in GUARDED_TYPES) &&
        !(entry.coordinate in NOT_PRIVATE) &&
        entry.options.authScopes === undefined,
    );
    expect(
      unguarded.map((entry) => entry.coordinate),
      'private data needs a rule (authScopes + unauthorizedResolver), or its type listed in GUARDED_TYPES',
    ).toEqual([]);
  });

  it('guard every way to a guarded type (contacts, tokens, invitations)', () => {
    for (const name of Object.keys(GUARDED_TYPES)) expect(schema.getType(name), name).toBeDefined();
    for (const coordinate of Object.keys(NOT_PRIVATE)) {
      expect(
        fields.some((entry) => entry.coordinate === coordinate),
        coordinate,
      ).toBe(true);
    }
    const open = fields.filter(
      (entry) =>
        getNamedType(entry.field.type).name in GUARDED_TYPES &&
        !(entry.type in GUARDED_TYPES) &&
        entry.options.authScopes === undefined,
    );
    expect(open.map((entry) => entry.coordinate)).toEqual([]);
  });

  it('each have a row in the access table, and every row a rule in the schema', () => {
    const inSchema = ruled.map((entry) => entry.coordinate).sort();
    expect(inSchema).toEqual(Object.keys(ACCESS_RULES).sort());
  });
});
