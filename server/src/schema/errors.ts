// Expected failures come back as typed results (the errors plugin), never as a 500.
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { builder, NotAuthorizedError } from './builder.ts';

export { InputValidationError, NotAuthorizedError };

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id "${id}"`);
  }
}

/** A validation failure of one input field, thrown from resolvers for checks a schema can't make. */
export function invalid(path: string[], message: string): InputValidationError {
  return new InputValidationError({ issues: [{ message, path }] });
}

/** Validation of a `limit` argument, with messages that name the bounds. */
export const limitArg = (max: number) =>
  z.number().int().min(1, 'limit must be at least 1').max(max, `limit is at most ${max}`);

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something the caller can fix: every typed error has a message that says what was wrong.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldError = builder
  .objectRef<{
    readonly message: string;
    readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
  }>('FieldError')
  .implement({
    fields: (t) => ({
      message: t.exposeString('message'),
      path: t.stringList({
        resolve: (issue) =>
          (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)),
      }),
    }),
  });

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  description: 'The input was refused; fieldErrors say which field and why. Nothing was written.',
  fields: (t) => ({
    fieldErrors: t.field({ type: [FieldError], resolve: (error) => [...error.issues] }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ kind: t.exposeString('kind'), id: t.exposeID('id') }),
});

/** Sign-in refused: the same words whether the email or the password was wrong. */
export class SignInFailedError extends Error {
  override name = 'SignInFailedError';
  constructor() {
    super('Wrong email or password');
  }
}

builder.objectType(SignInFailedError, {
  name: 'SignInFailedError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(NotAuthorizedError, {
  name: 'NotAuthorizedError',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

/** The error types every mutation may answer with. */
export const MUTATION_ERRORS = [InputValidationError, NotFoundError, NotAuthorizedError];
