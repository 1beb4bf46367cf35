import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { PageOverride } from '../acquire/site.js';
import { codeFrame } from '../rules/code-frame.js';
import { assertShallowYaml } from '../rules/load.js';
import { closestName } from '../rules/suggest.js';
import { PAGE_ROLES, type PageRole } from '../snapshot.js';
import { FileProblem, readSmallFile } from '../small-file.js';
import { redactSecrets } from '../redact.js';
import { SourceFileError } from '../errors.js';

/** One site of a batch, as the sites file lists it; local paths are still as written (relative to the file). */
export interface BatchSite {
  /** Unique in the file; the key of the site's JSONL record, of --resume and of --shard. Defaults to the target. */
  id: string;
  target: string;
  /** The line of the file that lists the site, for messages. */
  line: number;
  email?: string;
  country?: string;
  pages?: PageOverride[];
}

const ENTRY_KEYS = ['target', 'id', 'email', 'country', 'pages'] as const;
const YAML_FILE = /\.ya?ml$/i;
const ENTRY_EXPECTED = 'a target (URL, folder or .html file), or a mapping with target and optional id, email, country, pages';

/** A million sites or so: more is not a list of stores. */
const MAX_SITES_BYTES = 64 * 1024 * 1024;

/** Read and parse a sites file: YAML when it ends in .yaml/.yml, otherwise text with one target per line. */
export async function readSitesFile(path: string, shownAs = path): Promise<BatchSite[]> {
  let source: string;
  try {
    source = await readSmallFile(path, MAX_SITES_BYTES);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    throw new SourceFileError(shownAs, 1, 1, error.missing ? 'sites file not found' : `not a sites file: ${error.message}`, 'a text file with one target per line, or a YAML list of sites');
  }
  return parseSitesFile(shownAs, source);
}

export function parseSitesFile(file: string, source: string): BatchSite[] {
  source = source.replace(/^\uFEFF/, ''); // editors on Windows save a BOM; it is not part of the first target
  if (source.includes('\u0000')) throw new SourceFileError(file, 1, 1, 'not a text file (it contains NUL bytes)', 'a text file with one target per line, or a YAML list of sites');
  const sites = YAML_FILE.test(file) ? parseYamlSites(file, source) : parseTextSites(file, source);
  if (!sites.length) throw new SourceFileError(file, 1, 1, 'no sites listed', YAML_FILE.test(file) ? 'a YAML list of sites' : 'one target per line');
  return sites;
}

function located(file: string, source: string, line: number, column: number, reason: string, expected?: string): SourceFileError {
  return new SourceFileError(file, line, column, reason, expected, codeFrame(source, line, column));
}

/** Ids are the key of a site's record, so a repeated one would make --resume skip the second site. */
function checkUnique(file: string, source: string, sites: BatchSite[], where: Map<BatchSite, { line: number; col: number }>): void {
  const seen = new Map<string, number>();
  for (const site of sites) {
    const earlier = seen.get(site.id);
    if (earlier !== undefined) {
      const { line, col } = where.get(site) ?? { line: site.line, col: 1 };
      throw located(file, source, line, col, `duplicate site id "${site.id}" (already on line ${earlier})`, 'each site once; to audit one target twice, give the entries distinct ids in a YAML sites file');
    }
    seen.set(site.id, site.line);
  }
}

function parseTextSites(file: string, source: string): BatchSite[] {
  const sites: BatchSite[] = [];
  const where = new Map<BatchSite, { line: number; col: number }>();
  source.split(/\r?\n/).forEach((text, index) => {
    // a comment is a whole line, or starts after whitespace: a URL's #fragment stays part of the target
    const withoutComment = text.replace(/(^|\s)#.*$/, '');
    const target = withoutComment.trim();
    if (!target) return;
    const site: BatchSite = { id: redactSecrets(target), target, line: index + 1 };
    where.set(site, { line: site.line, col: withoutComment.indexOf(target) + 1 });
    sites.push(site);
  });
  checkUnique(file, source, sites, where);
  return sites;
}

function parseYamlSites(file: string, source: string): BatchSite[] {
  const lineCounter = new LineCounter();
  assertShallowYaml(file, source);
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (node: unknown, fallback = 0) => lineCounter.linePos((node as Node | null | undefined)?.range?.[0] ?? fallback);
  const fail = (node: unknown, reason: string, expected?: string): never => {
    const { line, col } = at(node);
    throw located(file, source, line, col, reason, expected);
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw located(file, source, line, col, `YAML syntax error: ${syntax.message.split('\n')[0]}`, 'valid YAML (indent with spaces, not tabs)');
  }
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) return fail(root, 'the sites file must be a list of sites', `a list whose items are each ${ENTRY_EXPECTED}`);

  const text = (node: unknown, what: string): string => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.trim()) return fail(node, `${what} must be non-empty text`);
    return node.value.trim();
  };

  const sites: BatchSite[] = [];
  const where = new Map<BatchSite, { line: number; col: number }>(); // of the id, or of the target that stands for it
  for (const item of root.items) {
    const { line, col } = at(item);
    if (isScalar(item)) {
      const target = text(item, 'a site');
      const site: BatchSite = { id: redactSecrets(target), target, line };
      where.set(site, { line, col });
      sites.push(site);
      continue;
    }
    if (!isMap(item)) return fail(item, 'a site must be a target or a mapping', ENTRY_EXPECTED);
    const entry: Partial<Record<(typeof ENTRY_KEYS)[number], Pair<unknown, unknown>>> = {};
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
        const suggestion = closestName(key, ENTRY_KEYS);
        fail(pair.key, `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, `one of ${ENTRY_KEYS.join(', ')}`);
      }
      entry[key as (typeof ENTRY_KEYS)[number]] = pair;
    }
    if (!entry.target) return fail(item, 'a site entry needs a target', 'target: an http(s) URL, a folder or an .html file');
    const target = text(entry.target.value, 'target');
    const site: BatchSite = { id: entry.id ? text(entry.id.value, 'id') : redactSecrets(target), target, line };
    where.set(site, at(entry.id?.value ?? entry.target.value));
    if (entry.email) site.email = text(entry.email.value, 'email');
    if (entry.country) {
      const country = text(entry.country.value, 'country');
      if (!/^[A-Za-z]{2}$/.test(country)) fail(entry.country.value, `country must be a two-letter country code (got "${country}")`, 'an ISO country code such as US, GB, PL, LT, RU');
      site.country = country.toUpperCase();
    }
    if (entry.pages) {
      const pages = entry.pages.value;
      if (!isMap(pages)) return fail(pages, 'pages must be a mapping of page role to URL or path', `e.g. pages: { contact: https://shop.example/contact }; roles: ${PAGE_ROLES.join(', ')}`);
      site.pages = pages.items.map((pair): PageOverride => {
        const role = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!(PAGE_ROLES as readonly string[]).includes(role)) {
          const suggestion = closestName(role, PAGE_ROLES);
          fail(pair.key, `unknown page role "${role}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, `one of ${PAGE_ROLES.join(', ')}`);
        }
        return { role: role as PageRole, location: text(pair.value, `the page of role ${role}`) };
      });
    }
    sites.push(site);
  }
  checkUnique(file, source, sites, where);
  return sites;
}
