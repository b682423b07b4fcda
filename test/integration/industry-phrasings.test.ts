// How people name a trade, against the sample catalogue (seed/data/industries.ts): every phrasing
// resolves to the industry a member would mean, or says it is ambiguous and names every industry
// it could be. Asked through GraphQL, so the stemming index, the catalogue's synonyms and the
// choice in domain/industry-match.ts are all in play.
import { ensureSchema } from '@powergroups/server';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../support/database.ts';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('industry-phrasings');

interface Match {
  matchIndustry: {
    industry: { id: string } | null;
    matchedBy: string;
    ambiguous: boolean;
    alternatives: { id: string }[];
  };
}

const MATCH = `query ($text: String!) {
  matchIndustry(text: $text) { industry { id } matchedBy ambiguous alternatives { id } }
}`;

async function match(text: string) {
  const { data, errors } = await sample.api.graphql<Match>(MATCH, { text });
  expect(errors).toBeUndefined();
  if (!data) throw new Error(`no answer for "${text}"`);
  return data.matchIndustry;
}

/** One industry, unambiguous: [what people type, the industry's slug]. */
const ONE: [string, string][] = [
  ['accountant', 'accountant'],
  ['Accountants', 'accountant'],
  ['ACCOUNTANT', 'accountant'],
  ["an accountant's", 'accountant'],
  ['accountancy', 'accountant'],
  ['Who knows a tax advisor?', 'accountant'],
  ['bookkeeping', 'bookkeeper'],
  ['mortgage broker', 'mortgage-intermediary'],
  ['Does anyone know a mortgage adviser?', 'mortgage-intermediary'],
  ['mortgages', 'mortgage-intermediary'],
  ['solicitor', 'solicitor'],
  ['solicitors', 'solicitor'],
  ['conveyancing', 'solicitor'],
  ['conveyancer', 'solicitor'],
  ['someone who does conveyancing', 'solicitor'],
  ['lawyer', 'solicitor'],
  ['plumber', 'plumber'],
  ['plumbing', 'plumber'],
  ['plumbers', 'plumber'],
  ['I need a plumber', 'plumber'],
  ['cleaner', 'commercial-cleaning'],
  ['cleaners', 'commercial-cleaning'],
  ['cleaning', 'commercial-cleaning'],
  ['office cleaning', 'commercial-cleaning'],
  ['estate agent', 'estate-agent'],
  ['auctioneer', 'estate-agent'],
  ['Auctioneers', 'estate-agent'],
  ['electrician', 'electrician'],
  ['electrical contractor', 'electrician'],
  ['roofing', 'roofer'],
  ['a roofer', 'roofer'],
  ['landscaping', 'landscaper'],
  ['gardener', 'landscaper'],
  ['photography', 'photographer'],
  ['photographers', 'photographer'],
  ['physio', 'physiotherapist'],
  ['physiotherapist', 'physiotherapist'],
  ['IT support', 'it-support'],
  ['an IT person', 'it-support'],
  ['web developer', 'web-designer'],
  ['website', 'web-designer'],
  ['catering', 'caterer'],
  ['caterers', 'caterer'],
  ['flowers', 'florist'],
  ['florists', 'florist'],
  ['insurance', 'insurance-broker'],
  ['home insurance', 'insurance-broker'],
  ['recruiter', 'recruitment'],
  ['recruitment', 'recruitment'],
  ['headhunters', 'recruitment'],
  ['dentist', 'dentist'],
  ['dental', 'dentist'],
  ['printing', 'printer'],
  ['translation', 'translator'],
  ['builder', 'builder'],
  ['construction', 'builder'],
  ['solar panels', 'solar-energy'],
  ['heat pump', 'solar-energy'],
  ['CCTV', 'security-systems'],
  ['hair salon', 'hairdresser'],
  ['barbers', 'hairdresser'],
  // Accents and typos.
  ['Caterér', 'caterer'],
  ['acountant', 'accountant'],
  ['morgage broker', 'mortgage-intermediary'],
  ['solicter', 'solicitor'],
];

/**
 * Everyday ways of asking, not the catalogue's own words: [what people type, the industry's slug,
 * how it is found]. Some hold a catalogue synonym, others are read by root ("chiro"), by every
 * word among one industry's names ("tax accountant") or by the rarer words ("wedding photographer").
 */
const EVERYDAY: [string, string, string][] = [
  ['tax accountant', 'accountant', 'WORD'],
  ['someone to do my taxes', 'accountant', 'WORD'],
  ['auditor', 'accountant', 'SYNONYM'],
  ['book keeper', 'bookkeeper', 'SYNONYM'],
  ['financial planning', 'financial-adviser', 'WORD'],
  ['pension advice', 'financial-adviser', 'PARTIAL'],
  ['car insurance', 'insurance-broker', 'SYNONYM'],
  ['first time buyer mortgage', 'mortgage-intermediary', 'WORD'],
  ['selling my house', 'estate-agent', 'SYNONYM'],
  ['estate agency', 'estate-agent', 'SYNONYM'],
  ['landlord', 'letting-agent', 'SYNONYM'],
  ['house survey', 'chartered-surveyor', 'SYNONYM'],
  ['man with a van', 'removals', 'SYNONYM'],
  ['family law solicitor', 'solicitor', 'WORD'],
  ['notary', 'solicitor', 'SYNONYM'],
  ['jobs', 'recruitment', 'SYNONYM'],
  ['sales training', 'networking-trainer', 'SYNONYM'],
  ['window cleaner', 'commercial-cleaning', 'SYNONYM'],
  ['electricity supplier', 'energy-broker', 'SYNONYM'],
  ['business cards', 'printer', 'SYNONYM'],
  ['branding agency', 'graphic-designer', 'SYNONYM'],
  ['google ads', 'digital-marketing', 'SYNONYM'],
  ['wedding photographer', 'photographer', 'PARTIAL'],
  ['film maker', 'videographer', 'SYNONYM'],
  ['cybersecurity', 'cyber-security', 'SYNONYM'],
  ['software house', 'software-developer', 'PARTIAL'],
  ['sparky', 'electrician', 'SYNONYM'],
  ['electrics', 'electrician', 'SYNONYM'],
  ['painting', 'painter-decorator', 'SYNONYM'],
  ['gutter cleaning', 'roofer', 'SYNONYM'],
  ['chiro', 'chiropractor', 'WORD'],
  ['counselling', 'counsellor', 'SYNONYM'],
  ['mental health', 'counsellor', 'SYNONYM'],
  ['fitness', 'personal-trainer', 'SYNONYM'],
  ['eye test', 'optician', 'SYNONYM'],
  ['beautician', 'beauty-therapist', 'SYNONYM'],
  ['event planning', 'event-planner', 'WORD'],
  ['car service', 'motor-mechanic', 'SYNONYM'],
  ['NCT', 'motor-mechanic', 'SYNONYM'],
  ['drinks', 'wine-merchant', 'SYNONYM'],
  ['selling my home', 'estate-agent', 'SYNONYM'],
  ['making a will', 'solicitor', 'SYNONYM'],
  ['finding tenants for my property', 'letting-agent', 'WORD'],
  ['PRSA', 'financial-adviser', 'SYNONYM'],
  ['bricklayer', 'builder', 'SYNONYM'],
  ['someone to fix my boiler', 'plumber', 'WORD'],
  ['slipped slates', 'roofer', 'PARTIAL'],
  ['send a parcel to Belfast', 'courier', 'PARTIAL'],
  ['laptop repair', 'it-support', 'SYNONYM'],
  ['teeth whitening', 'dentist', 'SYNONYM'],
  ['flu jab', 'pharmacist', 'SYNONYM'],
  ['haircut', 'hairdresser', 'SYNONYM'],
  ['flitting next month', 'removals', 'PARTIAL'],
  ['mortage switch', 'mortgage-intermediary', 'FUZZY'],
  ['a broker for a first time buyer', 'mortgage-intermediary', 'WORD'],
];

/** A word several industries share: [what people type, slugs it must offer (at least these)]. */
const SHARED: [string, string[]][] = [
  ['designer', ['graphic-designer', 'web-designer', 'kitchen-designer', 'interior-designer', 'landscaper']],
  ['designers', ['graphic-designer', 'web-designer', 'kitchen-designer', 'interior-designer']],
  ['broker', ['insurance-broker', 'business-finance-broker', 'energy-broker', 'mortgage-intermediary']],
  ['a broker', ['insurance-broker', 'business-finance-broker', 'energy-broker']],
  ['coach', ['business-coach', 'personal-trainer', 'nutritionist', 'networking-trainer']],
  ['agent', ['estate-agent', 'letting-agent']],
  ['consultant', ['hr-consultant', 'recruitment', 'pr-consultant']],
  ['wedding', ['event-planner', 'florist', 'hotel-venue', 'dj-entertainment']],
  ['surveyor', ['chartered-surveyor']],
  ['office wifi keeps dropping', ['it-support', 'telecoms']],
];

const id = (slug: string) => `ind-${slug}`;

describe('matchIndustry on the sample catalogue', () => {
  it('has at least 100 phrasings to hold it to', () => {
    expect(ONE.length + EVERYDAY.length + SHARED.length).toBeGreaterThanOrEqual(100);
  });

  it.each(ONE)('"%s" is %s, not ambiguous', async (text, slug) => {
    const result = await match(text);
    expect(result.industry?.id).toBe(id(slug));
    expect(result.ambiguous).toBe(false);
  });

  it.each(EVERYDAY)('"%s" is %s (%s), not ambiguous', async (text, slug, matchedBy) => {
    const result = await match(text);
    expect(result).toMatchObject({ industry: { id: id(slug) }, matchedBy, ambiguous: false });
  });

  it.each(SHARED.filter(([, slugs]) => slugs.length > 1))(
    '"%s" is ambiguous and offers every industry with that word',
    async (text, slugs) => {
      const result = await match(text);
      expect(result.ambiguous).toBe(true);
      const offered = [result.industry?.id, ...result.alternatives.map((a) => a.id)];
      for (const slug of slugs) expect(offered).toContain(id(slug));
    },
  );

  it('names the one industry a word belongs to when only one has it', async () => {
    const result = await match('surveyor');
    expect(result).toMatchObject({ industry: { id: id('chartered-surveyor') }, ambiguous: false });
  });

  it('names no industry for a word four kinds of coach share, and offers them', async () => {
    const result = await match('life coach');
    expect(result).toMatchObject({ industry: null, matchedBy: 'NONE' });
    expect(result.alternatives.map((a) => a.id)).toEqual(
      expect.arrayContaining(['business-coach', 'personal-trainer', 'nutritionist'].map(id)),
    );
  });

  it('gives an industry stored before search keys existed its keys at start-up', async () => {
    const db = await testDatabase();
    try {
      const id = sample.ownId('ind', 'keyless');
      await db.write(
        "CREATE (:Industry {id: $id, name: 'Café Owner', synonyms: ['O’Brien Barista', 'Bar'], sector: 'Test'})",
        { id },
      );
      await ensureSchema(db);
      const [keys] = await db.read(
        'MATCH (i:Industry {id: $id}) RETURN i.nameKey AS name, i.synonymKeys AS words',
        {
          id,
        },
      );
      expect(keys).toEqual({ name: 'cafe owner', words: ['obrien barista', 'bar'] });
    } finally {
      await db.close();
    }
  });

  // Trades the sample catalogue lacks, some a typo away from one it has ("taxi", "tailor").
  it.each(['astrology', 'xyzzy', 'who knows?', 'the', 'locksmith', 'taxi', 'tailor for alterations', 'vet'])(
    '"%s" names no industry',
    async (text) => {
      const result = await match(text);
      expect(result.industry).toBeNull();
      expect(result.matchedBy).toBe('NONE');
    },
  );
});
