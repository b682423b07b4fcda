// Move someone a member knows along the visitor pipeline: invited, then visited, then joined or
// declined, each on its day. The choices are the server's (GapContact.statusChoices: for the members
// who know them and organisers); whether the day is allowed is the pipeline's rule
// (@powergroups/rules), checked here too and said beside the date.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  CANDIDATE_STATUS_WORDS,
  CANDIDATE_STATUSES,
  calendarDate,
  candidateHistory,
  candidateMoveRefusal,
} from '@powergroups/rules';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { unwrapResult } from '../../api/operations.ts';
import type { CandidateStatus, GapContact } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { formatDay } from '../../text/format.ts';
import { FieldError, fieldAria } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export interface CandidateStatusFormProps {
  groupId: string;
  contactId: string;
  /** How the form names them: "Gary Nolan". */
  name: string;
  candidate: GapContact['candidate'];
  choices: readonly CandidateStatus[];
  /** After the move: what was done, in a sentence. */
  onSaved: (message: string) => void;
  /** Today's date, YYYY-MM-DD; a prop so tests are not tied to the clock. */
  today?: string;
}

export function CandidateStatusForm({
  groupId,
  contactId,
  name,
  candidate,
  choices,
  onSaved,
  today,
}: CandidateStatusFormProps) {
  const { ops } = useSession();
  const todayDate = today ?? new Date().toISOString().slice(0, 10);
  const lastStep = candidate ? candidateHistory(candidate).at(-1) : undefined;
  // The formats the API checks, then the pipeline's own rule on the move and its day.
  const candidateForm = z
    .object({ status: z.enum(CANDIDATE_STATUSES), on: calendarDate })
    .superRefine(({ status, on }, context) => {
      const refusal = candidateMoveRefusal(candidate, status, on, todayDate);
      if (refusal) context.addIssue({ code: 'custom', path: [refusal.field], message: refusal.message });
    });
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(candidateForm),
    defaultValues: { status: choices[0] ?? 'INVITED', on: todayDate },
  });
  const id = useId();
  const onId = `${id}-on`;
  const statusId = `${id}-status`;

  const save = handleSubmit(async ({ status, on }) => {
    try {
      const outcome = unwrapResult(await ops.setCandidateStatus({ contactId, groupId, status, on }));
      if (!outcome.ok) return showRefusal(setError, outcome, { status: 'status', on: 'on' });
      onSaved(`${name} marked ${CANDIDATE_STATUS_WORDS[status]} on ${formatDay(on, todayDate)}.`);
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form
      className="candidate-form"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label={`Invitation of ${name}`}
    >
      <input type="hidden" {...register('status')} />
      <label htmlFor={onId}>On</label>
      {/* The days the rule allows: from the last step to today. */}
      <input
        type="date"
        min={lastStep?.on}
        max={todayDate}
        {...register('on')}
        {...fieldAria(onId, errors.on)}
      />
      <span className="candidate-actions" id={statusId} aria-invalid={Boolean(errors.status?.message)}>
        {choices.map((choice) => (
          <button
            key={choice}
            type="submit"
            className="button small"
            disabled={isSubmitting}
            onClick={() => setValue('status', choice)}
          >
            Mark {CANDIDATE_STATUS_WORDS[choice]}
          </button>
        ))}
      </span>
      <div className="candidate-messages">
        <FieldError fieldId={onId} error={errors.on} />
        <FieldError fieldId={statusId} error={errors.status} />
        <FormStatus error={errors.root?.server?.message} />
      </div>
    </form>
  );
}
