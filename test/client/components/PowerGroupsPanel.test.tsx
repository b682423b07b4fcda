import { gapsCsv, type PowerGroupReport, PowerGroupsPanel, powerGroupsCsv } from '@powergroups/client/test';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const ref = (id: string, name: string) => ({ id, name });
// A member as the API names one (MemberRef): their company and industry are beside the point here.
const memberRef = (id: string, name: string) => ({ ...ref(id, name), company: 'Ltd', industry: null });

const REPORT: PowerGroupReport = {
  groupId: 'g',
  powerGroups: [
    {
      powerGroup: { id: 'pg-property', name: 'Property', description: '', industries: [] },
      status: 'PARTIAL',
      coverage: 0.6,
      filled: [
        { industry: ref('ind-solicitor', 'Solicitor'), members: [memberRef('m-brian', 'Brian Walsh')] },
      ],
      gaps: [
        {
          industry: ref('ind-surveyor', 'Surveyor'),
          inviters: [{ member: memberRef('m-declan', 'Declan Ryan'), contacts: 2 }],
        },
        { industry: ref('ind-removals', 'Removals'), inviters: [] },
      ],
    },
  ],
  communities: [
    {
      id: 0,
      members: [memberRef('m-brian', 'Brian Walsh'), memberRef('m-aoife', 'Aoife Byrne')],
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

  it('downloads the gaps alone as CSV: one row per gap, with who could invite', () => {
    expect(gapsCsv(REPORT).trim().split('\r\n')).toEqual([
      'power group,missing industry,could invite',
      'Property,Surveyor,Declan Ryan (2)',
      'Property,Removals,',
    ]);
    const [standing] = REPORT.powerGroups;
    if (!standing) throw new Error('the report has a power group');
    const evil = { ...standing, powerGroup: { ...standing.powerGroup, name: '=HYPERLINK("http://x")' } };
    expect(gapsCsv({ ...REPORT, powerGroups: [evil] })).toContain(
      `\r\n"'=HYPERLINK(""http://x"")",Surveyor,`,
    );
  });

  it('offers the gaps CSV beside the full one, and not when nothing is missing', () => {
    const props = { onSelectMember: vi.fn(), onFilterPowerGroup: vi.fn(), activeFilter: [] };
    const { unmount } = render(<PowerGroupsPanel report={REPORT} {...props} />);
    expect(screen.getByRole('button', { name: 'Download gaps CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();
    unmount();
    const full = {
      ...REPORT,
      powerGroups: REPORT.powerGroups.map((standing) => ({ ...standing, gaps: [] })),
    };
    render(<PowerGroupsPanel report={full} {...props} />);
    expect(screen.queryByRole('button', { name: 'Download gaps CSV' })).toBeNull();
  });
});
