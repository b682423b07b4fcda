// Book a one-to-one for a date to come (PLANNED), or record one already held. Whether a date is
// allowed (not before both were in the group, at most a year ahead) is the server's rule
// (domain/one-to-one-rules.ts), shown here beside the date.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FieldError } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import type { MemberOption } from '../RecordReferralForm/RecordReferralForm.tsx';

export interface RecordOneToOneFormProps {
  members: readonly MemberOption[];
  firstId: string;
  secondId?: string | null;
  canChooseFirst: boolean;
  onRecorded: () => void;
  /** Today's date, YYYY-MM-DD; a prop so tests are not tied to the clock. */
  today?: string;
}

export function RecordOneToOneForm({
  members,
  firstId: initialFirst,
  secondId,
  canChooseFirst,
  onRecorded,
  today,
}: RecordOneToOneFormProps) {
  const { ops } = useSession();
  const [firstId, setFirstId] = useState(initialFirst);
  const [other, setOther] = useState(secondId ?? '');
  const todayDate = today ?? new Date().toISOString().slice(0, 10);
  const [on, setOn] = useState(todayDate);
  const booking = on > todayDate;
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;

  useEffect(() => setOther(secondId ?? ''), [secondId]);
  useEffect(() => setFirstId(initialFirst), [initialFirst]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setFormError(null);
    const found: Record<string, string> = {};
    if (!other) found.memberIds = 'Choose who the one-to-one is with.';
    else if (other === firstId) found.memberIds = 'A one-to-one needs two different members.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on)))
      found.on = 'Give the date as YYYY-MM-DD.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const outcome = unwrapResult(
        await ops.recordOneToOne({
          memberIds: [firstId, other],
          on,
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        }),
        ['memberIds', 'on', 'notes'],
      );
      if (outcome.ok) {
        const name = members.find((member) => member.id === other)?.label ?? 'the member';
        setDone(
          outcome.data.status === 'PLANNED'
            ? `One-to-one with ${name} booked for ${on}. Mark it held from the member panel once you have met.`
            : `One-to-one with ${name} recorded for ${on}.`,
        );
        setNotes('');
        onRecorded();
      } else {
        setErrors(outcome.fieldErrors);
        setFormError(outcome.message);
      }
    } catch (error) {
      setFormError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Book or record a one-to-one">
      <h3>Book or record a one-to-one</h3>
      <div className="row">
        <div className="field grow">
          <label htmlFor={fieldId('first')}>Member</label>
          <select
            id={fieldId('first')}
            value={firstId}
            disabled={!canChooseFirst}
            onChange={(event) => setFirstId(event.target.value)}
          >
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={fieldId('memberIds')}>With</label>
          <select
            id={fieldId('memberIds')}
            value={other}
            onChange={(event) => setOther(event.target.value)}
            aria-invalid={Boolean(errors.memberIds)}
            aria-describedby={errors.memberIds ? `${fieldId('memberIds')}-error` : undefined}
          >
            <option value="">Choose a member…</option>
            {members
              .filter((member) => member.id !== firstId)
              .map((member) => (
                <option key={member.id} value={member.id}>
                  {member.label} — {member.industryName}
                </option>
              ))}
          </select>
          <FieldError id={`${fieldId('memberIds')}-error`} message={errors.memberIds} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('on')}>On</label>
        <input
          id={fieldId('on')}
          type="date"
          value={on}
          onChange={(event) => setOn(event.target.value)}
          aria-invalid={Boolean(errors.on)}
          aria-describedby={`${fieldId('on')}-hint${errors.on ? ` ${fieldId('on')}-error` : ''}`}
        />
        <p className="hint" id={`${fieldId('on')}-hint`}>
          {booking
            ? 'A date to come: this books the one-to-one.'
            : 'Today or a day gone by: this records it as held.'}
        </p>
        <FieldError id={`${fieldId('on')}-error`} message={errors.on} />
      </div>
      <div className="field">
        <label htmlFor={fieldId('notes')}>Notes</label>
        <textarea
          id={fieldId('notes')}
          rows={2}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
        <FieldError id={`${fieldId('notes')}-error`} message={errors.notes} />
      </div>
      <FormStatus error={formError} done={done} />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Saving…' : booking ? 'Book one-to-one' : 'Record one-to-one'}
      </button>
    </form>
  );
}
