import { redactSecrets } from '../redact.js';
import { noColor, type CliIO } from './io.js';

export interface Progress {
  update(message: string): void;
  stop(): void;
}

/** Narrower than this, a spinner line is no use (and at 0 columns ora clears an infinite number of lines). */
const MIN_COLUMNS = 20;

const quiet: Progress = { update: () => {}, stop: () => {} };

/**
 * A spinner on stderr only where someone watches it draw: both streams on a terminal (not piped to a pager
 * or a file), a usable width, no --quiet, CI or NO_COLOR. It can never hold up the audit: when the terminal
 * is resized below a usable width it stops.
 */
export async function startProgress(io: CliIO, beQuiet: boolean): Promise<Progress> {
  const stream = io.stderr as NodeJS.WriteStream;
  const usable = (): boolean => (stream.columns ?? 0) >= MIN_COLUMNS;
  if (beQuiet || !io.stderr.isTTY || !io.stdout.isTTY || io.env.CI || noColor(io) || !usable()) return quiet;
  // ora (and its dependencies) load only when a spinner will really be shown
  const { default: ora } = await import('ora');
  // careaudit has decided from its own environment that someone watches; ora would ask process.env again
  const spinner = ora({ stream, text: 'starting', discardStdin: false, isEnabled: true }).start();
  const onResize = (): void => {
    if (!usable()) stop();
  };
  const stop = (): void => {
    stream.off('resize', onResize);
    spinner.stop();
  };
  stream.on('resize', onResize);
  return {
    update: (message) => {
      if (spinner.isSpinning) spinner.text = redactSecrets(message);
    },
    stop,
  };
}
