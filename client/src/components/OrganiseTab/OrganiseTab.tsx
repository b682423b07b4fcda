// The organiser's workspace: the group's roster and its CSV import (organisers of the group), and
// the shared industry catalogue (the instance admin). Each part shows only to whoever the API lets
// make its changes, and says who may make the others.
import { useMemo } from 'react';
import type { GroupGraph } from '../../api/types.ts';
import { useQuery } from '../../hooks/useQuery.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { CatalogueEditor } from '../CatalogueEditor/CatalogueEditor.tsx';
import { ImportRoster } from '../ImportRoster/ImportRoster.tsx';
import type { RosterDraft } from '../MemberForm/MemberForm.tsx';
import { RosterEditor } from '../RosterEditor/RosterEditor.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface OrganiseTabProps {
  groupId: string | null;
  graph: GroupGraph | undefined;
  onWrite: (message: string) => void;
  /** A candidate who joined, to add to the roster. */
  rosterDraft?: RosterDraft | null;
}

/** Who may change what, by the API's rules: a group's organisers its roster, the admin the catalogue. */
export function useOrganiseRights(groupId: string | null) {
  const { me, viewer } = useSession();
  const organiser = Boolean(groupId && me?.role === 'ORGANISER' && me.group?.id === groupId);
  const admin = viewer?.admin === true;
  return { organiser, admin, any: organiser || admin };
}

export function OrganiseTab({ groupId, graph, onWrite, rosterDraft }: OrganiseTabProps) {
  const { ops } = useSession();
  const rights = useOrganiseRights(groupId);
  const catalogue = useQuery(rights.any ? 'industries' : null, () => ops.industries());
  const industries = useMemo(
    () => [...(catalogue.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [catalogue.data],
  );

  if (!rights.any)
    return (
      <StateMessage kind="empty">
        Organising is for the group’s organisers: sign in as one to edit the roster or import it from CSV.
      </StateMessage>
    );
  if (catalogue.error)
    return <StateMessage kind="error" error={catalogue.error} onRetry={catalogue.reload} />;
  if (!catalogue.data) return <StateMessage kind="loading">Loading the industries…</StateMessage>;

  return (
    <div className="organise">
      {rights.organiser && groupId && graph ? (
        <>
          <RosterEditor
            groupId={groupId}
            nodes={graph.nodes}
            industries={industries}
            onWrite={onWrite}
            draft={rosterDraft}
          />
          <ImportRoster groupId={groupId} onWrite={onWrite} />
        </>
      ) : (
        <p className="hint" role="note">
          The roster is its group’s organisers’ to edit.
        </p>
      )}
      {rights.admin ? (
        <CatalogueEditor industries={industries} onWrite={onWrite} />
      ) : (
        <section>
          <h3>Power groups, synergy and competition</h3>
          <p className="hint" role="note">
            These make up the industry catalogue every group shares, so only the instance admin changes them
            (ask whoever runs Power Groups). What they say about your group is on the Power groups tab.
          </p>
        </section>
      )}
    </div>
  );
}
