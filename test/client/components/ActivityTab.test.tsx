import { ActivityTab, activityCsv, byBalance } from '@powergroups/client/test';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';
import { ACTIVITY, GROUP_ID } from '../fixtures/sample-group.ts';

const ORGANISER = {
  id: 'm-aoife',
  name: 'Aoife Byrne',
  role: 'ORGANISER',
  group: { id: GROUP_ID, name: 'Dublin Central' },
};
const MEMBER = {
  id: 'm-ciara',
  name: 'Ciara Doyle',
  role: 'MEMBER',
  group: { id: GROUP_ID, name: 'Dublin Central' },
};

/** What a member gets: their own closed business only, none of the group's. */
const AS_MEMBER = {
  ...ACTIVITY,
  members: ACTIVITY.members.map((entry) => ({
    ...entry,
    valueWon: entry.member.id === 'm-ciara' ? 900 : null,
  })),
  totals: { ...ACTIVITY.totals, valueWon: null },
  months: ACTIVITY.months.map((month) => ({ ...month, valueWon: null })),
};

function renderTab(me = ORGANISER, period = 'LAST_3_MONTHS' as const) {
  const recorded = recordedApi({
    Viewer: viewerOf(me),
    GroupActivity: { groupActivity: me === ORGANISER ? ACTIVITY : AS_MEMBER },
  });
  const onPeriod = vi.fn();
  const onInspectMember = vi.fn();
  renderWithSession(
    <ActivityTab groupId={GROUP_ID} period={period} onPeriod={onPeriod} onInspectMember={onInspectMember} />,
    recorded.ops,
  );
  return { ...recorded, onPeriod, onInspectMember };
}

describe('ActivityTab', () => {
  it('shows the charts, the lights with their reasons (red first) and the rules, for an organiser', async () => {
    const { calls, onInspectMember } = renderTab();
    expect(
      await screen.findByRole('img', {
        name: /Referrals given and received by each member in the last 3 months/,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /Value won by month in the last 3 months/ })).toBeTruthy();
    expect(calls.find((call) => call.operation === 'GroupActivity')?.variables).toEqual({
      groupId: GROUP_ID,
      period: 'LAST_3_MONTHS',
    });
    expect(screen.getByText('(€5,100)')).toBeTruthy();
    const rows = screen.getAllByRole('row').filter((row) => row.classList.contains('activity-row'));
    // Red, amber, green (by name within a light).
    expect(rows.map((row) => within(row).queryByRole('button')?.textContent)).toEqual([
      'Declan Ryan',
      'Ciara Doyle',
      'Aoife Byrne',
      'Brian Walsh',
    ]);
    const ciara = within(rows[1] as HTMLElement);
    expect(ciara.getByText('amber')).toBeTruthy();
    expect(
      within(rows[1]?.nextElementSibling as HTMLElement).getByText(
        'gave 0 referrals in 3 months (green needs 1); 1 referral received is stalled',
      ),
    ).toBeTruthy();
    expect(ciara.getByText('€900')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Value' })).toBeTruthy();
    // The rules, in the words the server applies them by.
    const rules = screen.getByRole('region', { name: 'How the lights are set' });
    expect(within(rules).getByText(/Gave no referral and held no one-to-one in the period/)).toBeTruthy();
    expect(within(rules).getByText(/6 months: 2 referrals and 2 one-to-ones/)).toBeTruthy();
    fireEvent.click(ciara.getByRole('button', { name: 'Ciara Doyle' }));
    // Everyone gave or received: no one is left off the chart.
    expect(screen.queryByText(/Neither gave nor received/)).toBeNull();
    expect(onInspectMember).toHaveBeenCalledWith('m-ciara');
  });

  it('keeps closed business from a member: no value column, won counts by month instead', async () => {
    renderTab(MEMBER);
    expect(await screen.findByRole('img', { name: /Referrals given and won by month/ })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'Value' })).toBeNull();
    expect(screen.queryByText('€900')).toBeNull();
    expect(screen.getByText(/Closed business shows to the group’s organisers/)).toBeTruthy();
  });

  it('asks for another period through the URL’s setter', async () => {
    const { onPeriod } = renderTab();
    await screen.findByText('(€5,100)');
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'LAST_12_MONTHS' } });
    expect(onPeriod).toHaveBeenCalledWith('LAST_12_MONTHS');
  });

  it('offers the month chart as a table', async () => {
    renderTab();
    await screen.findByText('(€5,100)');
    const table = screen.getByText('Show as a table').closest('details') as HTMLElement;
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByText('€2,400')).toBeTruthy();
  });
});

describe('activityCsv', () => {
  it('has a row a member with the light and why; the value column only when asked', () => {
    const withValue = activityCsv(ACTIVITY, true).split('\r\n');
    expect(withValue[0]).toBe('member,industry,given,received,won,value won,one-to-ones,stalled,light,why');
    expect(withValue[3]).toBe(
      'Ciara Doyle,,0,2,1,900,1,1,amber,gave 0 referrals in 3 months (green needs 1); 1 referral received is stalled',
    );
    const without = activityCsv(AS_MEMBER, false).split('\r\n');
    expect(without[0]).toBe('member,industry,given,received,won,one-to-ones,stalled,light,why');
    expect(without.join('\n')).not.toContain('900');
  });
});

describe('byBalance', () => {
  it('puts who gives most beyond what they receive first, who receives most beyond what they give last', () => {
    const order = byBalance(
      ACTIVITY.members.map((entry) => ({
        id: entry.member.id,
        name: entry.member.name,
        given: entry.given,
        received: entry.received,
      })),
    ).map((row) => row.name);
    expect(order).toEqual(['Brian Walsh', 'Aoife Byrne', 'Declan Ryan', 'Ciara Doyle']);
  });
});
