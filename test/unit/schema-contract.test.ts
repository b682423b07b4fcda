// server/schema.graphql is the contract scripts rely on: it must be exactly what the server serves.
import { readFileSync } from 'node:fs';
import { printedSchema, SCHEMA_FILE } from '@powergroups/server';
import { describe, expect, it } from 'vitest';

describe('the committed schema', () => {
  it('matches the schema the server builds (run `pnpm --filter @powergroups/server print-schema` after a change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('keeps the query names scripts rely on', () => {
    const schema = printedSchema();
    for (const field of [
      'whoKnows(',
      'referralPartners(',
      'powerGroups(',
      'groupGraph(',
      'matchIndustry(',
      'members(',
      'referrals(',
    ]) {
      expect(schema).toContain(`  ${field}`);
    }
  });
});
