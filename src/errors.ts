/**
 * The errors a user is meant to read, thrown in one layer and reported by another (the CLI turns each
 * into a message and an exit code in cli/failure.ts). Errors that stay inside one module live there.
 */

/** A mistake in how careaudit was called: one line, a hint, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A mistake in a file the user wrote (rules, config, sites list), with where it is and what was expected. */
export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly expected?: string,
    readonly frame?: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }

  /** The full message: location and reason, code frame, what was expected. */
  format(): string {
    return [this.message, this.frame, this.expected && `expected: ${this.expected}`].filter(Boolean).join('\n');
  }
}

/** The target itself is unusable (not found, wrong kind): a usage error. */
export class TargetError extends Error {}

/** Nothing of the site could be read: the audit cannot go on. */
export class SiteUnreachableError extends Error {}

/** A file that cannot be read as an email; the message is meant for the user as it is. */
export class EmailParseError extends Error {
  override name = 'EmailParseError';
}
