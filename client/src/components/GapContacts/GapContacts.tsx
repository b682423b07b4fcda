// The people members know in an industry the group lacks: who they are (named only to those who
// know them and to organisers, DESIGN.md §6; "a contact of …" to everyone else), who knows them and
// how well, and how their invitation goes, with the moves the caller may make.
import { CANDIDATE_STATUS_WORDS, candidateHistory, tradeWord } from '@powergroups/rules';
import type { GapContact } from '../../api/types.ts';
import { formatDay } from '../../text/format.ts';
import { CandidateStatusForm } from '../CandidateStatusForm/CandidateStatusForm.tsx';
import type { RosterDraft } from '../MemberForm/MemberForm.tsx';

export interface GapContactsProps {
  groupId: string;
  /** The industry they are in, as the gap names it. */
  industryName: string;
  industryId: string;
  /** For the group's organisers: add a candidate who joined to the roster, in this industry. */
  onAddToRoster?: (draft: RosterDraft) => void;
  people: readonly GapContact[];
  onSelectMember: (id: string) => void;
  onWrite: (message: string) => void;
  /** Today's date, YYYY-MM-DD; a prop so tests are not tied to the clock. */
  today?: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Gary Nolan", or "a contact of Eoin Gallagher and Paul Dunne" to whoever may not know who. */
export function personLabel(person: GapContact): string {
  if (person.contact) return person.contact.name;
  const names = person.knownBy.map((tie) => tie.member.name);
  const last = names.pop();
  return `a contact of ${names.length > 0 ? `${names.join(', ')} and ${last}` : (last ?? 'a member')}`;
}

/** "Invited 10 Nov · Visited 17 Nov": the steps so far, oldest first; empty when not invited yet. */
export function candidateSummary(candidate: GapContact['candidate'], today?: string): string {
  if (!candidate) return '';
  return candidateHistory(candidate)
    .map((step) => `${capitalise(CANDIDATE_STATUS_WORDS[step.status])} ${formatDay(step.on, today)}`)
    .join(' · ');
}

export function GapContacts({
  groupId,
  industryName,
  industryId,
  people,
  onSelectMember,
  onWrite,
  onAddToRoster,
  today,
}: GapContactsProps) {
  return (
    <ul className="gap-contacts" aria-label={`${industryName}: people members know`}>
      {people.map((person, index) => {
        const status = person.candidate?.status;
        return (
          <li key={person.contact?.id ?? `hidden-${index}`} className="gap-contact">
            <div className="gap-contact-line">
              {person.contact ? (
                <>
                  <strong>{person.contact.name}</strong>{' '}
                  <span className="muted">({tradeWord(industryName)})</span> — known by{' '}
                </>
              ) : (
                <span className="muted">a contact of </span>
              )}
              {person.knownBy.map((tie, at) => (
                <span key={tie.member.id}>
                  {at > 0 && '; '}
                  <button type="button" className="link" onClick={() => onSelectMember(tie.member.id)}>
                    {tie.member.name}
                  </button>
                  <span className="muted">, strength {tie.strength}/5</span>
                </span>
              ))}
              {status ? (
                <>
                  {' — '}
                  <span className={`candidate-status candidate-${status.toLowerCase()}`}>
                    {candidateSummary(person.candidate, today)}
                  </span>
                </>
              ) : (
                // Said to those who may invite them: for others no candidacy may also mean not shown.
                person.statusChoices.length > 0 && <span className="muted"> — not invited yet</span>
              )}
            </div>
            {person.contact && status === 'JOINED' && onAddToRoster && (
              <button
                type="button"
                className="button small"
                onClick={() =>
                  person.contact &&
                  onAddToRoster({
                    name: person.contact.name,
                    company: person.contact.company ?? '',
                    industryId,
                  })
                }
              >
                Add {person.contact.name} to the roster
              </button>
            )}
            {person.contact && person.statusChoices.length > 0 && (
              <CandidateStatusForm
                groupId={groupId}
                contactId={person.contact.id}
                name={person.contact.name}
                candidate={person.candidate}
                choices={person.statusChoices}
                onSaved={onWrite}
                {...(today ? { today } : {})}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
