/**
 * The three ways loading a data file can fail. They are distinct because the app answers
 * them differently: a missing file is a 404 page, a network failure is worth retrying,
 * and invalid data is a build problem that retrying in a loop will not fix.
 */

/** The server has no such file (HTTP 404): the page does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly url: string) {
    super(`There is no data file at ${url}.`);
  }
}

/** The request did not complete, or the server answered with an error status. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    readonly url: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`Could not load ${url}: ${detail}. Check your connection and try again.`, options);
  }
}

/** The file arrived but is not valid JSON of the expected shape or schema version. */
export class InvalidDataError extends Error {
  override readonly name = 'InvalidDataError';
  constructor(
    readonly url: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`The data at ${url} is invalid: ${detail}.`, options);
  }
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}

/** Errors the error view can explain to a reader (everything else is a bug). */
export function isDataError(error: unknown): error is NetworkError | InvalidDataError {
  return error instanceof NetworkError || error instanceof InvalidDataError;
}
