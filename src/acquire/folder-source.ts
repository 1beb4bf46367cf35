import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Page } from '../snapshot.js';
import { decodeHtml, isProbablyBinary } from './charset.js';
import { decodedPage, failedPage, type PageSource } from './source.js';
import { isSiteUrl } from './site-hosts.js';

/**
 * Folder pages live in a virtual site so that links resolve as they would on the web server:
 * '/pages/contact' on any page means <folder>/pages/contact(.html|/index.html).
 * The .invalid top-level domain is reserved and can never be a real host.
 */
export const FOLDER_ORIGIN = 'http://folder.invalid';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_LISTED_FILES = 5000;

/** Read one local HTML file as a page of the given URL. */
export async function readLocalPage(file: string, url: string, displayPath: string): Promise<Page> {
  let body: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return failedPage(url, 'not a file', 'failed', { path: displayPath });
    if (info.size > MAX_FILE_BYTES) return failedPage(url, `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, 'failed', { path: displayPath });
    body = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failedPage(url, code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? (error as Error).message})`, 'failed', { path: displayPath });
  }
  if (isProbablyBinary(body)) return failedPage(url, 'not an HTML page (binary content)', 'failed', { path: displayPath });
  return decodedPage(url, decodeHtml(body), { path: displayPath });
}

/** The files a URL path may mean on a static host: as is, with .html, or a folder's index.html. */
function candidateFiles(root: string, pathname: string): string[] {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  const local = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`);
  if (local !== root && !local.startsWith(root + sep)) return []; // never outside the folder
  if (path.endsWith('/')) return [join(local, 'index.html'), join(local, 'index.htm')];
  return [local, `${local}.html`, `${local}.htm`, join(local, 'index.html')];
}

export class FolderSource implements PageSource {
  readonly kind: 'folder' | 'file';
  readonly homeUrl: string;
  readonly origins = new Set([FOLDER_ORIGIN]);
  readonly #root: string;
  readonly #only?: string;
  readonly #display: (file: string) => string;
  #realRoot?: Promise<string>;

  /** A folder, or one file of it (`only`): then every other page counts as not given. */
  constructor(root: string, options: { only?: string; display: (file: string) => string }) {
    this.#root = resolve(root);
    this.#only = options.only && resolve(this.#root, options.only);
    this.#display = options.display;
    this.kind = this.#only ? 'file' : 'folder';
    this.homeUrl = this.urlOf(this.#only ?? join(this.#root, 'index.html'));
  }

  static forFile(file: string, display: (file: string) => string): FolderSource {
    return new FolderSource(dirname(resolve(file)), { only: basename(file), display });
  }

  /** The virtual URL of a file inside the folder, or undefined for a file outside it. */
  urlOf(file: string): string {
    const rel = relative(this.#root, resolve(file));
    if (rel.startsWith('..')) return '';
    const path = rel.split(sep).map(encodeURIComponent).join('/');
    return `${FOLDER_ORIGIN}/${path === 'index.html' ? '' : path}`;
  }

  localUrl(url: string): string | undefined {
    try {
      const u = new URL(url);
      if (u.origin !== FOLDER_ORIGIN && u.protocol !== 'file:' && !isSiteUrl(u, this.origins)) return undefined;
      return `${FOLDER_ORIGIN}${u.pathname}${u.search}`;
    } catch {
      return undefined;
    }
  }

  async read(url: string): Promise<Page> {
    const { pathname } = new URL(url);
    const candidates = candidateFiles(this.#root, pathname === '/' ? '/index.html' : pathname);
    if (this.#only) {
      const only = this.#only;
      // shown by its path on the site: the folder's internal URL means nothing to a reader
      if (!candidates.includes(only)) return failedPage(url, 'not given: only one file is audited (give a folder to audit more pages)', 'skipped', { path: pathname });
      return readLocalPage(only, url, this.#display(only));
    }
    for (const file of candidates) {
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      // as a web server would: a symbolic link out of the folder is not part of the site
      if (!(await this.#inside(file))) return failedPage(url, 'refused: a symbolic link to a file outside the audited folder', 'failed', { path: this.#display(file) });
      return readLocalPage(file, url, this.#display(file));
    }
    // shown as the file that was looked for, not as the folder's internal URL
    const wanted = candidates[0] ?? join(this.#root, pathname);
    return failedPage(url, `no such file in the folder (${pathname})`, 'failed', { path: this.#display(wanted) });
  }

  /** Whether a file, its symbolic links resolved, lies in the folder (itself resolved: /tmp may be a link). */
  async #inside(file: string): Promise<boolean> {
    this.#realRoot ??= realpath(this.#root);
    const [root, real] = await Promise.all([this.#realRoot, realpath(file)]);
    return real.startsWith(root + sep);
  }

  async listUrls(): Promise<string[]> {
    if (this.#only) return [];
    const entries = await readdir(this.#root, { withFileTypes: true, recursive: true }).catch(() => []);
    return entries
      .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
      .slice(0, MAX_LISTED_FILES)
      .map((e) => this.urlOf(join(e.parentPath, e.name)))
      .filter(Boolean)
      .sort();
  }

  async close(): Promise<void> {}
}
