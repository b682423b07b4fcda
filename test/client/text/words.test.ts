// The small pieces of English the explorer builds from data (client/src/text/words.ts).
import { aPersonIn, foldForSearch, plainMessage, tradeWord } from '@powergroups/client/test';
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

describe('plainMessage', () => {
  it('drops the validation prefix and the field path, and starts with a capital', () => {
    expect(plainMessage('Validation error: input.value: a won referral needs its value')).toBe(
      'A won referral needs its value',
    );
    expect(plainMessage('Wrong email or password')).toBe('Wrong email or password');
    expect(plainMessage('Validation error:')).toBe('Something in the form is not right.');
  });
});

describe('foldForSearch', () => {
  it('drops case, accents and apostrophes, as the server does', () => {
    expect(foldForSearch('Siobhán')).toBe('siobhan');
    expect(foldForSearch("  Niamh O'Connor ")).toBe('niamh oconnor');
    expect(foldForSearch('Seán Ó Briain')).toBe('sean o briain');
    expect(foldForSearch('Groß')).toBe('gross');
  });
});
