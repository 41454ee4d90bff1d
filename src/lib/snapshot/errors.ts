// A snapshot that could not be made, with the reason in the UI's language.
export class SnapshotError extends Error {
  constructor(
    message: string,
    /** A size that will work, when the asked one is too large. */
    readonly fits?: { width: number; height: number },
  ) {
    super(message);
  }
}

export const abortError = () => new DOMException('cancelled', 'AbortError');
