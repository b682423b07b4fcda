// The side panel's tabs. Arrow keys move between tabs (WAI-ARIA tabs pattern), so Tab goes on into
// the panel instead of stopping at every tab.
import type { KeyboardEvent } from 'react';
import { PANEL_TABS, type PanelTab } from '../../hooks/useUrlState.ts';

const TAB_LABELS: Record<PanelTab, string> = {
  member: 'Member',
  ask: 'Ask',
  'power-groups': 'Power groups',
  record: 'Record',
  members: 'Members',
  pipeline: 'Pipeline',
  organise: 'Organise',
  activity: 'Activity',
};

export interface PanelTabsProps {
  tab: PanelTab;
  onChange: (tab: PanelTab) => void;
  /** The tabs this caller has, in PANEL_TABS order (default: all of them). */
  tabs?: readonly PanelTab[];
}

export function PanelTabs({ tab: open, onChange, tabs = PANEL_TABS }: PanelTabsProps) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const focused = (event.target as HTMLElement).id.replace(/^tab-/, '') as PanelTab;
    const from = tabs.includes(focused) ? focused : open;
    const next = tabs[(tabs.indexOf(from) + step + tabs.length) % tabs.length] ?? 'member';
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
    event.preventDefault();
  }

  return (
    <div className="tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={open === tab}
          tabIndex={open === tab ? 0 : -1}
          aria-controls="panel-body"
          className="tab"
          onClick={() => onChange(tab)}
        >
          {TAB_LABELS[tab]}
        </button>
      ))}
    </div>
  );
}
