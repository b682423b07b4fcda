import { type PowerGroupReport, PowerGroupsPanel, powerGroupsCsv } from '@powergroups/client/test';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const ref = (id: string, name: string) => ({ id, name });

const REPORT: PowerGroupReport = {
  groupId: 'g',
  powerGroups: [
    {
      powerGroup: { id: 'pg-property', name: 'Property', description: '', industries: [] },
      status: 'PARTIAL',
      coverage: 0.6,
      filled: [{ industry: ref('ind-solicitor', 'Solicitor'), members: [ref('m-brian', 'Brian Walsh')] }],
      gaps: [
        {
          industry: ref('ind-surveyor', 'Surveyor'),
          inviters: [{ member: ref('m-declan', 'Declan Ryan'), contacts: 2 }],
        },
        { industry: ref('ind-removals', 'Removals'), inviters: [] },
      ],
    },
  ],
  communities: [
    {
      id: 0,
      members: [ref('m-brian', 'Brian Walsh'), ref('m-aoife', 'Aoife Byrne')],
      bestMatch: ref('pg-property', 'Property'),
      jaccard: 0.5,
    },
  ],
};

describe('PowerGroupsPanel', () => {
  it('shows each power group’s members, gaps and whom to ask for an invite', () => {
    const onSelectMember = vi.fn();
    render(
      <PowerGroupsPanel
        report={REPORT}
        onSelectMember={onSelectMember}
        onFilterPowerGroup={vi.fn()}
        activeFilter={[]}
      />,
    );
    const card = screen.getByRole('region', { name: 'Property' });
    expect(within(card).getByText('Partial')).toBeTruthy();
    expect(within(card).getByText('Surveyor').closest('li')?.textContent).toContain(
      'could invite: Declan Ryan (2)',
    );
    expect(within(card).getByText('Removals').closest('li')?.textContent).toContain('nobody knows one yet');
    fireEvent.click(within(card).getByRole('button', { name: 'Declan Ryan' }));
    expect(onSelectMember).toHaveBeenCalledWith('m-declan');
  });

  it('shows the detected communities beside the curated ones', () => {
    render(
      <PowerGroupsPanel
        report={REPORT}
        onSelectMember={vi.fn()}
        onFilterPowerGroup={vi.fn()}
        activeFilter={[]}
      />,
    );
    const communities = screen.getByRole('region', { name: 'Detected communities' });
    expect(within(communities).getByText(/closest to Property \(50% overlap\)/)).toBeTruthy();
  });

  it('downloads every seat as CSV: who fills it, or who could invite for a gap', () => {
    expect(powerGroupsCsv(REPORT).trim().split('\r\n')).toEqual([
      'power group,status,industry,seat,members,could invite',
      'Property,Partial,Solicitor,filled,Brian Walsh,',
      'Property,Partial,Surveyor,gap,,Declan Ryan (2)',
      'Property,Partial,Removals,gap,,',
    ]);
  });
});
