// Record a referral from a giver to a receiver about a contact (known or new). The fields are
// checked by the server's own rules (@powergroups/rules) before sending; what only the server can
// tell (a competitor, a member out of reach) comes back beside the same fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { aPersonIn, contactName, hotness, notes } from '@powergroups/rules';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type RecordReferralInput, unwrapResult } from '../../api/operations.ts';
import type { Contact, Referral } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FieldError, fieldAria, useFieldIds } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { TextField } from '../TextField/TextField.tsx';

export interface MemberOption {
  id: string;
  label: string;
  industryName: string | null;
}

export interface RecordReferralFormProps {
  members: readonly MemberOption[];
  giverId: string;
  receiverId?: string | null;
  /** Organisers may record for any giver; members only for themselves. */
  canChooseGiver: boolean;
  onRecorded: (referral: Referral) => void;
}

/** The industry choice for someone with no trade (a home buyer): sent as no industry at all. */
const PRIVATE_PERSON = 'private';

/** A choice from a list, which must be made. */
const chosen = (message: string) => z.string().min(1, message);

const pair = {
  giverId: z.string(),
  receiverId: chosen('Choose who receives the referral.'),
  hotness,
  notes,
};

/** About a contact the giver has, or about someone new (with a trade, or a private person). */
const referralForm = z
  .discriminatedUnion('contactMode', [
    z.object({
      ...pair,
      contactMode: z.literal('known'),
      contactId: chosen('Choose the contact the referral is about.'),
    }),
    z.object({
      ...pair,
      contactMode: z.literal('new'),
      contactName,
      contactIndustryId: chosen('Choose their industry, or “A private person” for someone with no trade.'),
    }),
  ])
  .refine((form) => form.receiverId !== form.giverId, {
    path: ['receiverId'],
    message: 'A member cannot refer business to themselves.',
  });

type ReferralForm = z.output<typeof referralForm>;

/** What the API is sent: a known contact by id; someone new by name, and a trade unless private. */
function toInput(form: ReferralForm): RecordReferralInput {
  return {
    giverId: form.giverId,
    receiverId: form.receiverId,
    ...(form.contactMode === 'known'
      ? { contactId: form.contactId }
      : {
          contactName: form.contactName,
          ...(form.contactIndustryId === PRIVATE_PERSON ? {} : { contactIndustryId: form.contactIndustryId }),
        }),
    ...(form.notes ? { notes: form.notes } : {}),
    hotness: form.hotness,
  };
}

/** The form field that shows the server's message about each field of the input: its namesake. */
const INPUT_FIELDS = {
  giverId: 'giverId',
  receiverId: 'receiverId',
  contactId: 'contactId',
  contactName: 'contactName',
  contactIndustryId: 'contactIndustryId',
  hotness: 'hotness',
  notes: 'notes',
} as const;

/** What recording a new contact does, said before it is done. */
function newContactNote(name: string, industryName: string | null): string {
  const who = name || 'They';
  return industryName
    ? `${who} will be saved as your contact, ${aPersonIn(industryName)}: members asking who knows ${aPersonIn(industryName)} may find you.`
    : `${who} will be saved as your contact, a private person: a contact with no trade never answers a who-knows question.`;
}

export function RecordReferralForm({
  members,
  giverId: initialGiver,
  receiverId,
  canChooseGiver,
  onRecorded,
}: RecordReferralFormProps) {
  const { ops, me } = useSession();
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(referralForm),
    defaultValues: {
      giverId: initialGiver,
      receiverId: receiverId ?? '',
      contactMode: 'new' as 'known' | 'new',
      contactId: '',
      contactName: '',
      contactIndustryId: '',
      hotness: 3,
      notes: '',
    },
  });
  const [giverId, contactMode, typedName, industryId] = watch([
    'giverId',
    'contactMode',
    'contactName',
    'contactIndustryId',
  ]);
  // The giver as the member panel reads them (the same key: one fetch for both), and the catalogue.
  const giver = useQuery(`member:${giverId}:${me?.id ?? ''}`, () => ops.member(giverId));
  const catalogue = useQuery('industries', () => ops.industries());
  const contacts: Contact[] | null = giver.error
    ? []
    : giver.data === undefined
      ? null
      : (giver.data?.contacts ?? []);
  const industries = useMemo(
    () => [...(catalogue.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [catalogue.data],
  );
  // Once the user picks a mode (or starts on a new contact), loading the giver's contacts must not
  // flip it under them.
  const modeChosen = useRef(false);
  const chooseMode = { onChange: () => (modeChosen.current = true) };
  const [done, setDone] = useState<string | null>(null);
  const fieldId = useFieldIds();

  useEffect(() => setValue('receiverId', receiverId ?? ''), [receiverId, setValue]);
  useEffect(() => setValue('giverId', initialGiver), [initialGiver, setValue]);

  // Once the giver's contacts are in, start from them if there are any (unless a mode was chosen).
  const knownContacts = contacts?.length ?? null;
  useEffect(() => {
    if (knownContacts !== null && !modeChosen.current)
      setValue('contactMode', knownContacts > 0 ? 'known' : 'new');
  }, [knownContacts, setValue]);

  const record = handleSubmit(async (form) => {
    try {
      const outcome = unwrapResult(await ops.recordReferral(toInput(form)));
      if (!outcome.ok) return showRefusal(setError, outcome, INPUT_FIELDS);
      setDone(`Referral recorded: ${outcome.data.giver.name} → ${outcome.data.receiver.name}.`);
      setValue('notes', '');
      setValue('contactName', '');
      setValue('contactId', '');
      onRecorded(outcome.data);
    } catch (error) {
      showFailure(setError, error);
    }
  });

  const others = members.filter((member) => member.id !== giverId);
  // Errors of either kind of contact, read by name (the form's values are one or the other).
  const fieldErrors = errors as Partial<Record<string, { message?: string }>>;
  const aria = (name: string) => fieldAria(fieldId(name), fieldErrors[name]);
  const fieldError = (name: string) => <FieldError fieldId={fieldId(name)} error={fieldErrors[name]} />;

  return (
    <form
      className="form"
      onSubmit={(event) => {
        setDone(null);
        void record(event);
      }}
      noValidate
      aria-label="Record a referral"
    >
      <h3>Record a referral</h3>
      <div className="field">
        <label htmlFor={fieldId('giverId')}>Given by</label>
        <select {...register('giverId')} {...aria('giverId')} disabled={!canChooseGiver}>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.label} — {member.industryName}
            </option>
          ))}
        </select>
        {fieldError('giverId')}
      </div>
      <div className="field">
        <label htmlFor={fieldId('receiverId')}>Passed to</label>
        <select {...register('receiverId')} {...aria('receiverId')}>
          <option value="">Choose a member…</option>
          {others.map((member) => (
            <option key={member.id} value={member.id}>
              {member.label} — {member.industryName}
            </option>
          ))}
        </select>
        {fieldError('receiverId')}
      </div>
      <fieldset className="field">
        <legend>About</legend>
        <div className="segmented">
          <label>
            <input
              type="radio"
              value="known"
              disabled={!contacts?.length}
              {...register('contactMode', chooseMode)}
            />
            A known contact
            {contacts === null ? ' (loading…)' : contacts.length === 0 ? ' (none visible)' : ''}
          </label>
          <label>
            <input type="radio" value="new" {...register('contactMode', chooseMode)} />
            Someone new
          </label>
        </div>
        {contactMode === 'known' ? (
          <>
            <label htmlFor={fieldId('contactId')} className="sr-only">
              Contact
            </label>
            <select {...register('contactId')} {...aria('contactId')}>
              <option value="">Choose a contact…</option>
              {(contacts ?? []).map((contact) => (
                <option key={contact.id} value={contact.id}>
                  {contact.industry ? `${contact.name} — ${contact.industry.name}` : contact.name}
                </option>
              ))}
            </select>
            {fieldError('contactId')}
          </>
        ) : (
          <div className="row">
            <TextField
              label="Contact name"
              fieldId={fieldId('contactName')}
              error={fieldErrors.contactName}
              registration={register('contactName', chooseMode)}
              grow
            />
            <div className="field grow">
              <label htmlFor={fieldId('contactIndustryId')}>Their industry</label>
              <select {...register('contactIndustryId', chooseMode)} {...aria('contactIndustryId')}>
                <option value="">Choose…</option>
                <option value={PRIVATE_PERSON}>A private person (no trade)</option>
                {industries.map((industry) => (
                  <option key={industry.id} value={industry.id}>
                    {industry.name}
                  </option>
                ))}
              </select>
              {fieldError('contactIndustryId')}
            </div>
          </div>
        )}
        {contactMode === 'new' && industryId && (
          <p className="hint" role="note">
            {newContactNote(
              typedName.trim(),
              industries.find((industry) => industry.id === industryId)?.name ?? null,
            )}
          </p>
        )}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor={fieldId('hotness')}>Hotness</label>
          <select {...register('hotness', { valueAsNumber: true })} {...aria('hotness')}>
            <option value="1">1 — a name to try</option>
            <option value="2">2</option>
            <option value="3">3 — expecting the call</option>
            <option value="4">4</option>
            <option value="5">5 — ready to buy</option>
          </select>
          {fieldError('hotness')}
        </div>
      </div>
      <TextField
        label="Notes"
        fieldId={fieldId('notes')}
        error={fieldErrors.notes}
        registration={register('notes')}
        rows={2}
      />
      <FormStatus error={errors.root?.server?.message} done={done} />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {isSubmitting ? 'Recording…' : 'Record referral'}
      </button>
    </form>
  );
}
