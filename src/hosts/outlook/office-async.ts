/** A failed Office.js asynchronous call, with Office's error name (e.g. `ItemNotSaved`). */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns one callback-style Office.js call into a promise. The status is compared with the
 * enumeration Office itself hands out: its typings declare `AsyncResultStatus` numeric while the
 * runtime values are strings.
 */
export function officeCall<T>(
  office: typeof Office,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new OfficeCallError(result.error.name, result.error.message));
    });
  });
}
