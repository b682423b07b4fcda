// Ids in the sample dataset that tests (and demos) rely on. test/unit/seed-sample.test.ts checks
// every claim below against the data, so a hand edit that breaks one fails the tests.

export const SAMPLE_FACTS = {
  /** "today" for the sample: dates run 2025-12-01 … 2026-11-21; stalled = open and not updated for 14 days */
  now: '2026-11-22T12:00:00Z',
  /** the main sample group, Southside Connect (Dublin, Tuesdays) */
  groupId: 'grp-southside-connect',
  /** the other two groups of the region */
  otherGroupIds: ['grp-liffey-partners', 'grp-harbour-professionals'],
  /** the industry with synonyms "mortgage broker" and "mortgage advisor" */
  mortgageIndustryId: 'ind-mortgage-intermediary',
  /** Aoife Byrne, the mortgage intermediary in the main group */
  mortgageIntermediaryId: 'mem-aoife-byrne',
  /** Declan Murphy, accountant: synergy 0.85 with Aoife, joined 2025-09, no one-to-one or referral with her yet ("book a one-to-one") */
  accountantId: 'mem-declan-murphy',
  /** Siobhán Kelly, solicitor: synergy 0.9, a one-to-one and referrals both ways with Aoife */
  solicitorId: 'mem-siobhan-kelly',
  /** Brian Walsh, auctioneer / estate agent: synergy 0.95, two one-to-ones with Aoife, knows a mortgage contact */
  estateAgentId: 'mem-brian-walsh',
  /** a high-synergy partner of Aoife with no one-to-one and no referral between them */
  noTieHighSynergyId: 'mem-declan-murphy',
  /** Conor Fitzgerald, financial adviser: his industry COMPETES_WITH mortgage intermediary; in two minds about Aoife */
  competitorOfMortgageId: 'mem-conor-fitzgerald',
  /** exactly the members of the main group (not mortgage intermediaries) who KNOW a mortgage-intermediary contact */
  knowsMortgageContactIds: ['mem-brian-walsh', 'mem-ruth-daly'],
  /** Maeve Quinn, surveyor: knows no mortgage contact, had a one-to-one with Brian (who does) */
  twoHopMortgageId: 'mem-maeve-quinn',
  /** Pádraig Ryan, chapter director (ORGANISER of the main group) */
  organiserId: 'mem-padraig-ryan',
  /** Fiona Doyle, the other ORGANISER of the main group */
  secondOrganiserId: 'mem-fiona-doyle',
  /** Niamh O'Connor, networking trainer: gives the most referrals in the group (8) */
  networkingTrainerId: 'mem-niamh-oconnor',
  /** Shane → Declan about Lorna Morrissey: CONTACTED, last update 2026-09-15, Shane never followed up */
  stalledReferralId: 'ref-power-murphy-morrissey',
  /** every open referral of the sample whose last update is more than 14 days before `now` */
  stalledReferralIds: [
    'ref-barry-cotter-finn',
    'ref-brennan-power-price',
    'ref-cullen-gallagher-tracey',
    'ref-kavanagh-walsh-fahy',
    'ref-maher-hughes-morris',
    'ref-oconnor-murphy-carey',
    'ref-power-murphy-morrissey',
    'ref-reilly-mccarthy-grant',
  ],
  /** open referrals updated in the ten days before `now` (not stalled) */
  recentOpenReferralIds: [
    'ref-byrne-kelly-boyce',
    'ref-byrne-walsh-boyce',
    'ref-brennan-doyle-kirwan',
    'ref-corrigan-toal-dowd',
    'ref-crowe-heffernan-fallon',
    'ref-daly-nevin-corcoran',
    'ref-doyle-oconnor-hurley',
    'ref-fitzgerald-murphy-ahern',
    'ref-oconnor-carroll-marsh',
    'ref-oconnor-tierney-marsh',
  ],
  /** Brian → Karl (electrician) about John Leahy: WENT_WRONG, Karl missed two appointments */
  wentWrongReferralId: 'ref-walsh-hughes-leahy',
  /** Siobhán → Aoife about Paul Geraghty: WON, value 2400 */
  wonReferralId: 'ref-kelly-byrne-geraghty',
  /** Liam Brennan, printer: gave 7 referrals, received 1 */
  givesMuchReceivesLittleId: 'mem-liam-brennan',
  /** the curated power group with gaps in the main group */
  gapPowerGroupId: 'pg-home-improvement',
  /** exactly the industries of gapPowerGroupId that no member of the main group holds */
  gapIndustryIds: ['ind-landscaper', 'ind-plumber'],
  /** members of the main group who know a contact in each gap industry (could invite one) */
  gapInviterIds: {
    'ind-landscaper': ['mem-michael-cullen'],
    'ind-plumber': ['mem-eoin-gallagher', 'mem-paul-dunne'],
  },
  /** a power group the main group fills completely */
  fullPowerGroupId: 'pg-property',
} as const;
