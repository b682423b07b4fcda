// A write the server refused, said on its form (react-hook-form): each field message beside the
// field it names, once; whatever names no field of the form, above the button (FormStatus).
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { errorMessage } from '../api/client.ts';

/** Where FormStatus finds a form's own message: `errors.root.server` (cleared by the next submit). */
const FORM_ERROR = 'root.server';

interface Refusal {
  message: string | null;
  /** by the last segment of the server's path: 'value' for ['input', 'value'] (unwrapResult) */
  fieldErrors: Record<string, string>;
}

/**
 * Puts `refusal` on the form: `fields` says which form field shows the message for each input
 * field of the server ({ memberIds: 'other' }); the first such field gets the focus.
 */
export function showRefusal<T extends FieldValues>(
  setError: UseFormSetError<T>,
  refusal: Refusal,
  fields: Partial<Record<string, FieldPath<T>>> = {},
): void {
  const unplaced: string[] = [];
  let placed = 0;
  for (const [key, message] of Object.entries(refusal.fieldErrors)) {
    const field = fields[key];
    if (field) setError(field, { type: 'server', message }, { shouldFocus: placed++ === 0 });
    else unplaced.push(message);
  }
  // The server's own message repeats its field messages: said only when no field message is.
  const formMessage = unplaced.length > 0 ? unplaced.join(' ') : placed > 0 ? null : refusal.message;
  if (formMessage) setError(FORM_ERROR, { type: 'server', message: formMessage });
}

/** A write that failed on its way (the server down, the network gone), said above the button. */
export function showFailure<T extends FieldValues>(setError: UseFormSetError<T>, error: unknown): void {
  setError(FORM_ERROR, { type: 'server', message: errorMessage(error) });
}
