// How people name a trade, against the sample catalogue (seed/data/industries.ts): every phrasing
// resolves to the industry a member would mean, or says it is ambiguous and names every industry
// it could be. Asked through GraphQL, so the stemming index, the catalogue's synonyms and the
// choice in domain/industry-match.ts are all in play.
import { describe, expect, it } from 'vitest';
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
];

const id = (slug: string) => `ind-${slug}`;

describe('matchIndustry on the sample catalogue', () => {
  it('has at least 60 phrasings to hold it to', () => {
    expect(ONE.length + SHARED.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ONE)('"%s" is %s, not ambiguous', async (text, slug) => {
    const result = await match(text);
    expect(result.industry?.id).toBe(id(slug));
    expect(result.ambiguous).toBe(false);
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

  it.each(['astrology', 'xyzzy', 'who knows?', 'the'])('"%s" names no industry', async (text) => {
    const result = await match(text);
    expect(result.industry).toBeNull();
    expect(result.matchedBy).toBe('NONE');
  });
});
