// Every write is recorded: each mutation of the schema is listed in AUDITED (schema/audit.ts),
// either as recording a Change or with the reason it does not. A new mutation fails here by name
// until it says which; test/integration/audit-trail.test.ts checks the records themselves.
import { AUDITED, schema } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

describe('audit coverage', () => {
  it('lists every mutation, and nothing else', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(AUDITED).sort()).toEqual(mutations);
  });

  it('gives a reason for each mutation that records no change', () => {
    for (const [mutation, audited] of Object.entries(AUDITED)) {
      if (audited !== true) expect(audited.length, mutation).toBeGreaterThan(20);
    }
  });
});
