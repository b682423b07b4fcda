// Book a one-to-one for a date to come (PLANNED), or record one already held. Whether a date is
// allowed (not before both were in the group, at most a year ahead) is the server's rule
// (@powergroups/rules), checked here too and shown beside the date.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  addDays,
  BOOKING_HORIZON_DAYS,
  calendarDate,
  initialOneToOneStatus,
  notes,
  oneToOneDateRefusal,
} from '@powergroups/rules';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { unwrapResult } from '../../api/operations.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FieldError, fieldAria, useFieldIds } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import type { MemberOption } from '../RecordReferralForm/RecordReferralForm.tsx';
import { TextField } from '../TextField/TextField.tsx';

export interface RecordOneToOneFormProps {
  members: readonly MemberOption[];
  firstId: string;
  secondId?: string | null;
  canChooseFirst: boolean;
  onRecorded: () => void;
  /** Today's date, YYYY-MM-DD; a prop so tests are not tied to the clock. */
  today?: string;
}

/** The two members and the day, by the formats the API checks; the day's own rule is asked on sending. */
const oneToOneForm = z
  .object({
    firstId: z.string(),
    other: z.string().min(1, 'Choose who the one-to-one is with.'),
    on: calendarDate,
    notes,
  })
  .refine((form) => form.other !== form.firstId, {
    path: ['other'],
    message: 'A one-to-one needs two different members.',
  });

export function RecordOneToOneForm({
  members,
  firstId: initialFirst,
  secondId,
  canChooseFirst,
  onRecorded,
  today,
}: RecordOneToOneFormProps) {
  const { ops, me } = useSession();
  const todayDate = today ?? new Date().toISOString().slice(0, 10);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(oneToOneForm),
    defaultValues: { firstId: initialFirst, other: secondId ?? '', on: todayDate, notes: '' },
  });
  const [firstId, other, on] = watch(['firstId', 'other', 'on']);
  // The two members as the member panel reads them (the same keys: usually no new fetch), for
  // their joining dates: a date before both were in the group is refused before it is sent.
  const first = useQuery(`member:${firstId}:${me?.id ?? ''}`, () => ops.member(firstId));
  const second = useQuery(other ? `member:${other}:${me?.id ?? ''}` : null, () => ops.member(other));
  const joined = [first.data?.joinedAt, second.data?.joinedAt].filter((date) => date != null).sort();
  const bothInGroupSince = joined.at(-1) ?? null;
  const [done, setDone] = useState<string | null>(null);
  const fieldId = useFieldIds();
  const booking = initialOneToOneStatus(on, todayDate) === 'PLANNED';

  useEffect(() => setValue('other', secondId ?? ''), [secondId, setValue]);
  useEffect(() => setValue('firstId', initialFirst), [initialFirst, setValue]);

  const save = handleSubmit(async (data) => {
    // The day's rule needs today and the joining dates (loaded with the members), so it is asked
    // here, with the server's words; the server asks it again.
    const refusal = oneToOneDateRefusal(data.on, todayDate, bothInGroupSince);
    if (refusal) return setError('on', { type: 'rule', message: refusal }, { shouldFocus: true });
    try {
      const outcome = unwrapResult(
        await ops.recordOneToOne({
          memberIds: [data.firstId, data.other],
          on: data.on,
          ...(data.notes ? { notes: data.notes } : {}),
        }),
      );
      if (!outcome.ok)
        return showRefusal(setError, outcome, { memberIds: 'other', on: 'on', notes: 'notes' });
      const name = members.find((member) => member.id === data.other)?.label ?? 'the member';
      setDone(
        outcome.data.status === 'PLANNED'
          ? `One-to-one with ${name} booked for ${data.on}. Mark it held from the member panel once you have met.`
          : `One-to-one with ${name} recorded for ${data.on}.`,
      );
      setValue('notes', '');
      onRecorded();
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form
      className="form"
      onSubmit={(event) => {
        setDone(null);
        void save(event);
      }}
      noValidate
      aria-label="Book or record a one-to-one"
    >
      <h3>Book or record a one-to-one</h3>
      <div className="row">
        <div className="field grow">
          <label htmlFor={fieldId('first')}>Member</label>
          <select id={fieldId('first')} disabled={!canChooseFirst} {...register('firstId')}>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={fieldId('other')}>With</label>
          <select {...register('other')} {...fieldAria(fieldId('other'), errors.other)}>
            <option value="">Choose a member…</option>
            {members
              .filter((member) => member.id !== firstId)
              .map((member) => (
                <option key={member.id} value={member.id}>
                  {member.label} — {member.industryName}
                </option>
              ))}
          </select>
          <FieldError fieldId={fieldId('other')} error={errors.other} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('on')}>On</label>
        {/* The days the rule allows, so the date picker offers only those. */}
        <input
          type="date"
          min={bothInGroupSince ?? undefined}
          max={addDays(todayDate, BOOKING_HORIZON_DAYS)}
          {...register('on')}
          {...fieldAria(fieldId('on'), errors.on, fieldId('on-hint'))}
        />
        <p className="hint" id={fieldId('on-hint')}>
          {booking
            ? 'A date to come: this books the one-to-one.'
            : 'Today or a day gone by: this records it as held.'}
        </p>
        <FieldError fieldId={fieldId('on')} error={errors.on} />
      </div>
      <TextField
        label="Notes"
        fieldId={fieldId('notes')}
        error={errors.notes}
        registration={register('notes')}
        rows={2}
      />
      <FormStatus error={errors.root?.server?.message} done={done} />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : booking ? 'Book one-to-one' : 'Record one-to-one'}
      </button>
    </form>
  );
}
