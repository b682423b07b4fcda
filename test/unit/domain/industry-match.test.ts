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
    const r = chooseIndustryMatch('advicer', [
      { ...mortgage, ftScore: 2 },
      { ...financial, ftScore: 1 },
    ]);
    expect(r).toMatchObject({ industry: { id: 'mi' }, matchedBy: 'FUZZY', ambiguous: true });
    expect(r.alternatives.map((c) => c.id)).toEqual(['fa']);
  });

  it('allows a word of six or seven letters one typo or two letters swapped, and a short catalogue word none', () => {
    const builder = industry('bu', 'Builder', ['building contractor']);
    const flooring = industry('fl', 'Flooring', ['tiler']);
    const accounts = industry('acc', 'Accountant', ['tax']);
    const catalogue = [builder, flooring, accounts];
    expect(chooseIndustryMatch('buidler', catalogue)).toMatchObject({
      industry: { id: 'bu' },
      matchedBy: 'FUZZY',
    });
    expect(chooseIndustryMatch('tiller', catalogue)).toMatchObject({
      industry: { id: 'fl' },
      matchedBy: 'FUZZY',
    });
    // Two edits from "tiler": another word, not a typo of it.
    expect(chooseIndustryMatch('tailor', catalogue).industry).toBeNull();
    // "tax" must be typed as it is.
    expect(chooseIndustryMatch('taxi', catalogue).industry).toBeNull();
  });

  it('takes a word of one root the stemmer leaves apart, but not a word that merely begins alike', () => {
    const painter = industry('pd', 'Painter and decorator', ['decorator']);
    const planner = industry('ep', 'Event planner', ['wedding planner']);
    const flooring = industry('fl', 'Flooring specialist', ['carpets']);
    const counsellor = industry('co', 'Counsellor', ['therapist']);
    const catalogue = [painter, planner, flooring, counsellor, ...all];
    expect(chooseIndustryMatch('painting', catalogue)).toMatchObject({
      industry: { id: 'pd' },
      matchedBy: 'WORD',
    });
    expect(chooseIndustryMatch('event planning', catalogue)).toMatchObject({
      industry: { id: 'ep' },
      matchedBy: 'WORD',
    });
    expect(chooseIndustryMatch('counselling', catalogue)).toMatchObject({
      industry: { id: 'co' },
      matchedBy: 'WORD',
    });
    expect(chooseIndustryMatch('carpenter', [flooring]).matchedBy).not.toBe('WORD');
  });

  it('ranks words as typed before words that only share a stem, and those before a root', () => {
    const trainer = industry('pt', 'Personal trainer', ['fitness coach'], 1);
    const kitchens = industry('kd', 'Kitchen designer', ['fitted kitchens'], 2);
    const r = chooseIndustryMatch('fitness', [kitchens, trainer]);
    expect(r).toMatchObject({ industry: { id: 'pt' }, matchedBy: 'WORD', ambiguous: false });
    expect(r.alternatives.map((c) => c.id)).toEqual(['kd']);
    // The same stem as a whole synonym: the one spelt as typed wins.
    const electrician = industry('el', 'Electrician', ['electrics'], 1);
    const energy = industry('en', 'Energy broker', ['electricity'], 2);
    expect(chooseIndustryMatch('electrics', [energy, electrician])).toMatchObject({
      industry: { id: 'el' },
      matchedBy: 'SYNONYM',
      ambiguous: false,
    });
  });

  it('finds every word among the names and synonyms of one industry, question words aside', () => {
    const accountancy = industry('acc', 'Accountant', ['tax advisor']);
    expect(chooseIndustryMatch('tax accountant', [accountancy, ...all.slice(2)])).toMatchObject({
      industry: { id: 'acc' },
      matchedBy: 'WORD',
    });
    expect(chooseIndustryMatch('someone to do my taxes', [accountancy])).toMatchObject({
      industry: { id: 'acc' },
      matchedBy: 'WORD',
    });
  });

  it('leaves out the verbs and adjectives of a request, yet matches a synonym that holds them whole', () => {
    const recruiter = industry('rc', 'Recruitment consultant', ['headhunter', 'temp staff']);
    const letting = industry('la', 'Letting agent', ['tenants']);
    // "find", "new" and "make" name no trade: the staff word chooses.
    expect(chooseIndustryMatch('find a new staff member', [letting, recruiter])).toMatchObject({
      industry: { id: 'rc' },
    });
    const wills = industry('sol', 'Solicitor', ['make a will']);
    const film = industry('vid', 'Videographer', ['film maker']);
    for (const asked of ['making a will', 'I want to make a will', 'someone to make a will']) {
      expect(chooseIndustryMatch(asked, [film, wills])).toMatchObject({
        industry: { id: 'sol' },
        matchedBy: 'SYNONYM',
      });
    }
  });

  it('does not read a word some industry spells as typed as a typo of another word', () => {
    const estate = industry('ea', 'Estate agent', ['selling a house'], 1);
    const staging = industry('hs', 'Home staging', ['home styling'], 2);
    const insurance = industry('ib', 'Insurance broker', ['home insurance'], 1);
    // "selling" is within two edits of "styling", but the estate agent spells it: not a typo, so
    // no industry holds every word, and the rarer word chooses.
    const r = chooseIndustryMatch('selling my home', [staging, estate, insurance]);
    expect(r).toMatchObject({ industry: { id: 'ea' }, matchedBy: 'PARTIAL', ambiguous: false });
    // A word nobody spells may still be a typo.
    expect(chooseIndustryMatch('home stiling', [staging, estate])).toMatchObject({
      industry: { id: 'hs' },
      matchedBy: 'FUZZY',
    });
  });

  it('takes what a request asks for before its "for …"', () => {
    const web = industry('wd', 'Web designer', ['website'], 1);
    const beauty = industry('bt', 'Beauty therapist', ['beauty salon'], 2);
    expect(chooseIndustryMatch('who can build a website for my beauty salon', [beauty, web])).toMatchObject({
      industry: { id: 'wd' },
    });
    // Nothing asked for before it: the whole text chooses.
    expect(chooseIndustryMatch('someone for my beauty salon', [beauty, web])).toMatchObject({
      industry: { id: 'bt' },
    });
  });

  it('lets the rest of a request choose among the several its "for …" part names', () => {
    const mortgage = industry('mi', 'Mortgage intermediary', ['mortgage broker', 'home loan'], 1);
    const insurance = industry('ib', 'Insurance broker', ['home insurance'], 3);
    const finance = industry('bf', 'Business finance broker', ['business loans'], 2);
    const r = chooseIndustryMatch('who knows a broker for a home loan in Galway?', [
      insurance,
      finance,
      mortgage,
    ]);
    expect(r).toMatchObject({ industry: { id: 'mi' }, ambiguous: false });
    // When the rest cannot choose either, the ambiguity stands.
    expect(chooseIndustryMatch('a broker for my sister', [insurance, finance, mortgage]).ambiguous).toBe(
      true,
    );
  });

  it('ignores the words of a request in any of their forms', () => {
    const bookkeeper = industry('bk', 'Bookkeeper', ['book keeper'], 2);
    const telecoms = industry('tc', 'Telecoms', ['wifi'], 1);
    // "keeps" is the bookkeeper's "keeper" by its root, but a request's word.
    expect(chooseIndustryMatch('the office wifi keeps dropping', [bookkeeper, telecoms])).toMatchObject({
      industry: { id: 'tc' },
    });
  });

  it('counts a long word one letter off among others, but not a shorter one', () => {
    const lawyer = industry('sol', 'Solicitor', ['conveyancing']);
    const estate = industry('ea', 'Estate agent', ['house sale']);
    const letting = industry('la', 'Letting agent', ['house share']);
    // "solisitor" is one letter off solicitor; "house" is shared, so the slip chooses.
    expect(chooseIndustryMatch('a solisitor and a house', [estate, letting, lawyer])).toMatchObject({
      industry: { id: 'sol' },
      matchedBy: 'PARTIAL',
    });
    const roofer = industry('ro', 'Roofer', ['leaking roof']);
    // "leaving" is one letter off "leaking", but both are words: too short to call a slip. A letter
    // missing or doubled in a word of seven is one ("lapptop").
    expect(chooseIndustryMatch('leaving cert', [roofer]).industry).toBeNull();
    const it = industry('it', 'IT support', ['laptop repair']);
    expect(chooseIndustryMatch('lapptop wont turn on', [roofer, it])).toMatchObject({
      industry: { id: 'it' },
      matchedBy: 'PARTIAL',
    });
  });

  it('prefers one name or synonym holding every word to several holding them together', () => {
    const cleaning = industry('cc', 'Commercial cleaning', ['contract cleaning'], 1);
    const roofer = industry('ro', 'Roofer', ['gutter cleaning', 'roofing contractor'], 2);
    const r = chooseIndustryMatch('cleaning contractor', [roofer, cleaning]);
    expect(r).toMatchObject({ industry: { id: 'cc' }, matchedBy: 'WORD', ambiguous: false });
    expect(r.alternatives.map((c) => c.id)).toEqual(['ro']);
  });

  it('reads a generic last word as part of the trade first, and drops it only when that finds nothing', () => {
    const dealer = industry('cd', 'Car dealer', ['car sales'], 2);
    const mechanic = industry('mm', 'Motor mechanic', ['car servicing'], 1);
    expect(chooseIndustryMatch('car service', [dealer, mechanic])).toMatchObject({ industry: { id: 'mm' } });
    const it = industry('it', 'IT support', []);
    expect(chooseIndustryMatch('an IT support person', [it])).toMatchObject({
      industry: { id: 'it' },
      matchedBy: 'NAME',
    });
  });

  describe('when no industry holds every word', () => {
    const photographer = industry('ph', 'Photographer', ['headshots'], 1);
    const florist = industry('fl', 'Florist', ['wedding flowers'], 3);
    const venue = industry('hv', 'Hotel and venue', ['wedding venue'], 2);
    const optician = industry('op', 'Optician', ['eye care'], 1);
    const cyber = industry('cs', 'Cyber security', ['penetration testing'], 2);
    const coaches = ['Business coach', 'Fitness coach', 'Nutrition coach'].map((name, i) =>
      industry(`c${i}`, name, [], 3 - i),
    );
    const dentist = industry('de', 'Dentist', ['dental clinic'], 4);

    it('takes the industry that holds the rarer words (PARTIAL)', () => {
      const r = chooseIndustryMatch('wedding photographer', [florist, venue, photographer]);
      expect(r).toMatchObject({ industry: { id: 'ph' }, matchedBy: 'PARTIAL', ambiguous: false });
      expect(r.alternatives.map((c) => c.id)).toEqual(['fl', 'hv']);
    });

    it('is ambiguous when two hold as much', () => {
      const r = chooseIndustryMatch('eye test', [cyber, optician]);
      expect(r).toMatchObject({ industry: { id: 'cs' }, matchedBy: 'PARTIAL', ambiguous: true });
      expect(r.alternatives.map((c) => c.id)).toEqual(['op']);
    });

    it('counts a word several industries share for little beside a rarer one', () => {
      const insurance = industry('ib', 'Insurance broker', ['home insurance'], 1);
      const brokers = ['Energy broker', 'Business finance broker'].map((name, i) =>
        industry(`b${i}`, name, [], 2),
      );
      const dealer = industry('cd', 'Car dealer', ['car sales'], 3);
      expect(chooseIndustryMatch('car insurance broker', [dealer, ...brokers, insurance])).toMatchObject({
        industry: { id: 'ib' },
        matchedBy: 'PARTIAL',
        ambiguous: false,
      });
    });

    it('ignores words no industry holds', () => {
      expect(chooseIndustryMatch('first time buyer mortgage', all)).toMatchObject({
        industry: { id: 'mi' },
        matchedBy: 'PARTIAL',
      });
    });

    it('names none, suggesting those that hold some, when the words are shared too widely', () => {
      const r = chooseIndustryMatch('life coach', coaches);
      expect(r).toMatchObject({ industry: null, matchedBy: 'NONE' });
      expect(r.alternatives.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    });

    it('does not count a typo of one word among others', () => {
      expect(chooseIndustryMatch('mental health', [dentist])).toMatchObject({
        industry: null,
        matchedBy: 'NONE',
        alternatives: [],
      });
    });
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
    expect(toFulltextQuery('mortgage (broker)!')).toBe(
      'mortgage mortgage~2 mortgag~2 mortg* broker broker~2 broke*',
    );
    expect(toFulltextQuery('Who knows a mortgage broker?')).toBe(
      'mortgage mortgage~2 mortgag~2 mortg* broker broker~2 broke*',
    );
  });

  it('keeps short words exact, gives middling ones one edit, and drops stop words and generic words', () => {
    expect(toFulltextQuery('Roofer plumb')).toBe('roofer roofer~2 roofe* plumb plumb~1 plumb*');
    expect(toFulltextQuery('a cat')).toBe('cat');
    expect(toFulltextQuery('IT guy')).toBe('');
  });

  it('cannot be turned into operators, and holds no wildcard but the roots it adds', () => {
    expect(toFulltextQuery('roofer AND OR NOT *:* name:"x" [a TO z]')).toBe(
      'roofer roofer~2 roofe* name name~1 x z',
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
