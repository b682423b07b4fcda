// The members as a list: the keyboard and screen-reader route to every node of the graph.
import { useId, useState } from 'react';
import type { GraphNode } from '../../api/types.ts';
import { foldForSearch } from '../../text/words.ts';

export interface MembersListProps {
  nodes: readonly GraphNode[];
  colourOf: (node: GraphNode) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function MembersList({ nodes, colourOf, selectedId, onSelect }: MembersListProps) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const needle = foldForSearch(filter);
  const shown = [...nodes]
    .sort((a, b) => a.label.localeCompare(b.label))
    .filter(
      (node) =>
        !needle ||
        [node.label, node.industryName, node.company].some((text) => foldForSearch(text).includes(needle)),
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
