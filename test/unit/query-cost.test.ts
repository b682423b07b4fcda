// The cost limit sees lists multiply: the explorer's heaviest operation fits with room to spare,
// and a query that nests lists to blow up the server is refused at validation, before it runs.
import { operationsModule, printDocument } from '@powergroups/client/test';
import { operationCost, QUERY_LIMITS } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

type Document = Parameters<typeof printDocument>[0];
const isDocument = (value: unknown): value is Document =>
  typeof value === 'object' && value !== null && 'definitions' in value;

// The explorer's operations are typed documents (gql.tada); the text the server sees is their print.
const EXPLORER_QUERIES = Object.entries(operationsModule as Record<string, unknown>)
  .flatMap(([name, value]) => (isDocument(value) ? [[name, printDocument(value)] as const] : []))
  .filter(([, query]) => /^\s*query\b/.test(query));
const VARIABLES = {
  groupId: 'g',
  memberId: 'm',
  id: 'x',
  industry: 'mortgage broker',
  token: 't',
  input: { groupId: 'g', roster: 'id,name' },
  period: 'LAST_12_MONTHS',
  region: 'Dublin',
};

describe('query cost', () => {
  it('lets every explorer query through at under half the limit', () => {
    expect(EXPLORER_QUERIES.length).toBeGreaterThan(5);
    const costs = EXPLORER_QUERIES.map(([name, query]) => [name, operationCost(query, VARIABLES)] as const);
    console.log(costs.map(([name, cost]) => `${name}: ${cost.complexity}`).join(', '));
    for (const [name, cost] of costs) {
      expect(cost.complexity, name).toBeLessThan(QUERY_LIMITS.complexity / 2);
      expect(cost.depth, name).toBeLessThanOrEqual(QUERY_LIMITS.depth);
      expect(cost.breadth, name).toBeLessThan(QUERY_LIMITS.breadth);
    }
  });

  it('multiplies nested lists by the sizes asked for', () => {
    const nested = (levels: number) => {
      let selection = 'id';
      for (let i = 0; i < levels; i++) selection = `partners { member { ${selection} } }`;
      return `{ members(first: 200) { edges { node { ${selection} } } } }`;
    };
    const two = operationCost(nested(2)).complexity;
    const three = operationCost(nested(3)).complexity;
    // Member.partners defaults to 5: one more level costs about five times as much.
    expect(three / two).toBeGreaterThan(4.5);
    expect(operationCost(nested(4)).complexity).toBeGreaterThan(QUERY_LIMITS.complexity * 10);
    expect(operationCost('{ members(first: 2) { edges { node { id } } } }').complexity).toBeLessThan(10);
  });
});
