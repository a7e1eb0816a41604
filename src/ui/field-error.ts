/** A Fluent `Field`'s validation props for a message that may be absent: the message shown as an error. */
export function fieldError(message: string | undefined): {
  validationMessage: string | null;
  validationState: 'error' | 'none';
} {
  return message === undefined
    ? { validationMessage: null, validationState: 'none' }
    : { validationMessage: message, validationState: 'error' };
}
