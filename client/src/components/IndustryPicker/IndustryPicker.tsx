// An industry from the catalogue (a hundred or more): a search box narrows the list, the list is a
// plain <select> (keyboard and screen readers know it). Each option says who holds that industry in
// the group already, so a taken seat is seen before the server refuses it.
import { useId, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { foldForSearch } from '../../text/words.ts';
import { FieldError, fieldAria } from '../FieldError/FieldError.tsx';

export interface IndustryOption {
  id: string;
  name: string;
}

export interface IndustryPickerProps {
  label: string;
  /** The select's id (its message's id derives from it). */
  fieldId: string;
  industries: readonly IndustryOption[];
  /** The value chosen now: always listed, whatever the search. */
  value: string;
  /** Industry id → who holds it in the group (left out: the member being edited). */
  heldBy?: ReadonlyMap<string, string>;
  error: { message?: string } | undefined;
  registration: UseFormRegisterReturn;
}

export function IndustryPicker({
  label,
  fieldId,
  industries,
  value,
  heldBy,
  error,
  registration,
}: IndustryPickerProps) {
  const [search, setSearch] = useState('');
  const searchId = useId();
  const needle = foldForSearch(search);
  const shown = industries.filter(
    (industry) => industry.id === value || !needle || foldForSearch(industry.name).includes(needle),
  );
  return (
    <div className="field industry-picker">
      <label htmlFor={fieldId}>{label}</label>
      <input
        id={searchId}
        type="search"
        placeholder="Search industries…"
        aria-label={`Search the ${label.toLowerCase()} list`}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select {...registration} {...fieldAria(fieldId, error)}>
        <option value="">Choose… ({shown.length} shown)</option>
        {shown.map((industry) => {
          const holder = heldBy?.get(industry.id);
          return (
            <option key={industry.id} value={industry.id}>
              {holder ? `${industry.name} — held by ${holder}` : industry.name}
            </option>
          );
        })}
      </select>
      <FieldError fieldId={fieldId} error={error} />
    </div>
  );
}
