import {
  chooseIndustryMatch,
  escapeLucene,
  type IndustryCandidate,
  normaliseIndustryText,
  toFulltextQuery,
} from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

function industry(id: string, name: string, synonyms: string[], ftScore = 0): IndustryCandidate {
  return { id, name, synonyms, sector: 'Test', ftScore };
}

const mortgage = industry('mi', 'Mortgage intermediary', ['mortgage broker', 'mortgage adviser']);
const accountant = industry('acc', 'Accountant', ['bookkeeper', 'tax adviser']);
const solicitor = industry('sol', 'Solicitor', ['lawyer', 'conveyancer']);
const estate = industry('ea', 'Auctioneer / estate agent', ['estate agent', 'realtor']);
const financial = industry('fa', 'Financial adviser', ['wealth manager']);
const all = [mortgage, accountant, solicitor, estate, financial];

describe('normaliseIndustryText', () => {
  it('strips question filler and collapses spaces', () => {
    expect(normaliseIndustryText('Who knows a mortgage broker?')).toBe('mortgage broker');
    expect(normaliseIndustryText('  Who   knows   someone in   Insurance ? ')).toBe('insurance');
    expect(normaliseIndustryText('an Accountant')).toBe('accountant');
    expect(normaliseIndustryText('Accountant')).toBe('accountant');
  });
});

describe('chooseIndustryMatch', () => {
  it('matches a name exactly, ignoring case and spaces', () => {
    const r = chooseIndustryMatch('  ACCOUNTANT ', all);
    expect(r).toMatchObject({ industry: { id: 'acc' }, matchedBy: 'NAME', matchedText: 'Accountant' });
    expect(r.ambiguous).toBe(false);
  });

  it('tolerates plurals', () => {
    expect(chooseIndustryMatch('accountants', all)).toMatchObject({
      industry: { id: 'acc' },
      matchedBy: 'NAME',
    });
    expect(chooseIndustryMatch('Who knows mortgage brokers?', all)).toMatchObject({
      industry: { id: 'mi' },
      matchedBy: 'SYNONYM',
      matchedText: 'mortgage broker',
    });
  });

  it('matches a synonym', () => {
    expect(chooseIndustryMatch('Who knows a mortgage broker?', all)).toMatchObject({
      industry: { id: 'mi' },
      matchedBy: 'SYNONYM',
      matchedText: 'mortgage broker',
      ambiguous: false,
    });
  });

  it('prefers a name to a synonym, even one the full-text index ranks higher', () => {
    const estateAgent = industry('ea2', 'Estate agent', [], 0.5);
    const r = chooseIndustryMatch('estate agents', [{ ...estate, ftScore: 4 }, estateAgent]);
    expect(r).toMatchObject({ industry: { id: 'ea2' }, matchedBy: 'NAME', matchedText: 'Estate agent' });
  });

  it('flags a synonym shared by two industries as ambiguous', () => {
    const adviserA = industry('a', 'Mortgage intermediary', ['adviser'], 1);
    const adviserB = industry('b', 'Financial adviser', ['adviser'], 2);
    const r = chooseIndustryMatch('an adviser', [adviserA, adviserB]);
    expect(r).toMatchObject({ industry: { id: 'b' }, matchedBy: 'SYNONYM', ambiguous: true });
    expect(r.alternatives.map((c) => c.id)).toEqual(['a']);
  });

  it('takes the top full-text candidate when the runner-up is far behind', () => {
    // 1.8 / 3.2 = 0.56: not ambiguous, but still a plausible alternative (≥ 0.5); 0.5 / 3.2 is not.
    const r = chooseIndustryMatch('morgage brokr', [
      { ...accountant, ftScore: 0.5 },
      { ...financial, ftScore: 1.8 },
      { ...mortgage, ftScore: 3.2 },
    ]);
    expect(r).toMatchObject({
      industry: { id: 'mi' },
      matchedBy: 'FUZZY',
      matchedText: 'Mortgage intermediary',
    });
    expect(r.ambiguous).toBe(false);
    expect(r.alternatives.map((c) => c.id)).toEqual(['fa']);
  });

  it('is ambiguous when the runner-up scores at least 0.8 of the top', () => {
    const at = (second: number) =>
      chooseIndustryMatch('advisor', [
        { ...mortgage, ftScore: 2 },
        { ...financial, ftScore: second },
      ]);
    expect(at(1.7)).toMatchObject({ industry: { id: 'mi' }, ambiguous: true });
    expect(at(1.7).alternatives.map((c) => c.id)).toEqual(['fa']);
    expect(at(1.6).ambiguous).toBe(true); // exactly 0.8
    expect(at(1.58).ambiguous).toBe(false);
  });

  it('lists at most five alternatives, best first', () => {
    const many = Array.from({ length: 8 }, (_, i) => industry(`i${i}`, `Trade ${i}`, [], 10 - i * 0.1));
    const r = chooseIndustryMatch('trad', many);
    expect(r.industry?.id).toBe('i0');
    expect(r.alternatives.map((c) => c.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('answers NONE when nothing matches', () => {
    expect(chooseIndustryMatch('astronaut', all)).toEqual({
      industry: null,
      matchedBy: 'NONE',
      matchedText: null,
      ambiguous: false,
      alternatives: [],
    });
    expect(chooseIndustryMatch(' ? ', all).matchedBy).toBe('NONE');
  });
});

describe('toFulltextQuery', () => {
  it('turns Lucene syntax into separators and adds fuzziness per term', () => {
    expect(toFulltextQuery('mortgage (broker)!')).toBe('mortgage~ broker~');
    expect(toFulltextQuery('Who knows a mortgage broker?')).toBe('mortgage~ broker~');
  });

  it('keeps short terms exact and gives middling ones one edit', () => {
    expect(toFulltextQuery('IT guy')).toBe('it guy');
    expect(toFulltextQuery('Roofer plumb')).toBe('roofer~ plumb~1');
  });

  it('cannot be turned into operators or wildcards', () => {
    expect(toFulltextQuery('roofer AND OR NOT *:* name:"x" [a TO z]')).toBe(
      'roofer~ and or not name~1 x a to z',
    );
    expect(toFulltextQuery('*?~')).toBe('');
  });
});

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('mortgage (broker)!')).toBe('mortgage \\(broker\\)\\!');
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
