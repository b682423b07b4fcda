// A trade's name in running text (rules/src/trades.ts), for the API's reasons and the explorer alike.
import { aPersonIn, tradeWord } from '@powergroups/rules';
import { describe, expect, it } from 'vitest';

describe('aPersonIn', () => {
  it.each([
    ['Accountant', 'an accountant'],
    ['Mortgage intermediary', 'a mortgage intermediary'],
    ['HR consultant', 'an HR consultant'],
    ['Solicitor', 'a solicitor'],
    ['Estate agent', 'an estate agent'],
    ['Auctioneer / estate agent', 'an auctioneer / estate agent'],
    ['Painter and decorator', 'a painter and decorator'],
    ['Architect', 'an architect'],
    ['Business coach', 'a business coach'],
    ['Uniform supplier', 'a uniform supplier'],
    ['Honest broker', 'an honest broker'],
    // A line of business, not a person: no article before it.
    ['IT support', 'someone in IT support'],
    ['Removals', 'someone in removals'],
    ['Hotel and venue', 'someone in hotel and venue'],
    ['DJ and entertainment', 'someone in DJ and entertainment'],
    ['Digital marketing', 'someone in digital marketing'],
  ])('%s → %s', (industry, expected) => {
    expect(aPersonIn(industry)).toBe(expected);
  });
});

describe('tradeWord', () => {
  it('lowers a name for running text, keeping acronyms', () => {
    expect(tradeWord('Plumber')).toBe('plumber');
    expect(tradeWord('IT support')).toBe('IT support');
    expect(tradeWord('  Windows and doors ')).toBe('windows and doors');
  });
});
