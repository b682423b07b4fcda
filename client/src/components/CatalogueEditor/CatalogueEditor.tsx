// The shared industry catalogue, as the instance admin edits it: the curated power groups (a name
// and their industries), synergy between two industries (strength and reason), and whether two
// industries compete. Every group reads the same catalogue, so the API lets only the admin change
// it; the explorer shows these forms to the admin alone. Rules come from @powergroups/rules.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  idOf,
  powerGroupDescription,
  powerGroupIndustries,
  powerGroupName,
  synergyReason,
  synergyStrength,
} from '@powergroups/rules';
import { useId, useState } from 'react';
import { type FieldError as FieldErrorOf, type UseFormRegisterReturn, useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { PowerGroupTemplate } from '../../api/types.ts';
import { showFailure, showRefusal } from '../../forms/refusal.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { foldForSearch } from '../../text/words.ts';
import { FieldError, useFieldIds } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import { type IndustryOption, IndustryPicker } from '../IndustryPicker/IndustryPicker.tsx';
import { RosterActions } from '../RosterActions/RosterActions.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';
import { TextField } from '../TextField/TextField.tsx';

export interface CatalogueEditorProps {
  industries: readonly IndustryOption[];
  onWrite: (message: string) => void;
}

export function CatalogueEditor({ industries, onWrite }: CatalogueEditorProps) {
  return (
    <>
      <PowerGroupsEditor industries={industries} onWrite={onWrite} />
      <SynergyForm industries={industries} onWrite={onWrite} />
      <CompetitionForm industries={industries} onWrite={onWrite} />
    </>
  );
}

// ---- power groups ------------------------------------------------------------------------------

function PowerGroupsEditor({ industries, onWrite }: CatalogueEditorProps) {
  const { ops } = useSession();
  const templates = useQuery('power-group-templates', () => ops.powerGroupTemplates());
  const [editing, setEditing] = useState<PowerGroupTemplate | 'new' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const titleId = useId();

  const remove = async (template: PowerGroupTemplate) => {
    setRemoveError(null);
    try {
      const outcome = unwrapResult(await ops.removePowerGroup(template.id));
      if (!outcome.ok) return setRemoveError(outcome.message ?? 'The power group was not removed.');
      setRemoving(null);
      onWrite(`Power group ${template.name} removed.`);
    } catch (error) {
      setRemoveError(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby={titleId}>
      <div className="section-head">
        <h3 id={titleId}>Power groups</h3>
        <button type="button" className="button small" onClick={() => setEditing('new')}>
          New power group
        </button>
      </div>
      {editing && (
        <PowerGroupForm
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? null : editing}
          industries={industries}
          onSaved={(message) => {
            setEditing(null);
            onWrite(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {templates.error ? (
        <StateMessage kind="error" error={templates.error} onRetry={templates.reload} />
      ) : !templates.data ? (
        <StateMessage kind="loading" />
      ) : (
        <ul className="roster">
          {templates.data.map((template) => (
            <li key={template.id} className="roster-item">
              <div className="roster-who">
                <strong>{template.name}</strong>
                <span className="hint">
                  {template.industries.map((industry) => industry.name).join(', ')}
                </span>
              </div>
              <RosterActions
                name={template.name}
                onEdit={() => setEditing(template)}
                onRemove={() => setRemoving(template.id)}
              />
              {removing === template.id && (
                <fieldset className="confirm">
                  <legend>Remove {template.name}?</legend>
                  <p>Every group stops seeing this power group and its gaps.</p>
                  <FormStatus error={removeError} />
                  <div className="button-row">
                    <button type="button" className="button danger" onClick={() => void remove(template)}>
                      Remove {template.name}
                    </button>
                    <button type="button" className="button ghost" onClick={() => setRemoving(null)}>
                      Keep it
                    </button>
                  </div>
                </fieldset>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const powerGroupForm = z.object({
  id: idOf('powerGroup'),
  name: powerGroupName,
  description: powerGroupDescription,
  industryIds: powerGroupIndustries(z.string()),
});

const POWER_GROUP_FIELDS = {
  id: 'id',
  name: 'name',
  description: 'description',
  industryIds: 'industryIds',
} as const;

/** "Home buying" → pg-home-buying: a new power group's id, offered from its name. */
const idFromName = (name: string) =>
  `pg-${foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

function PowerGroupForm({
  template,
  industries,
  onSaved,
  onCancel,
}: {
  template: PowerGroupTemplate | null;
  industries: readonly IndustryOption[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { ops } = useSession();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(powerGroupForm),
    defaultValues: {
      id: template?.id ?? '',
      name: template?.name ?? '',
      description: template?.description ?? '',
      industryIds: template?.industries.map((industry) => industry.id) ?? [],
    },
  });
  const [search, setSearch] = useState('');
  const fieldId = useFieldIds();
  const chosen = watch('industryIds');
  const needle = foldForSearch(search);
  const shown = industries.filter(
    (industry) => chosen.includes(industry.id) || !needle || foldForSearch(industry.name).includes(needle),
  );

  const save = handleSubmit(async (form) => {
    try {
      const outcome = unwrapResult(await ops.upsertPowerGroup(form));
      if (!outcome.ok) return showRefusal(setError, outcome, POWER_GROUP_FIELDS);
      onSaved(`Power group ${outcome.data.name} saved with ${form.industryIds.length} industries.`);
    } catch (error) {
      showFailure(setError, error);
    }
  });

  const title = template ? `Edit ${template.name}` : 'New power group';
  return (
    <form className="form" onSubmit={(event) => void save(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <div className="row wrap">
        <TextField
          label="Name"
          fieldId={fieldId('name')}
          error={errors.name}
          registration={register('name', {
            onChange: (event) => {
              if (!template) setValue('id', idFromName(event.target.value));
            },
          })}
          grow
        />
        <TextField
          label="Id"
          fieldId={fieldId('id')}
          error={errors.id}
          registration={register('id')}
          grow
          readOnly={Boolean(template)}
        />
      </div>
      <TextField
        label="Description"
        fieldId={fieldId('description')}
        error={errors.description}
        registration={register('description')}
        rows={2}
      />
      <fieldset
        className="field"
        aria-describedby={errors.industryIds ? `${fieldId('industryIds')}-error` : undefined}
      >
        <legend>Industries ({chosen.length} chosen)</legend>
        <input
          type="search"
          placeholder="Search industries…"
          aria-label="Search the industries to include"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div className="checklist">
          {shown.map((industry) => (
            <label key={industry.id}>
              <input type="checkbox" value={industry.id} {...register('industryIds')} />
              {industry.name}
            </label>
          ))}
        </div>
        <FieldError fieldId={fieldId('industryIds')} error={errors.industryIds} />
      </fieldset>
      <FormStatus error={errors.root?.server?.message} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save power group'}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

// ---- synergy and competition between two industries --------------------------------------------

const industryPair = {
  industryA: z.string().min(1, 'Choose the first industry.'),
  industryB: z.string().min(1, 'Choose the second industry.'),
};
const twoDifferent = <T extends { industryA: string; industryB: string }>(pair: T) =>
  pair.industryA !== pair.industryB;
const DIFFERENT = { path: ['industryB'], message: 'Pick two different industries.' };

const synergyForm = z
  .object({
    ...industryPair,
    mode: z.enum(['set', 'remove']),
    strength: z.number().optional(),
    reason: synergyReason,
  })
  .refine(twoDifferent, DIFFERENT)
  .superRefine((form, context) => {
    if (form.mode !== 'set') return;
    const strength = synergyStrength.safeParse(form.strength);
    for (const issue of strength.error?.issues ?? [])
      context.addIssue({ code: 'custom', path: ['strength'], message: issue.message });
  });

const PAIR_FIELDS = {
  industryA: 'industryA',
  industryB: 'industryB',
  strength: 'strength',
  reason: 'reason',
} as const;

type PairField = 'industryA' | 'industryB';

/**
 * The two industries a synergy or competition is between, side by side. `register`, `watch` and
 * `errors` are the form's own: both forms name the two fields industryA and industryB.
 */
function IndustryPair({
  industries,
  fieldId,
  register,
  watch,
  errors,
}: {
  industries: readonly IndustryOption[];
  fieldId: (name: string) => string;
  register: (name: PairField) => UseFormRegisterReturn;
  watch: (name: PairField) => string;
  errors: Partial<Record<PairField, FieldErrorOf>>;
}) {
  return (
    <div className="row wrap">
      {(['industryA', 'industryB'] as const).map((name) => (
        <IndustryPicker
          key={name}
          label={name === 'industryA' ? 'Industry' : 'And industry'}
          fieldId={fieldId(name)}
          industries={industries}
          value={watch(name)}
          error={errors[name]}
          registration={register(name)}
        />
      ))}
    </div>
  );
}

/** One question, its answers side by side as radio buttons. */
function Choice({
  label,
  registration,
  options,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; text: string }[];
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" value={option.value} {...registration} />
          {option.text}
        </label>
      ))}
    </div>
  );
}

const nameOf = (industries: readonly IndustryOption[], id: string) =>
  industries.find((industry) => industry.id === id)?.name ?? id;

function SynergyForm({ industries, onWrite }: CatalogueEditorProps) {
  const { ops } = useSession();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(synergyForm),
    defaultValues: {
      industryA: '',
      industryB: '',
      mode: 'set' as 'set' | 'remove',
      strength: 0.7,
      reason: '',
    },
  });
  const fieldId = useFieldIds();
  const mode = watch('mode');

  const save = handleSubmit(async (form) => {
    try {
      const input = {
        industryA: form.industryA,
        industryB: form.industryB,
        ...(form.mode === 'set'
          ? { strength: form.strength ?? null, reason: form.reason }
          : { strength: null }),
      };
      const outcome = unwrapResult(await ops.setSynergy(input));
      if (!outcome.ok) return showRefusal(setError, outcome, PAIR_FIELDS);
      const pair = `${outcome.data.industryA.name} and ${outcome.data.industryB.name}`;
      onWrite(
        form.mode === 'set' ? `Synergy of ${pair} set to ${form.strength}.` : `Synergy of ${pair} removed.`,
      );
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form
      className="form"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label="Synergy between industries"
    >
      <h3>Synergy between two industries</h3>
      <IndustryPair
        industries={industries}
        fieldId={fieldId}
        register={register}
        watch={watch}
        errors={errors}
      />
      <Choice
        label="Synergy"
        registration={register('mode')}
        options={[
          { value: 'set', text: 'They have synergy' },
          { value: 'remove', text: 'No synergy (remove it)' },
        ]}
      />
      {mode === 'set' && (
        <div className="row wrap">
          <TextField
            label="Strength (above 0, at most 1)"
            fieldId={fieldId('strength')}
            error={errors.strength}
            registration={register('strength', { valueAsNumber: true })}
            type="number"
            step="0.05"
            min="0"
            max="1"
          />
          <TextField
            label="Why (shown with partner suggestions)"
            fieldId={fieldId('reason')}
            error={errors.reason}
            registration={register('reason')}
            grow
          />
        </div>
      )}
      <FormStatus error={errors.root?.server?.message} />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {mode === 'set' ? 'Set synergy' : 'Remove synergy'}
      </button>
    </form>
  );
}

const competitionForm = z
  .object({ ...industryPair, competes: z.enum(['yes', 'no']) })
  .refine(twoDifferent, DIFFERENT);

function CompetitionForm({ industries, onWrite }: CatalogueEditorProps) {
  const { ops } = useSession();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(competitionForm),
    defaultValues: { industryA: '', industryB: '', competes: 'yes' as 'yes' | 'no' },
  });
  const fieldId = useFieldIds();

  const save = handleSubmit(async (form) => {
    try {
      const competes = form.competes === 'yes';
      const outcome = unwrapResult(
        await ops.setCompetition({ industryA: form.industryA, industryB: form.industryB, competes }),
      );
      if (!outcome.ok)
        return showRefusal(setError, outcome, { industryA: 'industryA', industryB: 'industryB' });
      const pair = `${nameOf(industries, form.industryA)} and ${nameOf(industries, form.industryB)}`;
      onWrite(competes ? `${pair} now compete.` : `${pair} no longer compete.`);
    } catch (error) {
      showFailure(setError, error);
    }
  });

  return (
    <form
      className="form"
      onSubmit={(event) => void save(event)}
      noValidate
      aria-label="Competition between industries"
    >
      <h3>Competition between two industries</h3>
      <p className="hint">Members in competing industries are never suggested as referral partners.</p>
      <IndustryPair
        industries={industries}
        fieldId={fieldId}
        register={register}
        watch={watch}
        errors={errors}
      />
      <Choice
        label="Competition"
        registration={register('competes')}
        options={[
          { value: 'yes', text: 'They compete' },
          { value: 'no', text: 'They do not compete' },
        ]}
      />
      <FormStatus error={errors.root?.server?.message} />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        Save competition
      </button>
    </form>
  );
}
