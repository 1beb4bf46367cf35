import { redactSecrets } from '../redact.js';
import { EXIT, reportUsageError, type CliIO } from './io.js';
import { EmailParseError, SiteUnreachableError, SourceFileError, TargetError, UsageError } from '../errors.js';

/** A mistake the user can fix in how careaudit was called: the flags, config, rules, target or email. */
const isUsageFailure = (error: unknown) =>
  error instanceof SourceFileError || error instanceof UsageError || error instanceof TargetError || error instanceof EmailParseError;

/** Whether careaudit knows this failure and says it plainly, as opposed to a bug. */
export const isKnownFailure = (error: unknown): error is Error => isUsageFailure(error) || error instanceof SiteUnreachableError;

/** 2 for a usage failure; 3 when the site could not be audited, or careaudit itself failed. */
export const exitCodeOf = (error: unknown): number => (isUsageFailure(error) ? EXIT.usage : EXIT.unaudited);

/** Every known failure as a plain message and its exit code; anything else is a bug, said as one. */
export function reportFailure(error: unknown, io: CliIO): number {
  if (error instanceof SourceFileError) io.stderr.write(`careaudit: ${error.format()}\n`);
  else if (error instanceof UsageError) reportUsageError(error, io);
  else if (isKnownFailure(error)) io.stderr.write(`careaudit: ${redactSecrets(error.message)}\n`);
  else {
    const failure = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`careaudit: internal error: ${failure.message}\n${io.env.CAREAUDIT_DEBUG ? `${failure.stack}\n` : '(set CAREAUDIT_DEBUG=1 for details)\n'}`);
  }
  return exitCodeOf(error);
}
