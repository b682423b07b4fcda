import { pipelineCsv, pipelineVariables, ReferralPipeline } from '@powergroups/client/test';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';
import { GROUP_ID } from '../fixtures/sample-group.ts';

const person = (id: string, name: string) => ({ id, name });
const AOIFE = person('m-aoife', 'Aoife Byrne');
const BRIAN = person('m-brian', 'Brian Walsh');
const CIARA = person('m-ciara', 'Ciara Doyle');

const STALLED = {
  id: 'r-stalled',
  status: 'CONTACTED',
  value: null,
  createdAt: '2026-09-01T10:00:00Z',
  updatedAt: '2026-09-15T10:00:00Z',
  stalled: true,
  daysSinceUpdate: 68,
  giver: BRIAN,
  receiver: AOIFE,
  contact: { id: 'c-1', name: 'Lorna Morrissey' },
};
const WON = {
  id: 'r-won',
  status: 'WON',
  value: 2400,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  stalled: false,
  daysSinceUpdate: 2,
  giver: CIARA,
  receiver: AOIFE,
  contact: null,
};
const LATER = { ...WON, id: 'r-later', value: null, status: 'OFFERED', giver: AOIFE, receiver: BRIAN };

const ORGANISER = {
  id: 'm-aoife',
  name: 'Aoife Byrne',
  role: 'ORGANISER',
  group: { id: GROUP_ID, name: 'Dublin Central' },
};
const MEMBER = {
  id: 'm-brian',
  name: 'Brian Walsh',
  role: 'MEMBER',
  group: { id: GROUP_ID, name: 'Dublin Central' },
};

/** Two pages: the first two referrals, then one more after the cursor "c2". */
function api(me: typeof ORGANISER = ORGANISER) {
  return recordedApi({
    Viewer: viewerOf(me),
    ReferralPipeline: (variables: Record<string, unknown>) => ({
      referralPipeline: variables.after
        ? {
            totalCount: 3,
            pageInfo: { hasNextPage: false, endCursor: 'c3' },
            edges: [{ node: LATER }],
          }
        : {
            totalCount: 3,
            pageInfo: { hasNextPage: true, endCursor: 'c2' },
            edges: [{ node: STALLED }, { node: WON }],
          },
    }),
  });
}

const MEMBERS = [
  { id: 'm-aoife', label: 'Aoife Byrne', industryName: 'Mortgage intermediary' },
  { id: 'm-brian', label: 'Brian Walsh', industryName: 'Solicitor' },
  { id: 'm-ciara', label: 'Ciara Doyle', industryName: 'Accountant' },
];

function renderPipeline(me = ORGANISER) {
  const recorded = api(me);
  const onInspectMember = vi.fn();
  renderWithSession(
    <ReferralPipeline groupId={GROUP_ID} members={MEMBERS} onInspectMember={onInspectMember} />,
    recorded.ops,
  );
  const lastVariables = () =>
    recorded.calls.filter((call) => call.operation === 'ReferralPipeline').at(-1)?.variables;
  return { ...recorded, onInspectMember, lastVariables };
}

describe('ReferralPipeline', () => {
  it('lists the referrals with status, value, dates and the stalled flag, newest update first', async () => {
    const { lastVariables, onInspectMember } = renderPipeline();
    expect(await screen.findByText('stalled · 68 days without an update')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Referral pipeline' })).toBeTruthy();
    expect(screen.getByText('2 of 3 referrals')).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    const won = within(rows[2] as HTMLElement);
    expect(won.getByText('Won')).toBeTruthy();
    expect(won.getByText('€2,400')).toBeTruthy();
    expect(won.getByText('2 days ago')).toBeTruthy();
    expect(lastVariables()).toEqual({
      groupId: GROUP_ID,
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      first: 30,
    });
    expect(screen.getByRole('columnheader', { name: /Last update/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Brian Walsh' }));
    expect(onInspectMember).toHaveBeenCalledWith('m-brian');
  });

  it('sends each filter to the server as the API names it', async () => {
    const { lastVariables } = renderPipeline();
    await screen.findByText('2 of 3 referrals');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'OPEN' } });
    await waitFor(() =>
      expect(lastVariables()?.filter).toEqual({ statuses: ['OFFERED', 'CONTACTED', 'MEETING_BOOKED'] }),
    );
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'WENT_WRONG' } });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('Member'), { target: { value: 'm-ciara' } });
    fireEvent.click(screen.getByLabelText('Stalled only'));
    await waitFor(() =>
      expect(lastVariables()?.filter).toEqual({
        statuses: ['WENT_WRONG'],
        stalled: true,
        lastMonths: 6,
        memberId: 'm-ciara',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    // Back to the first answer (cached): every filter at "any" again.
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Stalled only') as HTMLInputElement).checked).toBe(false);
    expect(await screen.findByText('2 of 3 referrals')).toBeTruthy();
  });

  it('sorts on the server by the column heading clicked, and says so with aria-sort', async () => {
    const { lastVariables } = renderPipeline();
    await screen.findByText('2 of 3 referrals');
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    await waitFor(() => expect(lastVariables()?.orderBy).toEqual({ field: 'VALUE', direction: 'DESC' }));
    const value = screen.getByRole('columnheader', { name: /Value/ });
    await waitFor(() => expect(value.getAttribute('aria-sort')).toBe('descending'));
    expect(screen.getByRole('columnheader', { name: /Last update/ }).getAttribute('aria-sort')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    await waitFor(() => expect(lastVariables()?.orderBy).toEqual({ field: 'VALUE', direction: 'ASC' }));
    expect(value.getAttribute('aria-sort')).toBe('ascending');
    // Status sorts along the pipeline first (offered before won).
    fireEvent.click(screen.getByRole('button', { name: /^Status/ }));
    await waitFor(() => expect(lastVariables()?.orderBy).toEqual({ field: 'STATUS', direction: 'ASC' }));
  });

  it('loads the next page after the cursor and adds it below', async () => {
    const { lastVariables } = renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Load more (1 left)' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4));
    expect(lastVariables()?.after).toBe('c2');
    expect(screen.getByText('3 referrals')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Load more/ })).toBeNull();
  });

  it('is a member’s own referrals for someone who does not organise the group', async () => {
    renderPipeline(MEMBER);
    expect(await screen.findByRole('heading', { name: 'Your referrals' })).toBeTruthy();
    expect(screen.getByText(/the group’s organisers see everyone’s/)).toBeTruthy();
    // Their own name is no filter: the referrals are theirs already.
    await waitFor(() => {
      const options = [...(screen.getByLabelText('With member') as HTMLSelectElement).options];
      expect(options.map((option) => option.text)).toEqual(['With anyone', 'Aoife Byrne', 'Ciara Doyle']);
    });
  });
});

describe('pipelineCsv', () => {
  it('has one row per referral, with ISO days, the days without an update and the stalled flag', () => {
    const csv = pipelineCsv([STALLED, WON] as Parameters<typeof pipelineCsv>[0]);
    expect(csv.split('\r\n')).toEqual([
      'given,last update,days without update,from,to,about,status,value,stalled',
      '2026-09-01,2026-09-15,68,Brian Walsh,Aoife Byrne,Lorna Morrissey,Contacted,,yes',
      '2026-10-01,2026-11-20,2,Ciara Doyle,Aoife Byrne,,Won,2400,no',
      '',
    ]);
  });
});

describe('pipelineVariables', () => {
  it('leaves out the filters left at "any", and adds the cursor', () => {
    const none = { status: '' as const, stalledOnly: false, months: 0 as const, memberId: '' };
    expect(pipelineVariables('g', none, { field: 'CREATED_AT', direction: 'ASC' }, 'abc')).toEqual({
      groupId: 'g',
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
      first: 30,
      after: 'abc',
    });
    expect(
      pipelineVariables(
        'g',
        { ...none, status: 'WON', months: 12 },
        { field: 'UPDATED_AT', direction: 'DESC' },
      ).filter,
    ).toEqual({ statuses: ['WON'], lastMonths: 12 });
  });
});
