import { RecordOneToOneForm } from '@powergroups/client/test';
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
const TODAY = '2026-11-20';
// Aoife joined in 2021, Brian only in 2024: before then they were not both in the group.
const JOINED: Record<string, string> = { 'm-aoife': '2021-03-04', 'm-brian': '2024-05-01' };

/** `gate`, when given, holds the write back until it resolves. */
function setup(recordOneToOne: unknown = undefined, gate?: Promise<void>) {
  const api = recordedApi({
    Viewer: viewerOf({ id: 'm-aoife', name: 'Aoife Byrne', role: 'ORGANISER', group: null }),
    Member: (variables: Record<string, unknown>) => ({
      member: { ...AOIFE, id: variables.id, joinedAt: JOINED[String(variables.id)] ?? null },
    }),
    RecordOneToOne: (variables: Record<string, unknown>) => {
      const input = variables.input as { on: string };
      return (
        recordOneToOne ?? {
          recordOneToOne: {
            __typename: 'RecordOneToOneSuccess',
            data: {
              id: 'oto-9',
              on: input.on,
              status: input.on > TODAY ? 'PLANNED' : 'HELD',
              members: [],
            },
          },
        }
      );
    },
  });
  const onRecorded = vi.fn();
  const ops = gate
    ? {
        ...api.ops,
        recordOneToOne: async (input: Parameters<typeof api.ops.recordOneToOne>[0]) => {
          await gate;
          return api.ops.recordOneToOne(input);
        },
      }
    : api.ops;
  renderWithSession(
    <RecordOneToOneForm
      members={MEMBERS}
      firstId="m-aoife"
      secondId="m-brian"
      canChooseFirst={false}
      onRecorded={onRecorded}
      today={TODAY}
    />,
    ops,
  );
  const sent = () => api.calls.filter((call) => call.operation === 'RecordOneToOne');
  return { ...api, onRecorded, sent };
}

const dateField = () => screen.getByLabelText('On') as HTMLInputElement;

/** Once both members' joining dates are in, the date picker starts from the later one. */
async function joiningDatesKnown() {
  await waitFor(() => expect(dateField().min).toBe('2024-05-01'));
}

describe('RecordOneToOneForm', () => {
  it('refuses a day before both were in the group, beside the date, and sends nothing', async () => {
    const { sent } = setup();
    await joiningDatesKnown();
    fireEvent.change(dateField(), { target: { value: '2023-06-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record one-to-one' }));
    const refusal = 'Both members are in the group only since 2024-05-01: choose a date from then on';
    await screen.findByText(refusal);
    expectOnceBeside(dateField(), refusal);
    // The hint stays tied to the date too.
    expect(dateField().getAttribute('aria-describedby')).toMatch(/on-hint/);
    expect(sent()).toEqual([]);
  });

  it('refuses a booking more than a year ahead, and sends nothing', async () => {
    const { sent } = setup();
    await joiningDatesKnown();
    expect(dateField().max).toBe('2027-11-21');
    fireEvent.change(dateField(), { target: { value: '2028-01-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book one-to-one' }));
    await screen.findByText(/at most a year ahead/);
    expectOnceBeside(dateField(), 'Book a one-to-one at most a year ahead (by 2027-11-21)');
    expect(sent()).toEqual([]);
  });

  it('books a day to come, with the button disabled while it is sent', async () => {
    let open = () => {};
    const { sent, onRecorded } = setup(undefined, new Promise<void>((resolve) => (open = resolve)));
    await joiningDatesKnown();
    fireEvent.change(dateField(), { target: { value: '2026-12-03' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: '  Coffee in Rathmines ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book one-to-one' }));
    const pending = (await screen.findByRole('button', { name: 'Saving…' })) as HTMLButtonElement;
    expect(pending.disabled).toBe(true);
    open();
    await screen.findByText(/booked for 2026-12-03/);
    expect(pending.disabled).toBe(false);
    expect(onRecorded).toHaveBeenCalledOnce();
    expect(sent().map((call) => call.variables.input)).toEqual([
      { memberIds: ['m-aoife', 'm-brian'], on: '2026-12-03', notes: 'Coffee in Rathmines' },
    ]);
  });

  it('puts the server’s message about the members beside “With”, once', async () => {
    setup({
      recordOneToOne: {
        __typename: 'ValidationError',
        message: 'Validation error: input.memberIds: Brian Walsh has left the group',
        fieldErrors: [{ path: ['input', 'memberIds'], message: 'Brian Walsh has left the group' }],
      },
    });
    await joiningDatesKnown();
    fireEvent.click(screen.getByRole('button', { name: 'Record one-to-one' }));
    await screen.findByText('Brian Walsh has left the group');
    expectOnceBeside(screen.getByLabelText('With'), 'Brian Walsh has left the group');
    expect(messageOf(dateField())).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
