import type { CliIO } from './io.js';

export interface Progress {
  update(message: string): void;
  stop(): void;
}

/** A spinner on stderr, only on a terminal and never with --quiet: pipes and CI logs stay clean. */
export async function startProgress(io: CliIO, quiet: boolean): Promise<Progress> {
  const stream = io.stderr as NodeJS.WriteStream;
  if (quiet || !io.stderr.isTTY || io.env.CI) return { update: () => {}, stop: () => {} };
  // ora (and its dependencies) load only when a spinner will really be shown
  const { default: ora } = await import('ora');
  const spinner = ora({ stream, text: 'starting', discardStdin: false }).start();
  return {
    update: (message) => {
      spinner.text = message;
    },
    stop: () => spinner.stop(),
  };
}
