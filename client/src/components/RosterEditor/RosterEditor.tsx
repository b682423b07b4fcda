// The group's roster as its organiser edits it: add a member, edit one (their details, their
// industry), or remove one after saying what goes with them.
import { useId, useMemo, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { unwrapResult } from '../../api/operations.ts';
import type { GraphNode } from '../../api/types.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { foldForSearch } from '../../text/words.ts';
import { FormStatus } from '../FormStatus/FormStatus.tsx';
import type { IndustryOption } from '../IndustryPicker/IndustryPicker.tsx';
import { MemberForm, type RosterDraft } from '../MemberForm/MemberForm.tsx';
import { RosterActions } from '../RosterActions/RosterActions.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface RosterEditorProps {
  groupId: string;
  nodes: readonly GraphNode[];
  industries: readonly IndustryOption[];
  onWrite: (message: string) => void;
  /** A candidate who joined: the add form opens with their details. */
  draft?: RosterDraft | null;
}

/** What the roster shows below the list: a form, or a removal to confirm. */
type Editing = { kind: 'add' } | { kind: 'edit'; memberId: string } | null;

export function RosterEditor({ groupId, nodes, industries, onWrite, draft }: RosterEditorProps) {
  const [editing, setEditing] = useState<Editing>(draft ? { kind: 'add' } : null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const members = useMemo(() => [...nodes].sort((a, b) => a.label.localeCompare(b.label)), [nodes]);
  const heldBy = useMemo(
    () => new Map(members.flatMap((node) => (node.industryId ? [[node.industryId, node.label]] : []))),
    [members],
  );
  const needle = foldForSearch(filter);
  const shown = members.filter(
    (node) =>
      !needle ||
      [node.label, node.company, node.industryName].some(
        (text) => text && foldForSearch(text).includes(needle),
      ),
  );
  const saved = (message: string) => {
    setEditing(null);
    onWrite(message);
  };

  return (
    <section className="roster-editor" aria-labelledby={`${filterId}-title`}>
      <div className="section-head">
        <h3 id={`${filterId}-title`}>Roster ({members.length})</h3>
        <button
          type="button"
          className="button small"
          onClick={() => {
            setRemoving(null);
            setEditing({ kind: 'add' });
          }}
        >
          Add a member
        </button>
      </div>
      {editing?.kind === 'add' && (
        <MemberForm
          groupId={groupId}
          member={null}
          draft={draft}
          industries={industries}
          heldBy={heldBy}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'edit' && (
        <EditMember
          key={editing.memberId}
          groupId={groupId}
          memberId={editing.memberId}
          industries={industries}
          heldBy={heldBy}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      <label htmlFor={filterId} className="sr-only">
        Filter the roster
      </label>
      <input
        id={filterId}
        type="search"
        className="roster-filter"
        placeholder="Filter by name, company or industry"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul className="roster">
        {shown.map((node) => (
          <li key={node.id} className="roster-item">
            <div className="roster-who">
              <strong>{node.label}</strong>
              <span className="hint">
                {[node.industryName ?? 'No industry', node.company].filter(Boolean).join(' · ')}
                {node.role === 'ORGANISER' ? ' · organiser' : ''}
              </span>
            </div>
            <RosterActions
              name={node.label}
              onEdit={() => {
                setRemoving(null);
                setEditing({ kind: 'edit', memberId: node.id });
              }}
              onRemove={() => setRemoving(node.id)}
            />
            {removing === node.id && (
              <ConfirmRemoval
                memberId={node.id}
                name={node.label}
                onRemoved={(message) => {
                  setRemoving(null);
                  if (editing?.kind === 'edit' && editing.memberId === node.id) setEditing(null);
                  onWrite(message);
                }}
                onKeep={() => setRemoving(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The member's details, loaded whole (email, phone, bio are not on the graph), then their form. */
function EditMember({
  memberId,
  ...props
}: { memberId: string } & Omit<Parameters<typeof MemberForm>[0], 'member'>) {
  const { ops } = useSession();
  const member = useQuery(`editable-member:${memberId}`, () => ops.editableMember(memberId));
  if (member.error) return <StateMessage kind="error" error={member.error} onRetry={member.reload} />;
  if (!member.data) return <StateMessage kind="loading">Loading the member…</StateMessage>;
  return <MemberForm member={member.data} {...props} />;
}

/** Removing someone takes much with them: said first, done only on a second press. */
function ConfirmRemoval({
  memberId,
  name,
  onRemoved,
  onKeep,
}: {
  memberId: string;
  name: string;
  onRemoved: (message: string) => void;
  onKeep: () => void;
}) {
  const { ops } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = unwrapResult(await ops.removeMember(memberId));
      if (outcome.ok) onRemoved(`${name} was removed from the group.`);
      else setError(outcome.message ?? Object.values(outcome.fieldErrors).join(' '));
    } catch (reason) {
      setError(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="confirm">
      <legend>Remove {name}?</legend>
      <p>
        Their sign-in, their referrals and one-to-ones, and the contacts only they knew go too. This cannot be
        undone.
      </p>
      <FormStatus error={error} />
      <div className="button-row">
        <button type="button" className="button danger" disabled={busy} onClick={() => void remove()}>
          {busy ? 'Removing…' : `Remove ${name}`}
        </button>
        <button type="button" className="button ghost" onClick={onKeep}>
          Keep {name}
        </button>
      </div>
    </fieldset>
  );
}
