// The members as a list: the keyboard and screen-reader route to every node of the graph.
import { useId, useState } from 'react';
import type { GraphNode } from '../../api/types.ts';
import { downloadCsv } from '../../hooks/download.ts';
import { toCsv } from '../../text/csv.ts';
import { foldForSearch } from '../../text/words.ts';

export interface MembersListProps {
  nodes: readonly GraphNode[];
  /** The group's power groups, to name each member's in the CSV. */
  powerGroups: readonly { id: string; name: string }[];
  /** The file the CSV downloads as. */
  csvName: string;
  colourOf: (node: GraphNode) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The members shown, one row each, as a spreadsheet would want them. */
export function membersCsv(
  nodes: readonly GraphNode[],
  powerGroups: MembersListProps['powerGroups'],
): string {
  const names = new Map(powerGroups.map((group) => [group.id, group.name]));
  return toCsv(
    ['name', 'company', 'industry', 'power groups', 'role'],
    nodes.map((node) => [
      node.label,
      node.company,
      node.industryName,
      node.powerGroupIds.map((id) => names.get(id) ?? id).join('; '),
      node.role === 'ORGANISER' ? 'organiser' : 'member',
    ]),
  );
}

export function MembersList({
  nodes,
  powerGroups,
  csvName,
  colourOf,
  selectedId,
  onSelect,
}: MembersListProps) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const needle = foldForSearch(filter);
  const shown = [...nodes]
    .sort((a, b) => a.label.localeCompare(b.label))
    .filter(
      (node) =>
        !needle ||
        [node.label, node.industryName, node.company].some(
          (text) => text !== null && foldForSearch(text).includes(needle),
        ),
    );
  return (
    <div className="members-list">
      <label htmlFor={id} className="sr-only">
        Filter members
      </label>
      <input
        id={id}
        type="search"
        placeholder="Filter by name, company or industry"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <div className="list-actions">
        <button
          type="button"
          className="button small"
          disabled={shown.length === 0}
          onClick={() => downloadCsv(membersCsv(shown, powerGroups), csvName)}
        >
          Download CSV{shown.length < nodes.length ? ` (${shown.length} shown)` : ''}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="muted">No member matches “{filter}”.</p>
      ) : (
        <ul>
          {shown.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                className={`member-row${node.id === selectedId ? ' current' : ''}`}
                aria-current={node.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(node.id)}
              >
                <span className="dot" style={{ background: colourOf(node) }} aria-hidden="true" />
                <span className="grow">
                  {node.label}
                  {node.role === 'ORGANISER' && <span className="badge">Organiser</span>}
                </span>
                <span className="muted small">{node.industryName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
