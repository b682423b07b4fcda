// The industry catalogue ("classifications"), their synergies and overlaps, and the curated power
// groups. Hand-written: the reasons are what members say at the weekly meeting.
interface Pair {
  a: string;
  b: string;
}

type I = [slug: string, name: string, sector: string, synonyms: string[]];

const PROPERTY = 'Property';
const FINANCE = 'Finance';
const SERVICES = 'Business services';
const MARKETING = 'Marketing and media';
const TECH = 'Technology';
const HOME = 'Home improvement';
const HEALTH = 'Health and wellbeing';
const EVENTS = 'Events and hospitality';
const OTHER = 'Retail and motor';

const TABLE: I[] = [
  // Property
  [
    'mortgage-intermediary',
    'Mortgage intermediary',
    FINANCE,
    ['mortgage broker', 'mortgage advisor', 'mortgage adviser'],
  ],
  [
    'estate-agent',
    'Auctioneer / estate agent',
    PROPERTY,
    [
      'auctioneer',
      'estate agent',
      'realtor',
      'property sales',
      'sell my house',
      'selling a house',
      'house sale',
      'estate agency',
    ],
  ],
  [
    'letting-agent',
    'Letting agent',
    PROPERTY,
    ['property manager', 'lettings', 'rental agent', 'landlord', 'lettings agent', 'rentals'],
  ],
  [
    'chartered-surveyor',
    'Chartered surveyor',
    PROPERTY,
    ['building surveyor', 'quantity surveyor', 'property valuer', 'house survey', 'structural survey'],
  ],
  ['architect', 'Architect', PROPERTY, ['architectural designer', 'planning permission', 'house plans']],
  [
    'removals',
    'Removals',
    PROPERTY,
    ['moving company', 'removal firm', 'storage', 'man with a van', 'movers', 'house move'],
  ],
  ['home-staging', 'Home staging', PROPERTY, ['property styling', 'show house styling']],
  // Finance
  [
    'accountant',
    'Accountant',
    FINANCE,
    ['chartered accountant', 'tax advisor', 'tax return', 'accountancy', 'auditor', 'audit', 'taxes'],
  ],
  [
    'bookkeeper',
    'Bookkeeper',
    FINANCE,
    ['bookkeeping', 'payroll bureau', 'vat returns', 'book keeper', 'book keeping'],
  ],
  [
    'financial-adviser',
    'Financial adviser',
    FINANCE,
    ['financial planner', 'pensions advisor', 'investment adviser', 'wealth management', 'wealth manager'],
  ],
  [
    'insurance-broker',
    'Insurance broker',
    FINANCE,
    ['business insurance', 'home insurance', 'general insurance'],
  ],
  [
    'business-finance-broker',
    'Business finance broker',
    FINANCE,
    ['asset finance', 'business loans', 'invoice finance'],
  ],
  // Business services
  [
    'solicitor',
    'Solicitor',
    SERVICES,
    [
      'lawyer',
      'conveyancer',
      'conveyancing',
      'legal advisor',
      'legal advice',
      'wills',
      'notary',
      'family law',
      'probate',
      'will writing',
    ],
  ],
  ['hr-consultant', 'HR consultant', SERVICES, ['human resources', 'employment advice', 'hr outsourcing']],
  [
    'recruitment',
    'Recruitment consultant',
    SERVICES,
    ['recruiter', 'staffing agency', 'headhunter', 'jobs', 'recruitment agency'],
  ],
  ['business-coach', 'Business coach', SERVICES, ['executive coach', 'mentor', 'leadership coach']],
  [
    'networking-trainer',
    'Networking trainer',
    SERVICES,
    ['sales trainer', 'presentation skills', 'public speaking coach'],
  ],
  ['office-supplies', 'Office supplies', SERVICES, ['stationery', 'office furniture']],
  [
    'commercial-cleaning',
    'Commercial cleaning',
    SERVICES,
    [
      'office cleaning',
      'contract cleaning',
      'cleaner',
      'cleaning company',
      'window cleaning',
      'window cleaner',
      'carpet cleaning',
    ],
  ],
  ['courier', 'Courier', SERVICES, ['same day delivery', 'delivery service']],
  ['translator', 'Translator', SERVICES, ['interpreter', 'translation services']],
  [
    'energy-broker',
    'Energy broker',
    SERVICES,
    [
      'utility broker',
      'business energy',
      'electricity',
      'gas and electricity',
      'energy supplier',
      'electricity supplier',
    ],
  ],
  // Marketing and media
  [
    'printer',
    'Printer',
    MARKETING,
    [
      'print shop',
      'signage',
      'large format printing',
      'signs',
      'leaflets',
      'flyers',
      'business cards',
      'brochures',
      'banners',
      'sign maker',
      'signwriter',
    ],
  ],
  ['graphic-designer', 'Graphic designer', MARKETING, ['branding', 'logo design']],
  [
    'digital-marketing',
    'Digital marketing',
    MARKETING,
    [
      'seo',
      'social media marketing',
      'online advertising',
      'ppc',
      'google ads',
      'marketing agency',
      'email marketing',
    ],
  ],
  ['photographer', 'Photographer', MARKETING, ['photography', 'headshots', 'event photography']],
  [
    'videographer',
    'Videographer',
    MARKETING,
    ['video production', 'corporate video', 'film maker', 'filmmaker', 'drone filming'],
  ],
  ['copywriter', 'Copywriter', MARKETING, ['content writer', 'blog writer']],
  ['pr-consultant', 'PR consultant', MARKETING, ['public relations', 'press office']],
  [
    'promotional-products',
    'Promotional products',
    MARKETING,
    ['branded merchandise', 'corporate gifts', 'uniforms', 'branded clothing', 'embroidery', 'workwear'],
  ],
  // Technology
  [
    'it-support',
    'IT support',
    TECH,
    [
      'it',
      'managed it services',
      'computer repair',
      'it helpdesk',
      'tech support',
      'it consultant',
      'computer support',
    ],
  ],
  [
    'cyber-security',
    'Cyber security',
    TECH,
    ['penetration testing', 'data protection', 'gdpr consultant', 'cybersecurity'],
  ],
  ['telecoms', 'Telecoms', TECH, ['phone systems', 'business broadband', 'voip']],
  ['web-designer', 'Web designer', TECH, ['website developer', 'web developer', 'ecommerce websites']],
  ['software-developer', 'Software developer', TECH, ['app developer', 'bespoke software']],
  // Home improvement
  ['builder', 'Builder', HOME, ['building contractor', 'construction', 'extensions', 'renovations']],
  [
    'electrician',
    'Electrician',
    HOME,
    ['electrical contractor', 'electrics', 'ev charger installer', 'sparky', 'rewiring'],
  ],
  ['plumber', 'Plumber', HOME, ['plumbing', 'heating engineer', 'gas installer', 'boiler service']],
  ['painter-decorator', 'Painter and decorator', HOME, ['painter', 'decorator', 'wallpapering', 'painting']],
  ['kitchen-designer', 'Kitchen designer', HOME, ['fitted kitchens', 'bespoke joinery']],
  ['interior-designer', 'Interior designer', HOME, ['interior decorator', 'soft furnishings']],
  ['landscaper', 'Landscaper', HOME, ['landscaping', 'garden designer', 'gardener', 'paving']],
  [
    'roofer',
    'Roofer',
    HOME,
    ['roofing contractor', 'gutters', 'chimney repair', 'gutter cleaning', 'roof repairs'],
  ],
  ['flooring', 'Flooring specialist', HOME, ['carpets', 'wooden floors', 'tiling']],
  ['windows-doors', 'Windows and doors', HOME, ['double glazing', 'pvc windows', 'composite doors']],
  [
    'solar-energy',
    'Solar and energy upgrades',
    HOME,
    ['solar panels', 'heat pumps', 'ber assessor', 'retrofit'],
  ],
  ['security-systems', 'Security systems', HOME, ['alarms', 'cctv', 'access control', 'intruder alarm']],
  // Health and wellbeing
  [
    'physiotherapist',
    'Physiotherapist',
    HEALTH,
    ['physio', 'sports injury clinic', 'physiotherapy', 'sports massage', 'massage therapist'],
  ],
  ['chiropractor', 'Chiropractor', HEALTH, ['back pain clinic', 'osteopath']],
  [
    'personal-trainer',
    'Personal trainer',
    HEALTH,
    ['fitness coach', 'gym instructor', 'fitness', 'personal training', 'pilates', 'yoga teacher'],
  ],
  [
    'nutritionist',
    'Nutritionist',
    HEALTH,
    ['dietitian', 'nutrition coach', 'diet', 'dietician', 'weight loss'],
  ],
  [
    'counsellor',
    'Counsellor',
    HEALTH,
    ['psychotherapist', 'therapist', 'counselling', 'mental health', 'psychologist'],
  ],
  ['dentist', 'Dentist', HEALTH, ['dental clinic', 'orthodontist']],
  ['optician', 'Optician', HEALTH, ['optometrist', 'eye care', 'glasses', 'eye test', 'contact lenses']],
  ['pharmacist', 'Pharmacist', HEALTH, ['chemist', 'pharmacy']],
  [
    'beauty-therapist',
    'Beauty therapist',
    HEALTH,
    ['beauty salon', 'skin clinic', 'aesthetics', 'beautician', 'nails', 'nail technician', 'facials'],
  ],
  ['hairdresser', 'Hairdresser', HEALTH, ['hair salon', 'barber', 'hair', 'hairstylist']],
  // Events and hospitality
  [
    'event-planner',
    'Event planner',
    EVENTS,
    [
      'event management',
      'wedding planner',
      'conference organiser',
      'corporate events',
      'team building',
      'party planner',
    ],
  ],
  ['caterer', 'Caterer', EVENTS, ['catering', 'corporate lunches']],
  ['florist', 'Florist', EVENTS, ['flowers', 'wedding flowers', 'bouquets']],
  ['hotel-venue', 'Hotel and venue', EVENTS, ['wedding venue', 'conference venue', 'function room']],
  ['dj-entertainment', 'DJ and entertainment', EVENTS, ['dj', 'wedding band', 'mc']],
  ['travel-agent', 'Travel agent', EVENTS, ['corporate travel', 'holiday planner']],
  ['wine-merchant', 'Wine merchant', OTHER, ['off-licence', 'wine tasting', 'drinks', 'spirits']],
  // Retail and motor
  ['car-dealer', 'Car dealer', OTHER, ['motor dealer', 'car sales', 'used cars', 'second hand cars']],
  ['motor-mechanic', 'Motor mechanic', OTHER, ['garage', 'car servicing', 'nct', 'car repairs', 'tyres']],
];

export const industryId = (slug: string) => `ind-${slug}`;

export const INDUSTRIES = TABLE.map(([slug, name, sector, synonyms]) => ({
  id: industryId(slug),
  name,
  synonyms,
  sector,
}));

type S = [a: string, b: string, strength: number, reason: string];

const SYNERGY_TABLE: S[] = [
  // Property: the classic triangle and everything around a house sale
  [
    'mortgage-intermediary',
    'accountant',
    0.85,
    'Self-employed buyers need certified accounts for a mortgage; accountants see clients ready to buy',
  ],
  [
    'mortgage-intermediary',
    'solicitor',
    0.9,
    'Every purchase with a mortgage needs conveyancing; solicitors meet buyers before they have finance',
  ],
  [
    'mortgage-intermediary',
    'estate-agent',
    0.95,
    'Buyers at viewings need mortgage approval in principle; approved buyers close sales faster',
  ],
  [
    'mortgage-intermediary',
    'chartered-surveyor',
    0.7,
    'Lenders require a valuation; surveyors meet buyers at the moment they need finance',
  ],
  [
    'mortgage-intermediary',
    'insurance-broker',
    0.75,
    'Drawdown needs home insurance and mortgage protection in place',
  ],
  [
    'mortgage-intermediary',
    'letting-agent',
    0.6,
    'Landlords refinance and buy-to-let investors need lenders',
  ],
  [
    'mortgage-intermediary',
    'builder',
    0.5,
    'Self-builds and extensions are financed by top-ups and stage-payment mortgages',
  ],
  ['estate-agent', 'solicitor', 0.9, 'Every sale agreed goes to a solicitor for the contracts'],
  ['estate-agent', 'chartered-surveyor', 0.8, 'Buyers ask the agent for a surveyor before signing'],
  ['estate-agent', 'removals', 0.8, 'Every completed sale is a move'],
  ['estate-agent', 'home-staging', 0.75, 'Staged houses sell faster and for more'],
  ['estate-agent', 'painter-decorator', 0.6, 'Vendors freshen up before photos and viewings'],
  ['estate-agent', 'photographer', 0.55, 'Listings need professional photos'],
  ['estate-agent', 'architect', 0.5, 'Buyers of fixer-uppers ask what they could build'],
  ['solicitor', 'accountant', 0.8, 'Company formations, probate and disputes need both'],
  ['solicitor', 'insurance-broker', 0.55, 'Claims and contracts raise insurance questions'],
  ['solicitor', 'financial-adviser', 0.7, 'Wills, probate and separations need financial planning'],
  ['solicitor', 'hr-consultant', 0.7, 'Employment disputes start with HR and can end with a solicitor'],
  ['chartered-surveyor', 'builder', 0.65, 'Surveys find the work builders do'],
  ['chartered-surveyor', 'architect', 0.7, 'Planning, valuation and build costs go together'],
  ['letting-agent', 'commercial-cleaning', 0.5, 'End-of-tenancy cleans between lets'],
  ['letting-agent', 'insurance-broker', 0.6, 'Landlords need landlord insurance'],
  ['removals', 'home-staging', 0.4, 'Both are in the house in moving week'],
  // Finance and business services
  [
    'accountant',
    'financial-adviser',
    0.8,
    'Business owners ask their accountant about pensions and investments',
  ],
  ['accountant', 'business-finance-broker', 0.75, 'Accounts show who needs finance for growth'],
  ['accountant', 'hr-consultant', 0.6, 'Growing firms need payroll and employment contracts'],
  ['accountant', 'it-support', 0.5, 'Cloud accounting needs working IT'],
  ['accountant', 'business-coach', 0.65, 'Owners who want to grow need a plan and the numbers'],
  ['insurance-broker', 'financial-adviser', 0.7, 'Protection and investment advice for the same households'],
  ['insurance-broker', 'car-dealer', 0.55, 'Every car sold needs cover'],
  ['insurance-broker', 'security-systems', 0.5, 'Alarms lower premiums'],
  ['business-finance-broker', 'car-dealer', 0.6, 'Commercial vehicles are bought on asset finance'],
  ['hr-consultant', 'recruitment', 0.75, 'Hiring and onboarding are one project for the client'],
  ['hr-consultant', 'business-coach', 0.6, 'Managers who lead well keep their staff'],
  ['recruitment', 'business-coach', 0.5, 'Leadership hires and their coaching'],
  ['networking-trainer', 'business-coach', 0.6, 'Owners who train their sales teams also want coaching'],
  ['networking-trainer', 'recruitment', 0.5, 'New sales hires need training'],
  ['networking-trainer', 'printer', 0.45, 'Workshops need printed materials and pull-up banners'],
  ['networking-trainer', 'hotel-venue', 0.6, 'Training days need a room'],
  ['office-supplies', 'commercial-cleaning', 0.5, 'Both serve office managers every week'],
  ['office-supplies', 'it-support', 0.55, 'Office fit-outs need desks and networks'],
  ['courier', 'printer', 0.55, 'Print jobs need delivering today'],
  ['courier', 'office-supplies', 0.5, 'Same customers, same deliveries'],
  ['energy-broker', 'solar-energy', 0.65, 'Businesses cutting energy bills look at both'],
  ['translator', 'solicitor', 0.45, 'Contracts and court papers need certified translations'],
  // Marketing and technology
  ['printer', 'graphic-designer', 0.85, 'Designers send print jobs; printers are asked for design'],
  ['printer', 'promotional-products', 0.6, 'Events need both banners and branded goods'],
  ['graphic-designer', 'web-designer', 0.7, 'A new brand needs a new website'],
  ['graphic-designer', 'copywriter', 0.7, 'Words and design for the same brochure'],
  ['web-designer', 'digital-marketing', 0.8, 'A new website needs traffic'],
  ['web-designer', 'it-support', 0.55, 'Hosting, email and domains'],
  ['digital-marketing', 'copywriter', 0.7, 'Content for campaigns and SEO'],
  ['digital-marketing', 'photographer', 0.6, 'Social media needs fresh images'],
  ['digital-marketing', 'videographer', 0.65, 'Video performs best on social'],
  ['pr-consultant', 'copywriter', 0.6, 'Press releases and features'],
  ['pr-consultant', 'photographer', 0.55, 'Press photos for launches'],
  ['it-support', 'cyber-security', 0.8, 'Every managed network needs security reviews'],
  ['it-support', 'telecoms', 0.8, 'Phones and broadband are part of every office IT move'],
  ['it-support', 'software-developer', 0.5, 'Bespoke systems need hosting and support'],
  ['cyber-security', 'solicitor', 0.45, 'Data breaches raise legal duties'],
  ['telecoms', 'security-systems', 0.5, 'Alarm monitoring runs over the line'],
  // Home improvement
  ['builder', 'electrician', 0.85, 'Every extension needs a rewire'],
  ['builder', 'plumber', 0.85, 'Every extension needs plumbing and heating'],
  ['builder', 'architect', 0.8, 'Architects design what builders build'],
  ['builder', 'roofer', 0.7, 'Roofs on extensions'],
  ['builder', 'windows-doors', 0.7, 'New openings need windows and doors'],
  ['builder', 'painter-decorator', 0.65, 'Finishing after the build'],
  ['builder', 'kitchen-designer', 0.7, 'Extensions are usually for a new kitchen'],
  ['builder', 'landscaper', 0.5, 'After the build the garden needs putting back'],
  ['electrician', 'solar-energy', 0.75, 'Solar panels and heat pumps need electrical work'],
  ['electrician', 'security-systems', 0.6, 'Alarms and CCTV need power'],
  ['electrician', 'kitchen-designer', 0.6, 'Kitchen appliances need circuits'],
  ['plumber', 'solar-energy', 0.7, 'Heat pumps replace boilers'],
  ['plumber', 'kitchen-designer', 0.65, 'Sinks and dishwashers'],
  ['plumber', 'flooring', 0.4, 'Leaks ruin floors'],
  ['painter-decorator', 'interior-designer', 0.75, 'Designers specify, decorators deliver'],
  ['painter-decorator', 'flooring', 0.55, 'Rooms get redone together'],
  ['interior-designer', 'kitchen-designer', 0.6, 'A new kitchen starts a whole-house refresh'],
  ['interior-designer', 'flooring', 0.6, 'Floors are part of every scheme'],
  ['windows-doors', 'solar-energy', 0.65, 'Energy upgrades are done together for the grant'],
  ['landscaper', 'architect', 0.45, 'Garden rooms need plans'],
  // Health and wellbeing
  ['physiotherapist', 'personal-trainer', 0.8, 'Rehab hands over to training'],
  ['physiotherapist', 'nutritionist', 0.55, 'Recovery and weight loss go together'],
  ['personal-trainer', 'nutritionist', 0.8, 'Training works with the right diet'],
  ['counsellor', 'personal-trainer', 0.4, 'Exercise helps mental health'],
  ['counsellor', 'hr-consultant', 0.5, 'Employee assistance programmes'],
  ['beauty-therapist', 'hairdresser', 0.7, 'Same clients, same occasions'],
  ['dentist', 'optician', 0.35, 'Family health appointments'],
  ['pharmacist', 'nutritionist', 0.45, 'Supplements and diet advice'],
  ['chiropractor', 'personal-trainer', 0.6, 'Back care and training'],
  // Events and hospitality
  ['event-planner', 'caterer', 0.9, 'No event without food'],
  ['event-planner', 'hotel-venue', 0.85, 'Every event needs a venue'],
  ['event-planner', 'florist', 0.8, 'Weddings and launches need flowers'],
  ['event-planner', 'photographer', 0.75, 'Events are photographed'],
  ['event-planner', 'dj-entertainment', 0.75, 'Parties need music'],
  ['event-planner', 'travel-agent', 0.5, 'Incentive trips and destination weddings'],
  ['caterer', 'florist', 0.6, 'Table settings'],
  ['caterer', 'wine-merchant', 0.65, 'Wine for the menu'],
  ['hotel-venue', 'dj-entertainment', 0.6, 'Function rooms book entertainment'],
  ['hotel-venue', 'wine-merchant', 0.5, 'Wine lists'],
  ['florist', 'photographer', 0.5, 'Wedding suppliers recommend each other'],
  ['beauty-therapist', 'event-planner', 0.45, 'Bridal beauty'],
  ['promotional-products', 'event-planner', 0.55, 'Conference delegate packs'],
  ['wine-merchant', 'promotional-products', 0.4, 'Christmas corporate gifts'],
];

/** Each pair stored once, smaller id first (SYNERGY is read undirected). */
function ordered<T extends Pair>(row: T): T {
  return row.a <= row.b ? row : { ...row, a: row.b, b: row.a };
}

export const SYNERGIES = SYNERGY_TABLE.map(([a, b, strength, reason]) =>
  ordered({ a: industryId(a), b: industryId(b), strength, reason }),
);

const COMPETITION_TABLE: [string, string][] = [
  // Many financial advisers are also authorised to arrange mortgages.
  ['mortgage-intermediary', 'financial-adviser'],
  ['accountant', 'bookkeeper'],
  ['estate-agent', 'letting-agent'],
  ['physiotherapist', 'chiropractor'],
  ['web-designer', 'software-developer'],
  ['photographer', 'videographer'],
  ['interior-designer', 'home-staging'],
  ['car-dealer', 'motor-mechanic'],
  ['business-coach', 'counsellor'],
];

export const COMPETITIONS = COMPETITION_TABLE.map(([a, b]) =>
  ordered({ a: industryId(a), b: industryId(b) }),
);

type P = [slug: string, name: string, description: string, industries: string[]];

const POWER_GROUP_TABLE: P[] = [
  [
    'property',
    'Property',
    'Everyone a buyer or seller needs between "sale agreed" and the keys',
    [
      'mortgage-intermediary',
      'estate-agent',
      'solicitor',
      'chartered-surveyor',
      'removals',
      'insurance-broker',
    ],
  ],
  [
    'business-services',
    'Business services',
    'The advisers a growing company hires in its first five years',
    [
      'accountant',
      'solicitor',
      'hr-consultant',
      'recruitment',
      'it-support',
      'insurance-broker',
      'business-coach',
    ],
  ],
  [
    'home-improvement',
    'Home improvement',
    'The trades behind an extension or a renovation, from plans to paint',
    [
      'architect',
      'builder',
      'electrician',
      'plumber',
      'painter-decorator',
      'kitchen-designer',
      'windows-doors',
      'landscaper',
    ],
  ],
  [
    'health-wellbeing',
    'Health and wellbeing',
    'People who look after body and mind, and send each other clients',
    ['physiotherapist', 'personal-trainer', 'nutritionist', 'counsellor', 'beauty-therapist'],
  ],
  [
    'events-hospitality',
    'Events and hospitality',
    'Weddings, launches and conferences: the suppliers an organiser books together',
    ['event-planner', 'hotel-venue', 'caterer', 'florist', 'photographer', 'dj-entertainment'],
  ],
  [
    'finance',
    'Finance',
    "A business owner's money: accounts, cover, funding and the pension",
    ['accountant', 'financial-adviser', 'insurance-broker', 'business-finance-broker', 'solicitor'],
  ],
  [
    'marketing',
    'Marketing',
    'Getting a business seen: brand, words, pictures, web and print',
    [
      'graphic-designer',
      'web-designer',
      'digital-marketing',
      'copywriter',
      'photographer',
      'printer',
      'pr-consultant',
    ],
  ],
  [
    'technology',
    'Technology',
    'The office that works: IT, phones, security and software',
    ['it-support', 'cyber-security', 'telecoms', 'software-developer', 'office-supplies'],
  ],
];

export const POWER_GROUPS = POWER_GROUP_TABLE.map(([slug, name, description, industries]) => ({
  id: `pg-${slug}`,
  name,
  description,
  industryIds: industries.map(industryId).sort(),
}));
