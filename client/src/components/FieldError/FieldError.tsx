// A field's message in plain words, once, under the field and tied to it (fieldAria): whether the
// form's rules (@powergroups/rules) or the server found it, it is said in the same place.
import { useId } from 'react';

interface Problem {
  message?: string | undefined;
}

const errorIdOf = (fieldId: string) => `${fieldId}-error`;

/** Ids for a form's fields, unique on the page: `fieldId('name')` labels, describes and finds a field. */
export function useFieldIds(): (name: string) => string {
  const formId = useId();
  return (name) => `${formId}-${name}`;
}

/** A field's id, with aria-invalid and aria-describedby naming its hint (if any) and its message. */
export function fieldAria(fieldId: string, error: Problem | undefined, hintId?: string) {
  const describedBy = [hintId, error?.message ? errorIdOf(fieldId) : undefined].filter(Boolean).join(' ');
  return {
    id: fieldId,
    'aria-invalid': Boolean(error?.message),
    'aria-describedby': describedBy || undefined,
  };
}

export function FieldError({ fieldId, error }: { fieldId: string; error: Problem | undefined }) {
  if (!error?.message) return null;
  return (
    <p className="field-error" id={errorIdOf(fieldId)}>
      {error.message}
    </p>
  );
}
