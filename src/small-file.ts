import { readFile, stat } from 'node:fs/promises';

/** Why a file the user named cannot be one of careaudit's inputs: "not found", "a folder", "larger than 1 MB"… */
export class FileProblem extends Error {
  constructor(
    message: string,
    /** The file does not exist (callers say so in their own words). */
    readonly missing = false,
  ) {
    super(message);
  }
}

/**
 * Read a text input the user named (a config, a sites file, a baseline report, a rule file), checked before
 * reading: a folder, a device such as /dev/zero, a FIFO (which would block) or a file larger than `maxBytes`
 * is refused at once instead of read for minutes into memory.
 */
export async function readSmallFile(path: string, maxBytes: number): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new FileProblem(error.code === 'ENOENT' ? 'not found' : `unreadable (${error.code ?? error.message})`, error.code === 'ENOENT');
  });
  if (info.isDirectory()) throw new FileProblem('a folder');
  if (!info.isFile()) throw new FileProblem('a device, a pipe or a socket, not a regular file');
  if (info.size > maxBytes) throw new FileProblem(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new FileProblem(`unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
