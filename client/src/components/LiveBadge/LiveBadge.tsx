// Whether the explorer is live: changes made elsewhere show here by themselves while it says
// "Live"; "Reconnecting" means they show once the connection is back.
import type { LiveState } from '../../hooks/useLiveGroup.ts';

const WORDS: Record<Exclude<LiveState, 'off'>, { label: string; title: string }> = {
  connecting: { label: 'Connecting', title: 'Connecting for live updates' },
  live: { label: 'Live', title: 'Live: what anyone records in this group shows here by itself' },
  reconnecting: {
    label: 'Reconnecting',
    title: 'Not live: reconnecting. What others record shows once the connection is back.',
  },
};

export function LiveBadge({ state }: { state: LiveState }) {
  if (state === 'off') return null;
  const { label, title } = WORDS[state];
  return (
    <span className={`live-badge live-${state}`} title={title} role="status">
      <span className="live-dot" aria-hidden="true" />
      <span className="live-label">{label}</span>
    </span>
  );
}
