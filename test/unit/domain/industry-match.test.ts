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
    // Every typed word is near a word of the mortgage intermediary's synonym, and of no other.
    expect(r.ambiguous).toBe(false);
    expect(r.alternatives).toEqual([]);
  });

  it('finds word forms through their stems', () => {
    const cleaning = industry('cc', 'Commercial cleaning', ['office cleaning']);
    expect(chooseIndustryMatch('Cleaning', [cleaning, ...all])).toMatchObject({
      industry: { id: 'cc' },
      matchedBy: 'WORD',
      ambiguous: false,
    });
  });

  it('is ambiguous, offering each industry, when several share the word typed', () => {
    const graphic = industry('gd', 'Graphic designer', ['logo design'], 1);
    const web = industry('wd', 'Web designer', [], 3);
    const garden = industry('ls', 'Landscaper', ['garden designer'], 2);
    const r = chooseIndustryMatch('a designer', [graphic, web, garden, ...all]);
    expect(r).toMatchObject({ industry: { id: 'wd' }, matchedBy: 'WORD', ambiguous: true });
    expect(r.alternatives.map((c) => c.id)).toEqual(['ls', 'gd']);
  });

  it('is ambiguous when a typo is as near to two industries', () => {
    const r = chooseIndustryMatch('advisr', [
      { ...mortgage, ftScore: 2 },
      { ...financial, ftScore: 1 },
    ]);
    expect(r).toMatchObject({ industry: { id: 'mi' }, matchedBy: 'FUZZY', ambiguous: true });
    expect(r.alternatives.map((c) => c.id)).toEqual(['fa']);
  });

  it('falls back on the full-text ranking, ambiguous when the runner-up scores at least 0.8 of the top', () => {
    const at = (second: number) =>
      chooseIndustryMatch('qwerty', [
        { ...mortgage, ftScore: 2 },
        { ...financial, ftScore: second },
      ]);
    expect(at(1.7)).toMatchObject({ industry: { id: 'mi' }, ambiguous: true });
    expect(at(1.7).alternatives.map((c) => c.id)).toEqual(['fa']);
    expect(at(1.6).ambiguous).toBe(true); // exactly 0.8
    expect(at(1.58).ambiguous).toBe(false);
  });

  it('lists at most ten alternatives, best first', () => {
    const many = Array.from({ length: 14 }, (_, i) => industry(`i${i}`, `Trade ${i}`, [], 20 - i * 0.1));
    const r = chooseIndustryMatch('trade', many);
    expect(r).toMatchObject({ industry: { id: 'i0' }, ambiguous: true });
    expect(r.alternatives.map((c) => c.id)).toEqual([
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
      'i6',
      'i7',
      'i8',
      'i9',
      'i10',
    ]);
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
  it('turns Lucene syntax into separators; each word as typed (stemmed by the index) and fuzzy, as typed and as its stem', () => {
    expect(toFulltextQuery('mortgage (broker)!')).toBe('mortgage mortgage~2 mortgag~2 broker broker~2');
    expect(toFulltextQuery('Who knows a mortgage broker?')).toBe(
      'mortgage mortgage~2 mortgag~2 broker broker~2',
    );
  });

  it('keeps short words exact, gives middling ones one edit, and drops stop words and generic words', () => {
    expect(toFulltextQuery('Roofer plumb')).toBe('roofer roofer~2 plumb plumb~1');
    expect(toFulltextQuery('IT guy')).toBe('');
  });

  it('cannot be turned into operators or wildcards', () => {
    expect(toFulltextQuery('roofer AND OR NOT *:* name:"x" [a TO z]')).toBe(
      'roofer roofer~2 name name~1 x z',
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
