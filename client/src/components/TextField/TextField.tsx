// A labelled text field with its message under it, the three tied by one id (fieldAria): the
// wiring every form's text fields share, so none does it by hand.
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, fieldAria } from '../FieldError/FieldError.tsx';

/** What the input says besides its value and wiring: type, autoComplete, placeholder, readOnly… */
type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'onChange' | 'onBlur'>;

export interface TextFieldProps extends InputAttributes {
  label: ReactNode;
  /** The input's id (its message's id derives from it). */
  fieldId: string;
  error: { message?: string } | undefined;
  registration: UseFormRegisterReturn;
  /** Shares its row's room with the fields beside it. */
  grow?: boolean;
  /** Text of more than a line: a textarea of this many rows. */
  rows?: number;
}

export function TextField({
  label,
  fieldId,
  error,
  registration,
  grow = false,
  rows,
  ...input
}: TextFieldProps) {
  const control = { ...registration, ...fieldAria(fieldId, error) };
  return (
    <div className={grow ? 'field grow' : 'field'}>
      <label htmlFor={fieldId}>{label}</label>
      {rows ? <textarea rows={rows} {...control} /> : <input {...input} {...control} />}
      <FieldError fieldId={fieldId} error={error} />
    </div>
  );
}
