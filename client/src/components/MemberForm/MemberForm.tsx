// Add a member to the roster, or edit one: the fields are checked by the API's own rules
// (@powergroups/rules) before sending; what only the server can tell (an industry another member
// holds, naming them) comes back beside the same field.
import { zodResolver } from '@hookform/resolvers/zod';
import { bio, company, email, personName, phone } from '@powergroups/rules';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type CreateMemberInput, type UpdateMemberInput, unwrapResult } from '../../api/operations.ts';
import type { EditableMember, MemberRole } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { FieldError, fieldAria, useFieldIds } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { type IndustryOption, IndustryPicker } from '../IndustryPicker/IndustryPicker.tsx';
import { TextField } from '../TextField/TextField.tsx';

/** Left empty: none. An email, when given, must be one. */
const memberForm = z.object({
  name: personName,
  company,
  industryId: z.string().min(1, 'Choose the member’s industry.'),
  email: z.literal('').or(email),
  phone,
  bio,
  role: z.enum(['MEMBER', 'ORGANISER']),
});

type MemberFormValues = z.output<typeof memberForm>;

/** Each input field of the API shows its message on the form field of the same name. */
const INPUT_FIELDS = {
  name: 'name',
  company: 'company',
  industryId: 'industryId',
  email: 'email',
  phone: 'phone',
  bio: 'bio',
  role: 'role',
} as const;

/** A new member's details known beforehand (a candidate who joined, from the gap they fill). */
export interface RosterDraft {
  name: string;
  company: string;
  industryId: string;
}

export interface MemberFormProps {
  groupId: string;
  /** The member edited; null adds a new one. */
  member: EditableMember | null;
  /** When adding: the details to start from. */
  draft?: RosterDraft | null;
  industries: readonly IndustryOption[];
  /** Industry id → the name of the member of the group who holds it. */
  heldBy: ReadonlyMap<string, string>;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const valuesOf = (member: EditableMember | null): MemberFormValues => ({
  name: member?.name ?? '',
  company: member?.company ?? '',
  industryId: member?.industry?.id ?? '',
  email: member?.email ?? '',
  phone: member?.phone ?? '',
  bio: member?.bio ?? '',
  role: (member?.role ?? 'MEMBER') as MemberRole,
});

/** An edit sends only what changed (the API keeps what it is not sent). */
function changesOf(member: EditableMember, form: MemberFormValues): UpdateMemberInput {
  const before = valuesOf(member);
  const input: UpdateMemberInput = { id: member.id };
  if (form.name !== before.name) input.name = form.name;
  if (form.company !== before.company) input.company = form.company;
  if (form.industryId !== before.industryId) input.industryId = form.industryId;
  if (form.email && form.email !== before.email) input.email = form.email;
  if (form.phone !== before.phone) input.phone = form.phone;
  if (form.bio !== before.bio) input.bio = form.bio;
  return input;
}

function newMemberInput(groupId: string, form: MemberFormValues): CreateMemberInput {
  return {
    groupId,
    industryId: form.industryId,
    name: form.name,
    role: form.role,
    ...(form.company ? { company: form.company } : {}),
    ...(form.email ? { email: form.email } : {}),
    ...(form.phone ? { phone: form.phone } : {}),
    ...(form.bio ? { bio: form.bio } : {}),
  };
}

export function MemberForm({
  groupId,
  member,
  draft,
  industries,
  heldBy,
  onSaved,
  onCancel,
}: MemberFormProps) {
  const { ops } = useSession();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(memberForm),
    defaultValues: { ...valuesOf(member), ...(member ? {} : draft) },
  });
  const [done, setDone] = useState<string | null>(null);
  const fieldId = useFieldIds();
  const aria = (name: keyof MemberFormValues) => fieldAria(fieldId(name), errors[name]);
  /** A text field's wiring: its id, its message, its registration, all by the field's name. */
  const text = (name: keyof MemberFormValues) => ({
    fieldId: fieldId(name),
    error: errors[name],
    registration: register(name),
  });
  const industryName = (industryId: string) =>
    industries.find((industry) => industry.id === industryId)?.name ?? industryId;
  // The member's own seat is theirs to keep: not "held by" them.
  const othersSeats = new Map([...heldBy].filter(([industryId]) => industryId !== member?.industry?.id));

  const save = handleSubmit(async (form) => {
    setDone(null);
    try {
      if (member) {
        const input = changesOf(member, form);
        if (Object.keys(input).length === 1) return setDone('Nothing to save: no field was changed.');
        const outcome = unwrapResult(await ops.updateMember(input));
        if (!outcome.ok) return showRefusal(setError, outcome, INPUT_FIELDS);
        onSaved(
          input.industryId
            ? `${outcome.data.name} is now ${industryName(input.industryId)}.`
            : `${outcome.data.name} saved.`,
        );
      } else {
        const outcome = unwrapResult(await ops.createMember(newMemberInput(groupId, form)));
        if (!outcome.ok) return showRefusal(setError, outcome, INPUT_FIELDS);
        onSaved(`${outcome.data.name} added as ${industryName(form.industryId)}.`);
      }
    } catch (error) {
      showFailure(setError, error);
    }
  });

  const title = member ? `Edit ${member.name}` : 'Add a member';
  return (
    <form className="form member-form" onSubmit={(event) => void save(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="row wrap">
        <TextField {...text('name')} label="Name" grow autoComplete="off" />
        <TextField {...text('company')} label="Company" grow autoComplete="off" />
      </div>
      <IndustryPicker
        label="Industry"
        fieldId={fieldId('industryId')}
        industries={industries}
        value={watch('industryId')}
        heldBy={othersSeats}
        error={errors.industryId}
        registration={register('industryId')}
      />
      <div className="row wrap">
        <TextField {...text('email')} label="Email" grow type="email" autoComplete="off" />
        <TextField {...text('phone')} label="Phone" grow type="tel" autoComplete="off" />
      </div>
      {!member && (
        <div className="field">
          <label htmlFor={fieldId('role')}>Role</label>
          <select {...register('role')} {...aria('role')}>
            <option value="MEMBER">Member</option>
            <option value="ORGANISER">Organiser</option>
          </select>
          <FieldError fieldId={fieldId('role')} error={errors.role} />
        </div>
      )}
      <TextField {...text('bio')} label="Bio" rows={2} />
      <FormStatus error={errors.root?.server?.message} done={done} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : member ? 'Save changes' : 'Add member'}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
