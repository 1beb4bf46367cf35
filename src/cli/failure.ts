import { EmailParseError } from '../acquire/email.js';
import { SiteUnreachableError, TargetError } from '../acquire/site.js';
import { BrowserNotFoundError } from '../acquire/render/browser.js';
import { redactSecrets } from '../redact.js';
import { RuleFileError } from '../rules/load.js';
import { EXIT, reportUsageError, UsageError, type CliIO } from './io.js';

/** Every known failure as a plain message and its exit code; anything else is a bug, said as one. */
export function reportFailure(error: unknown, io: CliIO): number {
  if (error instanceof RuleFileError) {
    io.stderr.write(`careaudit: ${error.format()}\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) return reportUsageError(error, io);
  if (error instanceof TargetError || error instanceof EmailParseError || error instanceof BrowserNotFoundError) {
    io.stderr.write(`careaudit: ${redactSecrets(error.message)}\n`);
    return EXIT.usage;
  }
  if (error instanceof SiteUnreachableError) {
    io.stderr.write(`careaudit: ${redactSecrets(error.message)}\n`);
    return EXIT.unaudited;
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  io.stderr.write(`careaudit: internal error: ${failure.message}\n${io.env.CAREAUDIT_DEBUG ? `${failure.stack}\n` : '(set CAREAUDIT_DEBUG=1 for details)\n'}`);
  return EXIT.unaudited;
}
