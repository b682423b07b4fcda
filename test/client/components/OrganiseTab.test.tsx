import { ImportRoster, MemberForm, OrganiseTab } from '@powergroups/client/test';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectOnceBeside, messageOf } from '../fixtures/fields.ts';
import { BRIAN, GOOD_PREVIEW, INDUSTRIES, REFUSED_PREVIEW, SEAT_TAKEN } from '../fixtures/organise.ts';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';
import { GRAPH, GROUP_ID } from '../fixtures/sample-group.ts';

const HELD = new Map([
  ['ind-mortgage', 'Aoife Byrne'],
  ['ind-solicitor', 'Brian Walsh'],
]);
const ORGANISER = viewerOf({
  id: 'm-aoife',
  name: 'Aoife Byrne',
  role: 'ORGANISER',
  group: { id: GROUP_ID, name: 'Dublin Central' },
});

function editBrian(updateMember: unknown) {
  const api = recordedApi({ Viewer: ORGANISER, UpdateMember: { updateMember } });
  const onSaved = vi.fn();
  renderWithSession(
    <MemberForm
      groupId={GROUP_ID}
      member={BRIAN}
      industries={INDUSTRIES}
      heldBy={HELD}
      onSaved={onSaved}
      onCancel={() => {}}
    />,
    api.ops,
  );
  return { ...api, onSaved };
}

describe('the roster form', () => {
  it('says who holds each industry, and shows the server’s refusal of a taken seat beside Industry, once', async () => {
    const { calls } = editBrian({
      __typename: 'ValidationError',
      message: `Validation error: input.industryId: ${SEAT_TAKEN}`,
      fieldErrors: [{ path: ['input', 'industryId'], message: SEAT_TAKEN }],
    });
    const industry = screen.getByLabelText('Industry');
    // Brian's own seat is his; Aoife's is marked.
    expect(screen.getByRole('option', { name: 'Solicitor' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Mortgage intermediary — held by Aoife Byrne' })).toBeTruthy();
    fireEvent.change(industry, { target: { value: 'ind-mortgage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(SEAT_TAKEN);
    expectOnceBeside(industry, SEAT_TAKEN);
    expect(SEAT_TAKEN).toContain('Aoife Byrne');
    expect(screen.queryByRole('alert')).toBeNull();
    // Only what changed is sent.
    expect(calls.find((call) => call.operation === 'UpdateMember')?.variables).toEqual({
      input: { id: 'm-brian', industryId: 'ind-mortgage' },
    });
  });

  it('refuses a malformed email by the API’s own rule, beside Email, and sends nothing', async () => {
    const { calls } = editBrian({});
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'brian-at-walsh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Write an email address such as name@example.ie');
    expectOnceBeside(screen.getByLabelText('Email'), 'Write an email address such as name@example.ie');
    expect(messageOf(screen.getByLabelText('Industry'))).toBeNull();
    expect(calls.some((call) => call.operation === 'UpdateMember')).toBe(false);
  });

  it('narrows the industries by a search, keeping the one chosen', async () => {
    editBrian({});
    fireEvent.change(screen.getByLabelText('Search the industry list'), { target: { value: 'lett' } });
    const options = within(screen.getByLabelText('Industry'))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['Choose… (2 shown)', 'Letting agent', 'Solicitor']);
  });

  it('saves a changed industry and says so', async () => {
    const { onSaved } = editBrian({
      __typename: 'UpdateMemberSuccess',
      data: { id: 'm-brian', name: 'Brian Walsh', industry: { id: 'ind-letting', name: 'Letting agent' } },
    });
    fireEvent.change(screen.getByLabelText('Industry'), { target: { value: 'ind-letting' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Brian Walsh is now Letting agent.'));
  });
});

function importRoster(answers: Record<string, unknown>) {
  const api = recordedApi({ Viewer: ORGANISER, ...answers });
  const onWrite = vi.fn();
  renderWithSession(<ImportRoster groupId={GROUP_ID} onWrite={onWrite} />, api.ops);
  return { ...api, onWrite };
}

const CSV =
  'id,name,company,industry,joinedAt\nm-new-letting,Róisín Lettings,Lettings Ltd,letting agent,2026-11-01';

describe('the roster import', () => {
  it('previews each row: refused first with the column and reason, then changes before → after; Import stays off', async () => {
    const { calls } = importRoster({ PreviewGroupCsv: { previewGroupCsv: REFUSED_PREVIEW } });
    fireEvent.change(screen.getByLabelText('Or paste the roster'), { target: { value: CSV } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const table = await screen.findByRole('table', { name: 'What the import does with each row' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => tr.textContent);
    expect(rows).toEqual([
      `4Brian Walshm-brianRefusedindustry: ${SEAT_TAKEN}`,
      '5Eimear Kellym-eimearRefusedemail: Write an email address such as name@example.ie',
      '1Aoife Byrnem-aoifeUnchangedStays as it is',
      '2Ciara Doylem-ciaraUpdatedcompany: Doyle Accountants → Doyle & Daughters',
      '3Róisín Lettingsm-new-lettingAddedname: Róisín Lettingsindustry: Letting agent',
    ]);
    expect(screen.getByText(/5 rows:/).textContent).toBe(
      '5 rows: 1 added, 1 updated, 1 unchanged, 2 refused.',
    );
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.find((call) => call.operation === 'PreviewGroupCsv')?.variables).toEqual({
      input: { groupId: GROUP_ID, roster: CSV },
    });
  });

  it('imports what was previewed, with the preview’s fingerprint, and reports it', async () => {
    const { calls, onWrite } = importRoster({
      PreviewGroupCsv: { previewGroupCsv: GOOD_PREVIEW },
      ImportGroupCsv: { importGroupCsv: { __typename: 'ImportGroupCsvSuccess', data: { members: 3 } } },
    });
    fireEvent.change(screen.getByLabelText('Or paste the roster'), { target: { value: CSV } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onWrite).toHaveBeenCalledWith('Roster imported: 1 added, 1 updated.'));
    expect(calls.find((call) => call.operation === 'ImportGroupCsv')?.variables).toEqual({
      input: { groupId: GROUP_ID, roster: CSV, previewed: 'fp-good' },
    });
  });

  it('sets a preview aside when the text changes, and says a stale import’s refusal', async () => {
    importRoster({
      PreviewGroupCsv: { previewGroupCsv: GOOD_PREVIEW },
      ImportGroupCsv: {
        importGroupCsv: {
          __typename: 'ValidationError',
          message: 'Validation error: input: the import: the group changed since this import was previewed',
          fieldErrors: [
            {
              path: ['input', 'the import'],
              message: 'the import: the group changed since this import was previewed',
            },
          ],
        },
      },
    });
    const text = screen.getByLabelText('Or paste the roster');
    fireEvent.change(text, { target: { value: CSV } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /the group changed since this import was previewed/,
    );
    fireEvent.change(text, { target: { value: `${CSV}\n` } });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});

describe('the Organise tab', () => {
  const render = (viewer: unknown) => {
    const api = recordedApi({ Viewer: viewer, Industries: { industries: INDUSTRIES } });
    renderWithSession(<OrganiseTab groupId={GROUP_ID} graph={GRAPH} onWrite={() => {}} />, api.ops);
  };

  it('gives an organiser the roster and the import, and says the catalogue is the admin’s', async () => {
    render(ORGANISER);
    await screen.findByRole('heading', { name: 'Roster (6)' });
    expect(screen.getByRole('button', { name: 'Edit Brian Walsh' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Import a roster (CSV)' })).toBeTruthy();
    expect(screen.getByText(/only the instance admin changes them/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Synergy between industries' })).toBeNull();
  });

  it('asks before removing a member, naming what goes with them', async () => {
    render(ORGANISER);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Brian Walsh' }));
    const confirm = screen.getByRole('group', { name: 'Remove Brian Walsh?' });
    expect(confirm.textContent).toMatch(/referrals and one-to-ones/);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep Brian Walsh' }));
    expect(screen.queryByRole('group', { name: 'Remove Brian Walsh?' })).toBeNull();
  });

  it('gives the admin the catalogue: power groups, synergy and competition', async () => {
    render({ viewer: { accountId: 'acc-admin', name: 'Admin', admin: true, via: 'SESSION', member: null } });
    await screen.findByRole('form', { name: 'Synergy between industries' });
    expect(screen.getByRole('form', { name: 'Competition between industries' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Power groups' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Roster/ })).toBeNull();
  });

  it('tells anyone else that organising is the organisers’', async () => {
    render(
      viewerOf({
        id: 'm-brian',
        name: 'Brian Walsh',
        role: 'MEMBER',
        group: { id: GROUP_ID, name: 'Dublin Central' },
      }),
    );
    await screen.findByText(/Organising is for the group’s organisers/);
  });
});
