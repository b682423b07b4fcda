// The small pieces of English the explorer builds from data (client/src/text/words.ts).
import { foldForSearch, plainMessage } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';

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
