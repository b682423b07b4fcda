// Move a referral along: OFFERED → CONTACTED → MEETING_BOOKED → WON (with a value) | LOST | WENT_WRONG,
// or withdraw it. The choices are the server's (Referral.statusChoices): the receiver reports the
// outcome, the giver may withdraw, an organiser may do both.
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { Referral, ReferralStatus } from '../../api/types.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { parseAmount } from '../../text/words.ts';
import { FieldError } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  OFFERED: 'Offered',
  CONTACTED: 'Contacted',
  MEETING_BOOKED: 'Meeting booked',
  WON: 'Won',
  LOST: 'Lost',
  WENT_WRONG: 'Went wrong',
  WITHDRAWN: 'Withdrawn',
};

export interface ReferralStatusFormProps {
  referral: Referral;
  onUpdated: (referral: Referral) => void;
}

export function ReferralStatusForm({ referral, onUpdated }: ReferralStatusFormProps) {
  const { ops } = useSession();
  const [status, setStatus] = useState<ReferralStatus>(referral.status);
  const [value, setValue] = useState(referral.value === null ? '' : String(referral.value));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found: Record<string, string> = {};
    // "2500", "2,500" and "€2,500" are all the same amount.
    const amount = value.trim() === '' ? undefined : (parseAmount(value) ?? Number.NaN);
    if (Number.isNaN(amount)) found.value = 'Write the amount in euros, like 2,500 or €2,500.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const outcome = unwrapResult(
        await ops.updateReferralStatus({
          referralId: referral.id,
          status,
          ...(status === 'WON' && amount !== undefined ? { value: amount } : {}),
        }),
        ['status', 'value'],
      );
      if (outcome.ok) onUpdated(outcome.data);
      else {
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
    <form className="status-form" onSubmit={submit} noValidate aria-label={`Update referral ${referral.id}`}>
      <label htmlFor={`${id}-status`} className="sr-only">
        Status
      </label>
      <select
        id={`${id}-status`}
        value={status}
        onChange={(event) => setStatus(event.target.value as ReferralStatus)}
      >
        {[referral.status, ...referral.statusChoices].map((option) => (
          <option key={option} value={option}>
            {STATUS_LABELS[option]}
          </option>
        ))}
      </select>
      {status === 'WON' && (
        <>
          <label htmlFor={`${id}-value`} className="sr-only">
            Value won
          </label>
          <input
            id={`${id}-value`}
            inputMode="decimal"
            placeholder="Value €"
            value={value}
            size={8}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={Boolean(errors.value)}
          />
        </>
      )}
      <button
        type="submit"
        className="button small"
        disabled={busy || (status === referral.status && status !== 'WON')}
      >
        {busy ? '…' : 'Update'}
      </button>
      <FieldError id={`${id}-value-error`} message={errors.value ?? errors.status} />
      <FormStatus error={formError} />
    </form>
  );
}
