// The bar across the top: which group, what to ask it, and who is signed in.
import type { GroupSummary } from '../../api/types.ts';
import type { LiveState } from '../../hooks/useLiveGroup.ts';
import { AskBox } from '../AskBox/AskBox.tsx';
import { Brand } from '../Brand/Brand.tsx';
import { GroupPicker } from '../GroupPicker/GroupPicker.tsx';
import { LiveBadge } from '../LiveBadge/LiveBadge.tsx';
import { SignIn } from '../SignIn/SignIn.tsx';

export interface AppHeaderProps {
  groups: readonly GroupSummary[] | undefined;
  groupId: string | null;
  onChooseGroup: (id: string) => void;
  ask: string;
  memberNames: readonly string[];
  /** Until the graph is in, no member name can be recognised. */
  askDisabled: boolean;
  onAsk: (text: string) => void;
  /** Whether changes made elsewhere show here by themselves. */
  live: LiveState;
  /** The region of the group on screen, linked to its chapters (null: no link). */
  region: string | null;
  onOpenRegion: (region: string) => void;
}

export function AppHeader({
  groups,
  groupId,
  onChooseGroup,
  ask,
  memberNames,
  askDisabled,
  onAsk,
  live,
  region,
  onOpenRegion,
}: AppHeaderProps) {
  return (
    <header className="topbar">
      <Brand />
      {groups && groups.length > 0 && (
        <GroupPicker groups={groups} value={groupId} onChange={onChooseGroup} />
      )}
      {region && (
        <a
          className="region-link"
          href={`/regions/${encodeURIComponent(region)}`}
          onClick={(event) => {
            event.preventDefault();
            onOpenRegion(region);
          }}
        >
          <span className="region-link-word">Region: </span>
          {region}
        </a>
      )}
      <AskBox value={ask} memberNames={memberNames} disabled={askDisabled} onAsk={onAsk} />
      <LiveBadge state={live} />
      <SignIn />
    </header>
  );
}
