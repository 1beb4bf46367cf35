/**
 * Rule fixtures as snapshots: each fixture file of a rule becomes a snapshot holding just that page (or
 * email), for `careaudit rules test`. A rule's fixtures live beside its file, in `<rule-id>/`, or in a
 * folder's `tests/<rule-id>/`; they are named `<expect>.<lang>[.<anything>].html` or `.eml`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linksOf, parsePage } from '../view/page-data.js';
import { FIXTURE_EXPECTATIONS, type RuleFixture } from '../rules/rule-tests.js';
import { closestName } from '../rules/suggest.js';
import type { Rule } from '../rules/types.js';
import { DISCOVERABLE_ROLES, PAGE_ROLES, type Page, type PageRole, type RoleAssignment, type Snapshot } from '../snapshot.js';
import { decodeHtml } from './charset.js';
import { discoverRoles } from './discover.js';
import { parseEmail } from './email.js';
import { markLanguages } from './locale.js';
import { markChapters } from './section-pages.js';
import { ownOrigins } from './site-hosts.js';
import { EmailParseError } from '../errors.js';

/** `pass.en.html`, `fail.ru.windows-1251.html`, `na.any.no-shops.html`, `pass.pl.eml`. */
export const FIXTURE_NAME = new RegExp(`^(${FIXTURE_EXPECTATIONS.join('|')})\\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?|any)(?:\\..+)?\\.(html|eml)$`, 'i');
export const FIXTURE_NAME_HELP = `<${FIXTURE_EXPECTATIONS.join('|')}>.<lang>[.<anything>].html or .eml, e.g. pass.en.html, fail.ru.windows-1251.html, na.any.eml`;

/** Files with these extensions are meant as fixtures, so a bad name is an error rather than silently skipped. */
const FIXTURE_LIKE = /\.(html?|eml)$/i;

/**
 * Fixture pages live at this made-up origin: relative links resolve on it, and the fixture's own folder
 * names (contact/faq.present/…) cannot leak into discovery the way a file: URL's path would.
 */
export const FIXTURE_ORIGIN = 'https://store.example';

/** Fixtures that cannot be run (unknown rule id, bad name, bad role): every problem found, one per line. */
export class FixtureError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface FixtureOptions {
  /** A folder of `<rule-id>/` fixture folders besides the ones next to each rule's file. */
  testsDir?: string;
  /** How a file is named in results and errors (default: its absolute path). */
  display?: (absolutePath: string) => string;
}

/** The folder of a rule's fixtures beside its file: `rules/contact/contact.hours/` for `rules/contact/contact.hours.yaml`. */
export const fixtureFolderOf = (rule: Rule): string => join(dirname(rule.source.path), rule.id);

const isRole = (value: string): value is PageRole => (PAGE_ROLES as readonly string[]).includes(value);

function hint(name: string, candidates: Iterable<string>): string {
  const suggestion = closestName(name, candidates);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}

function metaContent(page: Page, name: string): string | undefined {
  const $ = parsePage(page);
  const value = $(`meta[name="${name}" i]`).first().attr('content');
  return value?.trim() || undefined;
}

/** Roles the home page links to, recorded as unreadable: the link is what page-found rules look for. */
function linkedRoles(page: Page): RoleAssignment[] {
  const $ = parsePage(page);
  const origins = new Set([new URL(page.url).origin, ...ownOrigins($, page.url)]);
  const found = discoverRoles(linksOf(page), origins, 'the home page');
  return DISCOVERABLE_ROLES.flatMap((role) => {
    const candidate = found.get(role);
    return candidate ? [{ role, url: candidate.url, source: 'link' as const, reason: candidate.reason, available: false, error: 'not part of the fixture' }] : [];
  });
}

/**
 * One fixture file as a snapshot holding just that page, or the problem that prevents it. An HTML fixture
 * is the page of `defaultRole` unless its `careaudit-role` meta says otherwise.
 */
export async function fixtureSnapshot(path: string, shown: string, defaultRole: PageRole): Promise<Snapshot | string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return `${shown}: cannot read the fixture (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  let page: Page;
  let role: PageRole;
  /** Further roles the fixture's page serves ("home cart": a one-page shop whose home page is the cart). */
  let alsoRoles: PageRole[] = [];
  try {
    if (/\.eml$/i.test(path)) {
      page = await parseEmail(bytes, pathToFileURL(path).href);
      role = 'email';
    } else {
      const decoded = decodeHtml(bytes);
      const probe: Page = { url: `${FIXTURE_ORIGIN}/`, roles: [], status: 'ok', headers: {}, html: decoded.html };
      const declaredList = metaContent(probe, 'careaudit-role')?.split(/[\s,]+/u).filter(Boolean);
      const unknown = declaredList?.find((d) => !isRole(d));
      if (unknown !== undefined) {
        return `${shown}: unknown careaudit-role "${unknown}"${hint(unknown, PAGE_ROLES)} (roles: ${PAGE_ROLES.join(', ')})`;
      }
      const [declared, ...others] = (declaredList ?? []).filter(isRole);
      alsoRoles = others;
      role = declared ?? defaultRole;
      if (role === 'email') {
        // a saved HTML email: read as the audit reads an --email .html file
        page = await parseEmail(bytes, `${FIXTURE_ORIGIN}/email.html`);
      } else {
        // the same page object: its parse, cached by object, serves the meta tags and every rule
        page = Object.assign(probe, { url: role === 'home' ? `${FIXTURE_ORIGIN}/` : `${FIXTURE_ORIGIN}/${role}`, charset: decoded.charset, charsetSource: decoded.source });
      }
    }
  } catch (error) {
    if (error instanceof EmailParseError) return `${shown}: ${error.message}`;
    throw error;
  }
  page.roles = [role, ...alsoRoles];
  page.path = shown;
  const country = metaContent(page, 'careaudit-country');
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) return `${shown}: careaudit-country must be a two-letter country code such as US, PL, RU (got "${country}")`;
  const roles: RoleAssignment[] = [
    ...page.roles.map((r): RoleAssignment => ({ role: r, url: page.url, path: shown, source: 'target', reason: 'the fixture', available: true })),
    ...(role === 'home' ? linkedRoles(page).filter((l) => !page.roles.includes(l.role)) : []),
  ];
  markChapters([page]);
  markLanguages([page]);
  return {
    target: shown,
    kind: 'file',
    pages: [page],
    roles,
    missingRoles: DISCOVERABLE_ROLES.filter((r) => !roles.some((a) => a.role === r)),
    ...(country ? { country: country.toUpperCase() } : {}),
  };
}

async function entriesOf(dir: string) {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * A folder of fixture folders (a `tests/` folder, or a folder of rule files): a fixture file directly in it,
 * or a folder of fixtures named after no rule, is a mistake.
 */
async function checkFolderOfFixtureFolders(dir: string, ids: string[], display: (path: string) => string, problems: string[]): Promise<void> {
  for (const entry of await entriesOf(dir)) {
    const path = join(dir, entry.name);
    if (entry.isFile()) {
      if (FIXTURE_LIKE.test(entry.name)) problems.push(`${display(path)}: a fixture must be in the folder of its rule (${display(join(dir, '<rule-id>', entry.name))})`);
    } else if (entry.isDirectory() && !ids.includes(entry.name) && (await entriesOf(path)).some((e) => e.isFile() && FIXTURE_LIKE.test(e.name))) {
      problems.push(`${display(path)}: no rule "${entry.name}" in these rules${hint(entry.name, ids)}`);
    }
  }
}

/** Every fixture of these rules, checked before any runs, so that all mistakes are reported at once. */
export async function readFixtures(rules: readonly Rule[], options: FixtureOptions = {}): Promise<RuleFixture[]> {
  const display = options.display ?? ((path: string) => path);
  const problems: string[] = [];
  const fixtures: RuleFixture[] = [];
  const ids = rules.map((r) => r.id);
  for (const dir of [...new Set([...rules.map((r) => dirname(r.source.path)), ...(options.testsDir ? [options.testsDir] : [])])]) {
    await checkFolderOfFixtureFolders(dir, ids, display, problems);
  }
  for (const rule of rules) {
    const folders = [fixtureFolderOf(rule), ...(options.testsDir ? [join(options.testsDir, rule.id)] : [])];
    const defaultRole = rule.pages.find((p): p is PageRole => p !== 'any') ?? 'home';
    for (const folder of folders) {
      const names = (await entriesOf(folder)).filter((e) => e.isFile() && FIXTURE_LIKE.test(e.name)).map((e) => e.name);
      for (const name of names) {
        const file = join(folder, name);
        const match = FIXTURE_NAME.exec(name);
        if (!match) {
          problems.push(`${display(file)}: not a fixture name (expected ${FIXTURE_NAME_HELP})`);
          continue;
        }
        const snapshot = await fixtureSnapshot(file, display(file), defaultRole);
        if (typeof snapshot === 'string') {
          problems.push(snapshot);
          continue;
        }
        const expect = (match[1] ?? '').toLowerCase() as RuleFixture['expect'];
        fixtures.push({ ruleId: rule.id, file: display(file), lang: (match[2] ?? '').toLowerCase(), expect, snapshot });
      }
    }
  }
  if (problems.length) throw new FixtureError(problems);
  return fixtures;
}
