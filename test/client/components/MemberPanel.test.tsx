import { MemberPanel, partnersCsv, referralsCsv } from '@powergroups/client/test';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';
import { AOIFE } from '../fixtures/sample-group.ts';

const REFERRALS = [
  {
    id: 'r-1',
    giver: {
      id: 'm-brian',
      name: 'Brian Walsh',
      company: 'Walsh Ltd',
      industry: { id: 'ind-solicitor', name: 'Solicitor' },
    },
    receiver: {
      id: 'm-aoife',
      name: 'Aoife Byrne',
      company: 'Byrne Mortgages',
      industry: { id: 'ind-mortgage', name: 'Mortgage intermediary' },
    },
    contact: null,
    status: 'MEETING_BOOKED',
    value: null,
    notes: null,
    hotness: 4,
    createdAt: '2025-09-01T10:00:00Z',
    updatedAt: '2025-09-01T10:00:00Z',
    stalled: true,
    statusChoices: [],
  },
];

const PARTNERS = [
  {
    member: {
      id: 'm-brian',
      name: 'Brian Walsh',
      company: 'Walsh Ltd',
      industry: { id: 'ind-solicitor', name: 'Solicitor' },
    },
    score: 0.82,
    breakdown: { synergy: 0.9, relationship: 0.7, trust: 0.8, reciprocity: 0.6 },
    reasons: [
      'Solicitors and mortgage intermediaries serve the same buyers.',
      'Brian has passed you 3 referrals.',
    ],
    action: 'PASS_REFERRAL',
  },
  {
    member: {
      id: 'm-declan',
      name: 'Declan Ryan',
      company: 'Ryan Ltd',
      industry: { id: 'ind-estate', name: 'Estate agent' },
    },
    score: 0.64,
    breakdown: { synergy: 0.8, relationship: 0, trust: 0.5, reciprocity: 0.5 },
    reasons: ['High synergy but no one-to-one yet.'],
    action: 'BOOK_ONE_TO_ONE',
  },
];

function api(me: unknown = null) {
  return recordedApi({
    Member: { member: AOIFE },
    ReferralPartners: { referralPartners: PARTNERS },
    // As the server answers: its giver (Brian) may withdraw it, nobody else here may move it.
    Referrals: {
      referrals: REFERRALS.map((referral) => ({
        ...referral,
        statusChoices: (me as { id?: string } | null)?.id === referral.giver.id ? ['WITHDRAWN'] : [],
      })),
    },
    Viewer: viewerOf(me as Parameters<typeof viewerOf>[0]),
  });
}

const handlers = () => ({
  expanded: false,
  onSelectMember: vi.fn(),
  onToggleExpand: vi.fn(),
  onRecordReferral: vi.fn(),
  onBookOneToOne: vi.fn(),
  onReferralUpdated: vi.fn(),
  onOneToOneChanged: vi.fn(),
});

describe('MemberPanel', () => {
  it('shows the profile, who they want and do not want to meet, and trust signals', async () => {
    renderWithSession(<MemberPanel memberId="m-aoife" {...handlers()} />, api().ops);
    expect(await screen.findByRole('heading', { name: /Aoife Byrne/ })).toBeTruthy();
    expect(screen.getByText('Byrne Mortgages')).toBeTruthy();
    expect(screen.getByText('Conveyancing solicitors')).toBeTruthy();
    expect(screen.getByText('Crypto lenders')).toBeTruthy();
    expect(screen.getByText('One-to-ones').previousElementSibling?.textContent).toBe('7');
    // The value won is hidden from this caller: no tile at all rather than a zero.
    expect(screen.queryByText('Value won')).toBeNull();
  });

  it('lists suggested partners with their reasons, and referral history with status and the stalled flag', async () => {
    renderWithSession(<MemberPanel memberId="m-aoife" {...handlers()} />, api().ops);
    expect(await screen.findByText('Brian has passed you 3 referrals.')).toBeTruthy();
    expect(screen.getByText('High synergy but no one-to-one yet.')).toBeTruthy();
    expect(await screen.findByText('Meeting booked')).toBeTruthy();
    expect(screen.getByText(/stalled, no update in 14 days/)).toBeTruthy();
  });

  it('shows no write controls to an anonymous caller', async () => {
    renderWithSession(<MemberPanel memberId="m-aoife" {...handlers()} />, api().ops);
    await screen.findByText('Meeting booked');
    expect(screen.queryByRole('button', { name: /Record a referral/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
  });

  it('lets a signed-in member act on a suggestion', async () => {
    const props = handlers();
    const { ops } = api({ id: 'm-brian', name: 'Brian Walsh', role: 'MEMBER', group: null });
    renderWithSession(<MemberPanel memberId="m-aoife" {...props} />, ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Record a referral to Aoife' }));
    expect(props.onRecordReferral).toHaveBeenCalledWith('m-brian', 'm-aoife');
    fireEvent.click((await screen.findAllByRole('button', { name: 'Book a one-to-one' }))[0] as HTMLElement);
    expect(props.onBookOneToOne).toHaveBeenCalledWith('m-brian', 'm-aoife');
    // Brian gave the referral, so he may withdraw it (its outcome is Aoife's to report).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Update' })).toBeTruthy());
    const choices = screen.getByLabelText('Status').querySelectorAll('option');
    expect([...choices].map((option) => option.textContent)).toEqual(['Meeting booked', 'Withdrawn']);
  });

  it('says whom the member competes with and why, in plain words, and opens them on a click', async () => {
    const props = handlers();
    const { ops } = recordedApi({
      Member: {
        member: {
          ...AOIFE,
          competitors: [
            {
              member: { id: 'm-conor', name: 'Conor Fitzgerald' },
              why: 'COMPETES_WITH',
              industry: { id: 'ind-adviser', name: 'Financial adviser' },
              competesWithIndustry: { id: 'ind-mortgage', name: 'Mortgage intermediary' },
            },
            {
              member: { id: 'm-orla', name: 'Orla Byrne' },
              why: 'SAME_INDUSTRY',
              industry: { id: 'ind-mortgage', name: 'Mortgage intermediary' },
              competesWithIndustry: { id: 'ind-mortgage', name: 'Mortgage intermediary' },
            },
          ],
        },
      },
      ReferralPartners: { referralPartners: PARTNERS },
      Referrals: { referrals: [] },
    });
    renderWithSession(<MemberPanel memberId="m-aoife" {...props} />, ops);
    const section = await screen.findByRole('region', { name: 'Competes with' });
    const items = [...section.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Conor FitzgeraldFinancial adviser competes with Mortgage intermediary',
      'Orla Byrnesame industry: Mortgage intermediary',
    ]);
    expect(section.textContent).toContain('Never suggested as referral partners');
    fireEvent.click(screen.getByRole('button', { name: 'Conor Fitzgerald' }));
    expect(props.onSelectMember).toHaveBeenCalledWith('m-conor');
  });

  it('says so when the member competes with nobody in the group', async () => {
    renderWithSession(<MemberPanel memberId="m-aoife" {...handlers()} />, api().ops);
    const section = await screen.findByRole('region', { name: 'Competes with' });
    expect(section.textContent).toContain('Competes with nobody in this group.');
    expect(section.querySelectorAll('li')).toHaveLength(0);
  });

  it('says so when the member cannot be seen', async () => {
    const { ops } = recordedApi({
      Member: { member: null },
      ReferralPartners: { referralPartners: [] },
      Referrals: { referrals: [] },
    });
    renderWithSession(<MemberPanel memberId="m-x" {...handlers()} />, ops);
    expect(await screen.findByText(/not in the directory/)).toBeTruthy();
  });

  it('lists booked one-to-ones: one whose day has come can be marked held, any can be cancelled', async () => {
    const props = handlers();
    const planned = (id: string, on: string) => ({
      id,
      on,
      status: 'PLANNED',
      members: [
        { id: 'm-aoife', name: 'Aoife Byrne' },
        { id: 'm-brian', name: 'Brian Walsh' },
      ],
    });
    const { ops, calls } = recordedApi({
      Member: {
        member: {
          ...AOIFE,
          plannedOneToOnes: [planned('oto-1', '2026-12-01'), planned('oto-2', '2099-01-01')],
        },
      },
      ReferralPartners: { referralPartners: [] },
      Referrals: { referrals: [] },
      Viewer: viewerOf({ id: 'm-aoife', name: 'Aoife Byrne', role: 'ORGANISER', group: null }),
      UpdateOneToOne: {
        updateOneToOne: { __typename: 'UpdateOneToOneSuccess', data: planned('oto-1', '2026-12-01') },
      },
    });
    renderWithSession(<MemberPanel memberId="m-aoife" {...props} />, ops);
    const region = await screen.findByRole('region', { name: 'Booked one-to-ones' });
    expect(region.textContent).toContain('Brian Walsh');
    // The one in 2099 cannot be marked held yet: one "Mark held", two "Cancel".
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Mark held' })).toHaveLength(1));
    expect(screen.getAllByRole('button', { name: /^Cancel the one-to-one/ })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Mark held' }));
    await waitFor(() =>
      expect(props.onOneToOneChanged).toHaveBeenCalledWith('One-to-one with Brian Walsh marked held.'),
    );
    expect(calls.find((call) => call.operation === 'UpdateOneToOne')?.variables).toEqual({
      input: { oneToOneId: 'oto-1', status: 'HELD' },
    });
  });
});

describe('the member panel’s lists as CSV', () => {
  type Partners = Parameters<typeof partnersCsv>[0];
  type Referrals = Parameters<typeof referralsCsv>[1];
  const FORMULA = '=HYPERLINK("http://evil.example","click")';
  const DEFUSED = `"'=HYPERLINK(""http://evil.example"",""click"")"`;

  it('downloads the suggested partners with their score, next step and reasons', () => {
    expect(
      partnersCsv(PARTNERS as Partners)
        .trim()
        .split('\r\n'),
    ).toEqual([
      'name,company,industry,score,next step,reasons',
      'Brian Walsh,Walsh Ltd,Solicitor,82,Pass a referral,Solicitors and mortgage intermediaries serve the same buyers.; Brian has passed you 3 referrals.',
      'Declan Ryan,Ryan Ltd,Estate agent,64,Book a one-to-one,High synergy but no one-to-one yet.',
    ]);
  });

  it('downloads the referral history from the member’s side: given or received, status, stalled', () => {
    const given = {
      ...REFERRALS[0],
      id: 'r-2',
      giver: REFERRALS[0]?.receiver,
      receiver: REFERRALS[0]?.giver,
    };
    expect(
      referralsCsv('m-aoife', [
        ...REFERRALS,
        { ...given, status: 'WON', value: 1200, stalled: false },
      ] as Referrals)
        .trim()
        .split('\r\n'),
    ).toEqual([
      'date,direction,from,to,about,status,value,stalled',
      '2025-09-01,received,Brian Walsh,Aoife Byrne,,Meeting booked,,yes',
      '2025-09-01,given,Aoife Byrne,Brian Walsh,,Won,1200,no',
    ]);
  });

  it('defuses names a spreadsheet would run as a formula', () => {
    const partner = { ...PARTNERS[0], member: { ...PARTNERS[0]?.member, name: FORMULA } };
    expect(partnersCsv([partner] as Partners)).toContain(`\r\n${DEFUSED},Walsh Ltd,`);
    const referral = { ...REFERRALS[0], contact: { id: 'c-1', name: FORMULA } };
    expect(referralsCsv('m-aoife', [referral] as Referrals)).toContain(
      `,Aoife Byrne,${DEFUSED},Meeting booked,`,
    );
  });

  it('offers both lists as CSV beside their headings', async () => {
    renderWithSession(<MemberPanel memberId="m-aoife" {...handlers()} />, api().ops);
    const partners = await screen.findByRole('button', {
      name: 'Download Aoife’s suggested partners as CSV',
    });
    const history = await screen.findByRole('button', { name: 'Download Aoife’s referral history as CSV' });
    expect(partners.textContent).toBe('CSV');
    expect(history.closest('.section-head')?.querySelector('h3')?.textContent).toBe('Referral history');
  });
});
