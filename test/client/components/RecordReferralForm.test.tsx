import { RecordReferralForm } from '@powergroups/client/test';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectOnceBeside, messageOf } from '../fixtures/fields.ts';
import { recordedApi } from '../fixtures/recorded-api.ts';
import { renderWithSession, viewerOf } from '../fixtures/render.tsx';
import { AOIFE, GRAPH } from '../fixtures/sample-group.ts';

const MEMBERS = GRAPH.nodes.map((node) => ({
  id: node.id,
  label: node.label,
  industryName: node.industryName,
}));
const INDUSTRIES = [
  { id: 'ind-solicitor', name: 'Solicitor', sector: 'Legal' },
  { id: 'ind-accountant', name: 'Accountant', sector: 'Finance' },
];

function setup(recordReferral: unknown, contacts: unknown[] = []) {
  const api = recordedApi({
    Member: { member: { ...AOIFE, contacts } },
    Industries: { industries: INDUSTRIES },
    RecordReferral: recordReferral,
    Viewer: viewerOf({ id: 'm-aoife', name: 'Aoife Byrne', role: 'ORGANISER', group: null }),
  });
  const onRecorded = vi.fn();
  renderWithSession(
    <RecordReferralForm members={MEMBERS} giverId="m-aoife" canChooseGiver={false} onRecorded={onRecorded} />,
    api.ops,
  );
  return { ...api, onRecorded };
}

describe('RecordReferralForm', () => {
  it('offers known contacts, including a private person with no trade', async () => {
    setup({}, [
      {
        id: 'c-1',
        name: 'Gráinne Moore',
        company: null,
        industry: { id: 'ind-solicitor', name: 'Solicitor' },
        strength: 4,
      },
      { id: 'c-2', name: 'Mark Tobin', company: null, industry: null, strength: 3 },
    ]);
    expect(await screen.findByRole('option', { name: 'Gráinne Moore — Solicitor' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Mark Tobin' })).toBeTruthy();
  });

  it('says what is missing before sending anything, once, beside each field', async () => {
    const { calls } = setup({});
    fireEvent.click(screen.getByRole('button', { name: 'Record referral' }));
    await screen.findByText('Choose who receives the referral.');
    expectOnceBeside(screen.getByLabelText('Passed to'), 'Choose who receives the referral.');
    // The contact's name by the rule the API checks it with (@powergroups/rules).
    expectOnceBeside(screen.getByLabelText('Contact name'), 'Give the contact’s name');
    expectOnceBeside(
      screen.getByLabelText('Their industry'),
      'Choose their industry, or “A private person” for someone with no trade.',
    );
    expect(messageOf(screen.getByLabelText('Notes'))).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.some((call) => call.operation === 'RecordReferral')).toBe(false);
  });

  it('refuses notes longer than the API takes, beside the notes, and sends nothing', async () => {
    const { calls } = setup({});
    await screen.findByRole('option', { name: 'Solicitor' });
    fireEvent.change(screen.getByLabelText('Passed to'), { target: { value: 'm-brian' } });
    fireEvent.change(screen.getByLabelText('Contact name'), { target: { value: 'Gráinne Moore' } });
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'ind-solicitor' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Record referral' }));
    await screen.findByText('Notes are at most 2,000 characters');
    expectOnceBeside(screen.getByLabelText('Notes'), 'Notes are at most 2,000 characters');
    expect(messageOf(screen.getByLabelText('Contact name'))).toBeNull();
    expect(calls.some((call) => call.operation === 'RecordReferral')).toBe(false);
  });

  it('shows the server’s validation messages beside the fields, once', async () => {
    setup({
      recordReferral: {
        __typename: 'ValidationError',
        message: 'Validation error: input.receiverId: Brian competes with you: refer elsewhere.',
        fieldErrors: [
          { path: ['input', 'receiverId'], message: 'Brian competes with you: refer elsewhere.' },
        ],
      },
    });
    await screen.findByRole('option', { name: 'Solicitor' });
    fireEvent.change(screen.getByLabelText('Passed to'), { target: { value: 'm-brian' } });
    fireEvent.change(screen.getByLabelText('Contact name'), { target: { value: 'Gráinne Moore' } });
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'ind-solicitor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record referral' }));
    await screen.findByText('Brian competes with you: refer elsewhere.');
    // Said once, beside its field: no second copy above the button.
    expectOnceBeside(screen.getByLabelText('Passed to'), 'Brian competes with you: refer elsewhere.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a refusal that names no field of the form once, above the button', async () => {
    setup({
      recordReferral: {
        __typename: 'NotAuthorizedError',
        message: 'Members record referrals they give themselves',
      },
    });
    await screen.findByRole('option', { name: 'Solicitor' });
    fireEvent.change(screen.getByLabelText('Passed to'), { target: { value: 'm-brian' } });
    fireEvent.change(screen.getByLabelText('Contact name'), { target: { value: 'Gráinne Moore' } });
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'private' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record referral' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Members record referrals they give themselves',
    );
    expect(screen.getAllByText('Members record referrals they give themselves')).toHaveLength(1);
  });

  it('records the referral and reports it', async () => {
    const referral = {
      id: 'r-9',
      giver: { id: 'm-aoife', name: 'Aoife Byrne' },
      receiver: { id: 'm-ciara', name: 'Ciara Doyle' },
      contact: { id: 'c-9', name: 'Gráinne Moore' },
      status: 'OFFERED',
      value: null,
      notes: 'Needs a tax return',
      hotness: 3,
      createdAt: '2025-10-01T09:00:00Z',
      updatedAt: '2025-10-01T09:00:00Z',
      stalled: false,
      statusChoices: [],
    };
    const { calls, onRecorded } = setup({
      recordReferral: { __typename: 'RecordReferralSuccess', data: referral },
    });
    await screen.findByRole('option', { name: 'Accountant' });
    fireEvent.change(screen.getByLabelText('Passed to'), { target: { value: 'm-ciara' } });
    fireEvent.change(screen.getByLabelText('Contact name'), { target: { value: 'Gráinne Moore' } });
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'ind-accountant' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Needs a tax return' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record referral' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(referral));
    expect(screen.getByText('Referral recorded: Aoife Byrne → Ciara Doyle.')).toBeTruthy();
    const sent = calls.find((call) => call.operation === 'RecordReferral');
    expect(sent?.variables.input).toEqual({
      giverId: 'm-aoife',
      receiverId: 'm-ciara',
      contactName: 'Gráinne Moore',
      contactIndustryId: 'ind-accountant',
      notes: 'Needs a tax return',
      hotness: 3,
    });
    expect(sent?.csrf).toBe('1');
    expect(sent?.credentials).toBe('same-origin');
  });

  it('refers a private person with no trade, and says first what that means', async () => {
    const { calls } = setup({
      recordReferral: {
        __typename: 'RecordReferralSuccess',
        data: {
          id: 'r-10',
          giver: { id: 'm-aoife', name: 'Aoife Byrne' },
          receiver: { id: 'm-brian', name: 'Brian Walsh' },
          contact: { id: 'c-10', name: 'Pat Buyer' },
          status: 'OFFERED',
          value: null,
          notes: null,
          hotness: 3,
          createdAt: '2025-10-01T09:00:00Z',
          updatedAt: '2025-10-01T09:00:00Z',
          stalled: false,
          statusChoices: [],
        },
      },
    });
    await screen.findByRole('option', { name: 'Accountant' });
    fireEvent.change(screen.getByLabelText('Passed to'), { target: { value: 'm-brian' } });
    fireEvent.change(screen.getByLabelText('Contact name'), { target: { value: 'Pat Buyer' } });
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'private' } });
    expect(screen.getByRole('note').textContent).toBe(
      'Pat Buyer will be saved as your contact, a private person: a contact with no trade never answers a who-knows question.',
    );
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'ind-accountant' } });
    expect(screen.getByRole('note').textContent).toMatch(
      /^Pat Buyer will be saved as your contact, an accountant/,
    );
    fireEvent.change(screen.getByLabelText('Their industry'), { target: { value: 'private' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record referral' }));
    await screen.findByText('Referral recorded: Aoife Byrne → Brian Walsh.');
    const input = calls.find((call) => call.operation === 'RecordReferral')?.variables.input;
    expect(input).toEqual({
      giverId: 'm-aoife',
      receiverId: 'm-brian',
      contactName: 'Pat Buyer',
      hotness: 3,
    });
    // No industry at all, rather than "private" or an empty one.
    expect(Object.keys(input as object)).not.toContain('contactIndustryId');
  });
});
