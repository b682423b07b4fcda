// Move a referral along: OFFERED → CONTACTED → MEETING_BOOKED → WON (with a value) | LOST | WENT_WRONG,
// or withdraw it. The choices are the server's (Referral.statusChoices): the receiver reports the
// outcome, the giver may withdraw, an organiser may do both. The value is checked by the server's
// own rules (@powergroups/rules) before it is sent.
import { zodResolver } from '@hookform/resolvers/zod';
import { parseAmount, REFERRAL_STATUSES, referralValue, referralValueRefusal } from '@powergroups/rules';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { unwrapResult } from '../../api/operations.ts';
import type { Referral, ReferralStatus } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { plainMessage } from '../../text/words.ts';
import { FieldError, fieldAria } from '../FieldError/FieldError.tsx';
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

/**
 * An amount as people type it: "2500", "2,500" and "€2,500" are all 2500 (parseAmount), blank is no
 * value; text that is no amount goes on to referralValue as it is, which says what it wants.
 */
const typedAmount = z.preprocess(
  (text) => (typeof text !== 'string' || text.trim() === '' ? null : (parseAmount(text) ?? text)),
  referralValue.nullable(),
);

/** A new status and, for WON only, its value (the value field is there for WON only). */
const statusForm = z
  .object({ status: z.enum(REFERRAL_STATUSES), value: typedAmount })
  .superRefine(({ status, value }, context) => {
    const refusal = referralValueRefusal(status, value);
    if (refusal) context.addIssue({ code: 'custom', path: ['value'], message: plainMessage(refusal) });
  });

export interface ReferralStatusFormProps {
  referral: Referral;
  onUpdated: (referral: Referral) => void;
}

export function ReferralStatusForm({ referral, onUpdated }: ReferralStatusFormProps) {
  const { ops } = useSession();
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(statusForm),
    defaultValues: {
      status: referral.status,
      value: referral.value === null ? '' : String(referral.value),
    },
    // A value typed before choosing another status than WON is dropped with its field.
    shouldUnregister: true,
  });
  const status = watch('status');
  const id = useId();
  const statusId = `${id}-status`;
  const valueId = `${id}-value`;

  const update = handleSubmit(async ({ status, value }) => {
    try {
      const outcome = unwrapResult(
        await ops.updateReferralStatus({
          referralId: referral.id,
          status,
          ...(value !== null ? { value } : {}),
        }),
      );
      if (outcome.ok) onUpdated(outcome.data);
      else showRefusal(setError, outcome, { status: 'status', value: 'value' });
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form
      className="status-form"
      onSubmit={(event) => void update(event)}
      noValidate
      aria-label={`Update referral ${referral.id}`}
    >
      <label htmlFor={statusId} className="sr-only">
        Status
      </label>
      <select {...register('status')} {...fieldAria(statusId, errors.status)}>
        {[referral.status, ...referral.statusChoices].map((option) => (
          <option key={option} value={option}>
            {STATUS_LABELS[option]}
          </option>
        ))}
      </select>
      {status === 'WON' && (
        <>
          <label htmlFor={valueId} className="sr-only">
            Value won
          </label>
          <input
            {...register('value')}
            {...fieldAria(valueId, errors.value)}
            inputMode="decimal"
            placeholder="Value €"
            size={8}
          />
        </>
      )}
      <button
        type="submit"
        className="button small"
        disabled={isSubmitting || (status === referral.status && status !== 'WON')}
      >
        {isSubmitting ? '…' : 'Update'}
      </button>
      <FieldError fieldId={statusId} error={errors.status} />
      <FieldError fieldId={valueId} error={errors.value} />
      <FormStatus error={errors.root?.server?.message} />
    </form>
  );
}
