import { gapsCsv, type PowerGroupReport, PowerGroupsPanel, powerGroupsCsv } from '@powergroups/client/test';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';

const ref = (id: string, name: string) => ({ id, name });
const TODAY = '2026-12-09';

type GapContact = PowerGroupReport['gaps'][number]['contacts'][number];

// Pat is named to the caller (an organiser, or the member who knows him) and was invited on
// 2 Dec; Michael's landscaper is someone else's contact: the caller sees whose, not who.
const PAT: GapContact = {
  contact: { ...ref('con-pat', 'Pat Byrne'), company: 'Byrne Plumbing' },
  knownBy: [
    { member: ref('m-fiona', 'Fiona Doyle'), strength: 4 },
    { member: ref('m-declan', 'Declan Ryan'), strength: 2 },
  ],
  strength: 4,
  candidate: {
    status: 'INVITED',
    invitedOn: '2026-12-02',
    visitedOn: null,
    joinedOn: null,
    declinedOn: null,
  },
  statusChoices: ['VISITED', 'DECLINED'],
};
const HIDDEN: GapContact = {
  contact: null,
  knownBy: [{ member: ref('m-michael', 'Michael Cullen'), strength: 4 }],
  strength: 4,
  candidate: null,
  statusChoices: [],
};

const REPORT: PowerGroupReport = {
  groupId: 'grp-southside',
  powerGroups: [
    {
      powerGroup: { id: 'pg-property', name: 'Property' },
      status: 'PARTIAL',
      coverage: 0.6,
      filled: [{ industry: ref('ind-solicitor', 'Solicitor'), members: [ref('m-brian', 'Brian Walsh')] }],
      gaps: [
        {
          industry: ref('ind-plumber', 'Plumber'),
          inviters: [
            { member: ref('m-fiona', 'Fiona Doyle'), contacts: 1 },
            { member: ref('m-declan', 'Declan Ryan'), contacts: 2 },
          ],
        },
        {
          industry: ref('ind-landscaper', 'Landscaper'),
          inviters: [{ member: ref('m-michael', 'Michael Cullen'), contacts: 1 }],
        },
        { industry: ref('ind-removals', 'Removals'), inviters: [] },
      ],
      recruitingTargets: [ref('ind-removals', 'Removals')],
    },
  ],
  gaps: [
    { industry: ref('ind-plumber', 'Plumber'), contacts: [PAT] },
    { industry: ref('ind-landscaper', 'Landscaper'), contacts: [HIDDEN] },
    { industry: ref('ind-removals', 'Removals'), contacts: [] },
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

type Props = ComponentProps<typeof PowerGroupsPanel>;
const props = (more: Partial<Props> = {}): Props => ({
  report: REPORT,
  onSelectMember: vi.fn(),
  onFilterPowerGroup: vi.fn(),
  activeFilter: [],
  onWrite: vi.fn(),
  today: TODAY,
  ...more,
});

/** The panel as an organiser sees it, over a recorded API that answers setCandidateStatus. */
function renderPanel(more: Partial<Props> = {}, answer?: unknown) {
  const api = recordedApi({
    Viewer: viewerOf({ id: 'm-padraig', name: 'Pádraig Ryan', role: 'ORGANISER', group: null }),
    SetCandidateStatus: (variables: Record<string, unknown>) =>
      answer ?? {
        setCandidateStatus: {
          __typename: 'SetCandidateStatusSuccess',
          data: { ...PAT.candidate, ...(variables.input as object) },
        },
      },
  });
  const all = props(more);
  const view = renderWithSession(<PowerGroupsPanel {...all} />, api.ops);
  return { ...api, props: all, view };
}

/** The gap's row in the Property card. */
const rowOf = (industry: string): HTMLElement => {
  const rows = [...screen.getByRole('region', { name: 'Property' }).querySelectorAll<HTMLElement>('li.gap')];
  const found = rows.find((li) => li.querySelector('.seat-industry')?.textContent === industry);
  if (!found) throw new Error(`no gap row for ${industry}`);
  return found;
};

describe('PowerGroupsPanel', () => {
  it('shows each gap’s people: who they are, who knows them and how well, and how the invitation goes', () => {
    const { props: given } = renderPanel();
    const card = screen.getByRole('region', { name: 'Property' });
    expect(within(card).getByText('Partial')).toBeTruthy();
    const plumber = rowOf('Plumber');
    expect(plumber.textContent).toContain('2 members know someone to invite');
    const pat = within(plumber).getByText('Pat Byrne').closest('li');
    expect(pat?.querySelector('.gap-contact-line')?.textContent).toBe(
      'Pat Byrne (plumber) — known by Fiona Doyle, strength 4/5; Declan Ryan, strength 2/5 — Invited 2 Dec',
    );
    fireEvent.click(within(plumber).getByRole('button', { name: 'Fiona Doyle' }));
    expect(given.onSelectMember).toHaveBeenCalledWith('m-fiona');
  });

  it('offers the organiser to add a candidate who joined to the roster, in the gap’s industry', () => {
    const joined: GapContact = {
      ...PAT,
      candidate: {
        ...PAT.candidate,
        status: 'JOINED',
        visitedOn: '2026-12-05',
        joinedOn: '2026-12-08',
      } as GapContact['candidate'],
      statusChoices: [],
    };
    const report = {
      ...REPORT,
      gaps: REPORT.gaps.map((gap) =>
        gap.industry.id === 'ind-plumber' ? { ...gap, contacts: [joined] } : gap,
      ),
    };
    const onAddToRoster = vi.fn();
    renderPanel({ report, onAddToRoster });
    fireEvent.click(within(rowOf('Plumber')).getByRole('button', { name: 'Add Pat Byrne to the roster' }));
    expect(onAddToRoster).toHaveBeenCalledWith({
      name: 'Pat Byrne',
      company: 'Byrne Plumbing',
      industryId: 'ind-plumber',
    });
    // Without the organiser's callback (a member who knows Pat) there is nothing to add.
    renderPanel({ report });
    expect(screen.getAllByRole('button', { name: 'Add Pat Byrne to the roster' })).toHaveLength(1);
  });

  it('shows someone else’s contact as theirs, unnamed and with nothing to do', () => {
    renderPanel();
    const landscaper = rowOf('Landscaper');
    expect(landscaper.querySelector('.gap-contact-line')?.textContent).toBe(
      'a contact of Michael Cullen, strength 4/5',
    );
    expect(within(landscaper).queryByRole('form')).toBeNull();
    expect(within(landscaper).queryByRole('button', { name: /Mark/ })).toBeNull();
  });

  it('lists the industries nobody can reach as recruiting targets, in plain words', () => {
    renderPanel();
    expect(rowOf('Removals').textContent).toContain(
      'recruiting target: nobody in the group is, or knows, someone in removals',
    );
    const targets = screen.getByRole('region', { name: 'Recruiting targets' });
    expect(targets.textContent).toContain(
      'Removals (Property): nobody in the group is, or knows, someone in removals',
    );
  });

  it('marks a candidate visited on the day chosen, then says so and reloads', async () => {
    const { calls, props: given } = renderPanel();
    const form = screen.getByRole('form', { name: 'Invitation of Pat Byrne' });
    expect(
      within(form)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Mark visited', 'Mark declined']);
    fireEvent.change(within(form).getByLabelText('On'), { target: { value: '2026-12-08' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Mark visited' }));
    await waitFor(() => expect(given.onWrite).toHaveBeenCalledWith('Pat Byrne marked visited on 8 Dec.'));
    expect(
      calls.filter((call) => call.operation === 'SetCandidateStatus').map((call) => call.variables.input),
    ).toEqual([{ contactId: 'con-pat', groupId: 'grp-southside', status: 'VISITED', on: '2026-12-08' }]);
  });

  it('says the pipeline’s rule beside the date before sending: not before the invitation, not to come', async () => {
    const { calls } = renderPanel();
    const form = screen.getByRole('form', { name: 'Invitation of Pat Byrne' });
    const day = within(form).getByLabelText('On');
    fireEvent.change(day, { target: { value: '2026-12-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Mark visited' }));
    await waitFor(() =>
      expect(
        within(form).getByText(/They were invited on 2026-12-02: choose that day or later/),
      ).toBeTruthy(),
    );
    expect(day.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(day, { target: { value: '2026-12-10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Mark declined' }));
    await waitFor(() => expect(within(form).getByText(/2026-12-10 is still to come/)).toBeTruthy());
    expect(calls.some((call) => call.operation === 'SetCandidateStatus')).toBe(false);
  });

  it('shows the server’s refusal beside the field it names', async () => {
    const refusal = {
      setCandidateStatus: {
        __typename: 'ValidationError',
        message: 'Invalid input',
        fieldErrors: [{ path: ['input', 'status'], message: 'They have already declined: that is final' }],
      },
    };
    const { props: given } = renderPanel({}, refusal);
    const form = screen.getByRole('form', { name: 'Invitation of Pat Byrne' });
    fireEvent.click(within(form).getByRole('button', { name: 'Mark visited' }));
    await waitFor(() =>
      expect(within(form).getByText('They have already declined: that is final')).toBeTruthy(),
    );
    expect(given.onWrite).not.toHaveBeenCalled();
  });

  it('shows the detected communities beside the curated ones', () => {
    renderPanel();
    const communities = screen.getByRole('region', { name: 'Detected communities' });
    expect(within(communities).getByText(/closest to Property \(50% overlap\)/)).toBeTruthy();
  });

  it('downloads every seat as CSV: who fills it, or who could invite for a gap', () => {
    expect(powerGroupsCsv(REPORT).trim().split('\r\n')).toEqual([
      'power group,status,industry,seat,members,could invite',
      'Property,Partial,Solicitor,filled,Brian Walsh,',
      'Property,Partial,Plumber,gap,,Fiona Doyle (1); Declan Ryan (2)',
      'Property,Partial,Landscaper,gap,,Michael Cullen (1)',
      'Property,Partial,Removals,gap,,',
    ]);
  });

  it('downloads the gaps as CSV: one row per person members know in them, with their latest step', () => {
    expect(gapsCsv(REPORT).trim().split('\r\n')).toEqual([
      'power group,missing industry,could invite,contact,known by,status,status on',
      'Property,Plumber,Fiona Doyle (1); Declan Ryan (2),Pat Byrne,Fiona Doyle (4/5); Declan Ryan (2/5),invited,2026-12-02',
      'Property,Landscaper,Michael Cullen (1),a contact of Michael Cullen,Michael Cullen (4/5),,',
      'Property,Removals,,,,,',
    ]);
    const [standing] = REPORT.powerGroups;
    if (!standing) throw new Error('the report has a power group');
    const evil = { ...standing, powerGroup: { ...standing.powerGroup, name: '=HYPERLINK("http://x")' } };
    expect(gapsCsv({ ...REPORT, powerGroups: [evil] })).toContain(`\r\n"'=HYPERLINK(""http://x"")",Plumber,`);
  });

  it('offers the gaps CSV beside the full one, and not when nothing is missing', () => {
    const { view } = renderPanel();
    expect(screen.getByRole('button', { name: 'Download gaps CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeTruthy();
    view.unmount();
    const full = {
      ...REPORT,
      gaps: [],
      powerGroups: REPORT.powerGroups.map((standing) => ({ ...standing, gaps: [], recruitingTargets: [] })),
    };
    // Nothing missing: no form, so no session needed.
    render(<PowerGroupsPanel {...props()} report={full} />);
    expect(screen.queryByRole('button', { name: 'Download gaps CSV' })).toBeNull();
  });
});
