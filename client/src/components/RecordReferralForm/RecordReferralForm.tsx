// Record a referral from a giver to a receiver about a contact (known or new), with validation
// messages from the form itself and from the server.
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { type RecordReferralInput, unwrapResult } from '../../api/operations.ts';
import type { Contact, Referral } from '../../api/types.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { withArticle } from '../../text/words.ts';
import { FieldError } from '../FieldError/FieldError.tsx';
import { FormStatus } from '../FormStatus/FormStatus.tsx';

export interface MemberOption {
  id: string;
  label: string;
  industryName: string;
}

export interface RecordReferralFormProps {
  members: readonly MemberOption[];
  giverId: string;
  receiverId?: string | null;
  /** Organisers may record for any giver; members only for themselves. */
  canChooseGiver: boolean;
  onRecorded: (referral: Referral) => void;
}

type Errors = Record<string, string>;

/** The industry choice for someone with no trade (a home buyer): sent as no industry at all. */
const PRIVATE_PERSON = 'private';

/** What recording a new contact does, said before it is done. */
function newContactNote(name: string, industryName: string | null): string {
  const who = name || 'They';
  return industryName
    ? `${who} will be saved as your contact, ${withArticle(industryName)}: members asking who knows ${withArticle(industryName)} may find you.`
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
  const [giverId, setGiverId] = useState(initialGiver);
  const [receiver, setReceiver] = useState(receiverId ?? '');
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
  const [contactMode, setContactMode] = useState<'known' | 'new'>('new');
  // Once the user picks a mode, loading the giver's contacts must not flip it under them.
  const modeChosen = useRef(false);
  const [contactId, setContactId] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactIndustryId, setContactIndustryId] = useState('');
  const [notes, setNotes] = useState('');
  const [hotness, setHotness] = useState('3');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();

  useEffect(() => setReceiver(receiverId ?? ''), [receiverId]);
  useEffect(() => setGiverId(initialGiver), [initialGiver]);

  // Once the giver's contacts are in, start from them if there are any (unless a mode was chosen).
  const knownContacts = contacts?.length ?? null;
  useEffect(() => {
    if (knownContacts !== null && !modeChosen.current) setContactMode(knownContacts > 0 ? 'known' : 'new');
  }, [knownContacts]);

  function validate(): Errors {
    const found: Errors = {};
    if (!receiver) found.receiverId = 'Choose who receives the referral.';
    else if (receiver === giverId) found.receiverId = 'A member cannot refer business to themselves.';
    if (contactMode === 'known' && !contactId) found.contactId = 'Choose the contact the referral is about.';
    if (contactMode === 'new') {
      if (!contactName.trim()) found.contactName = 'Name the person being referred.';
      if (!contactIndustryId)
        found.contactIndustryId = 'Choose their industry, or “A private person” for someone with no trade.';
    }
    if (notes.length > 2000) found.notes = 'Keep the notes under 2,000 characters.';
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) return;
    const input: RecordReferralInput = {
      giverId,
      receiverId: receiver,
      ...(contactMode === 'known'
        ? { contactId }
        : {
            contactName: contactName.trim(),
            ...(contactIndustryId === PRIVATE_PERSON ? {} : { contactIndustryId }),
          }),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      hotness: Number(hotness),
    };
    setBusy(true);
    try {
      const outcome = unwrapResult(await ops.recordReferral(input), [
        'giverId',
        'receiverId',
        'contactId',
        'contactName',
        'contactIndustryId',
        'hotness',
        'notes',
      ]);
      if (outcome.ok) {
        setDone(`Referral recorded: ${outcome.data.giver.name} → ${outcome.data.receiver.name}.`);
        setNotes('');
        setContactName('');
        setContactId('');
        onRecorded(outcome.data);
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

  const others = members.filter((member) => member.id !== giverId);
  const fieldId = (name: string) => `${id}-${name}`;
  const describedBy = (name: string) => (errors[name] ? `${fieldId(name)}-error` : undefined);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Record a referral">
      <h3>Record a referral</h3>
      <div className="field">
        <label htmlFor={fieldId('giverId')}>Given by</label>
        <select
          id={fieldId('giverId')}
          value={giverId}
          disabled={!canChooseGiver}
          onChange={(event) => setGiverId(event.target.value)}
          aria-describedby={describedBy('giverId')}
        >
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.label} — {member.industryName}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId('giverId')}-error`} message={errors.giverId} />
      </div>
      <div className="field">
        <label htmlFor={fieldId('receiverId')}>Passed to</label>
        <select
          id={fieldId('receiverId')}
          value={receiver}
          onChange={(event) => setReceiver(event.target.value)}
          aria-invalid={Boolean(errors.receiverId)}
          aria-describedby={describedBy('receiverId')}
        >
          <option value="">Choose a member…</option>
          {others.map((member) => (
            <option key={member.id} value={member.id}>
              {member.label} — {member.industryName}
            </option>
          ))}
        </select>
        <FieldError id={`${fieldId('receiverId')}-error`} message={errors.receiverId} />
      </div>
      <fieldset className="field">
        <legend>About</legend>
        <div className="segmented">
          <label>
            <input
              type="radio"
              name={fieldId('mode')}
              checked={contactMode === 'known'}
              disabled={!contacts?.length}
              onChange={() => {
                modeChosen.current = true;
                setContactMode('known');
              }}
            />
            A known contact
            {contacts === null ? ' (loading…)' : contacts.length === 0 ? ' (none visible)' : ''}
          </label>
          <label>
            <input
              type="radio"
              name={fieldId('mode')}
              checked={contactMode === 'new'}
              onChange={() => {
                modeChosen.current = true;
                setContactMode('new');
              }}
            />
            Someone new
          </label>
        </div>
        {contactMode === 'known' ? (
          <>
            <label htmlFor={fieldId('contactId')} className="sr-only">
              Contact
            </label>
            <select
              id={fieldId('contactId')}
              value={contactId}
              onChange={(event) => setContactId(event.target.value)}
              aria-invalid={Boolean(errors.contactId)}
              aria-describedby={describedBy('contactId')}
            >
              <option value="">Choose a contact…</option>
              {(contacts ?? []).map((contact) => (
                <option key={contact.id} value={contact.id}>
                  {contact.industry ? `${contact.name} — ${contact.industry.name}` : contact.name}
                </option>
              ))}
            </select>
            <FieldError id={`${fieldId('contactId')}-error`} message={errors.contactId} />
          </>
        ) : (
          <div className="row">
            <div className="field grow">
              <label htmlFor={fieldId('contactName')}>Contact name</label>
              <input
                id={fieldId('contactName')}
                value={contactName}
                onChange={(event) => {
                  modeChosen.current = true;
                  setContactName(event.target.value);
                }}
                aria-invalid={Boolean(errors.contactName)}
                aria-describedby={describedBy('contactName')}
              />
              <FieldError id={`${fieldId('contactName')}-error`} message={errors.contactName} />
            </div>
            <div className="field grow">
              <label htmlFor={fieldId('contactIndustryId')}>Their industry</label>
              <select
                id={fieldId('contactIndustryId')}
                value={contactIndustryId}
                onChange={(event) => {
                  modeChosen.current = true;
                  setContactIndustryId(event.target.value);
                }}
                aria-invalid={Boolean(errors.contactIndustryId)}
                aria-describedby={describedBy('contactIndustryId')}
              >
                <option value="">Choose…</option>
                <option value={PRIVATE_PERSON}>A private person (no trade)</option>
                {industries.map((industry) => (
                  <option key={industry.id} value={industry.id}>
                    {industry.name}
                  </option>
                ))}
              </select>
              <FieldError id={`${fieldId('contactIndustryId')}-error`} message={errors.contactIndustryId} />
            </div>
          </div>
        )}
        {contactMode === 'new' && contactIndustryId && (
          <p className="hint" role="note">
            {newContactNote(
              contactName.trim(),
              industries.find((industry) => industry.id === contactIndustryId)?.name ?? null,
            )}
          </p>
        )}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor={fieldId('hotness')}>Hotness</label>
          <select
            id={fieldId('hotness')}
            value={hotness}
            onChange={(event) => setHotness(event.target.value)}
          >
            <option value="1">1 — a name to try</option>
            <option value="2">2</option>
            <option value="3">3 — expecting the call</option>
            <option value="4">4</option>
            <option value="5">5 — ready to buy</option>
          </select>
          <FieldError id={`${fieldId('hotness')}-error`} message={errors.hotness} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('notes')}>Notes</label>
        <textarea
          id={fieldId('notes')}
          rows={2}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          aria-describedby={describedBy('notes')}
        />
        <FieldError id={`${fieldId('notes')}-error`} message={errors.notes} />
      </div>
      <FormStatus error={formError} done={done} />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Recording…' : 'Record referral'}
      </button>
    </form>
  );
}
