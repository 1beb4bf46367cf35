import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, as a user would from the package folder, capturing its output. */
export async function cli(args: string[], options: { tty?: boolean; env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd ?? PACKAGE_ROOT,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
