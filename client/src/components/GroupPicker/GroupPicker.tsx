// Which group the explorer shows.
import { useId } from 'react';
import type { GroupSummary } from '../../api/types.ts';

export interface GroupPickerProps {
  groups: readonly GroupSummary[];
  value: string | null;
  onChange: (id: string) => void;
}

export function GroupPicker({ groups, value, onChange }: GroupPickerProps) {
  const id = useId();
  return (
    <div className="group-picker">
      <label htmlFor={id} className="sr-only">
        Group
      </label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {!value && <option value="">Choose a group…</option>}
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name} · {group.region}
          </option>
        ))}
      </select>
    </div>
  );
}
