import { outputWidth } from '../format/wrap.js';
import type { UsageError } from '../errors.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  /** columns: the terminal's width, when stderr is one (some pseudo-terminals report 0). */
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
}

export const EXIT = {
  passed: 0,
  gateFailed: 1,
  usage: 2,
  unaudited: 3,
} as const;

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Say a usage error the one way every command says it; the exit code to return. */
export function reportUsageError(error: UsageError, io: CliIO): number {
  io.stderr.write(`careaudit: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
  return EXIT.usage;
}

/** Colour on stdout: only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export function colorOn(io: CliIO): boolean {
  return Boolean(io.stdout.isTTY) && !noColor(io);
}

export function noColor(io: CliIO): boolean {
  return io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
}

/** The width text output is laid out for: $COLUMNS, else the terminal's, else 100 columns. */
export function terminalWidth(io: CliIO): number {
  return outputWidth(io.env, io.stdout.columns);
}
