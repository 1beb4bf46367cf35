/**
 * Rule tests in the spirit of Semgrep's --test: each rule's fixtures live in TESTS/<rule-id>/, named
 * `<expect>.<lang>[.<anything>].html` or `.eml`; each is audited alone, by that rule alone, and the
 * outcome is compared with the expectation in its name. No terminal output here: the CLI formats.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from '../acquire/charset.js';
import { discoverRoles } from '../acquire/discover.js';
import { parseEmail } from '../acquire/email.js';
import { SiteContext } from '../view/site-context.js';
import { DISCOVERABLE_ROLES, PAGE_ROLES, type Page, type PageRole, type RoleAssignment, type Snapshot } from '../snapshot.js';
import { evaluateRule } from './evaluate.js';
import { closestName } from './suggest.js';
import type { Outcome, Rule, RuleSet } from './types.js';
import { EmailParseError } from '../errors.js';
import { linksOf, parsePage } from '../view/page-data.js';
import { ownOrigins } from '../acquire/site-hosts.js';

export const FIXTURE_EXPECTATIONS = ['pass', 'fail', 'na', 'manual'] as const;
export type FixtureExpectation = (typeof FIXTURE_EXPECTATIONS)[number];

/** `pass.en.html`, `fail.ru.windows-1251.html`, `na.any.no-shops.html`, `pass.pl.eml`. */
export const FIXTURE_NAME = /^(pass|fail|na|manual)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?|any)(?:\..+)?\.(html|eml)$/i;
export const FIXTURE_NAME_HELP = '<pass|fail|na|manual>.<lang>[.<anything>].html or .eml, e.g. pass.en.html, fail.ru.windows-1251.html, na.any.eml';

/** Files with these extensions are meant as fixtures, so a bad name is an error rather than silently skipped. */
const FIXTURE_LIKE = /\.(html?|eml)$/i;

/**
 * Fixture pages live at this made-up origin: relative links resolve on it, and the fixture's own folder
 * names (tests/faq.present/…) cannot leak into discovery the way a file: URL's path would.
 */
export const FIXTURE_ORIGIN = 'https://store.example';

export interface FixtureResult {
  /** The fixture file, as shown to the user. */
  file: string;
  lang: string;
  expect: FixtureExpectation;
  got: Outcome;
  /** The rule's message for this fixture (why it passed, failed or did not apply). */
  message: string;
  ok: boolean;
}

export interface RuleTestResult {
  id: string;
  /** Empty when the rule has no fixtures. */
  fixtures: FixtureResult[];
}

export interface RuleTestRun {
  rules: RuleTestResult[];
  /** Counts of fixtures, not of rules. */
  passed: number;
  failed: number;
}

/** Fixtures that cannot be run (unknown rule id, bad name, bad role): every problem found, one per line. */
export class FixtureError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface RuleTestOptions {
  /** How a file is named in results and errors (default: its absolute path). */
  display?: (absolutePath: string) => string;
}

interface Fixture {
  rule: Rule;
  file: string;
  lang: string;
  expect: FixtureExpectation;
  snapshot: Snapshot;
}

const isRole = (value: string): value is PageRole => (PAGE_ROLES as readonly string[]).includes(value);

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

/** One fixture file as a snapshot holding just that page, or the problem that prevents it. */
async function fixtureSnapshot(rule: Rule, path: string, shown: string, extension: string): Promise<Snapshot | string> {
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
    if (extension === 'eml') {
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
      role = declared ?? rule.pages.find((p): p is PageRole => p !== 'any') ?? 'home';
      if (role === 'email') {
        // a saved HTML email: read as the audit reads an --email .html file
        page = await parseEmail(bytes, `${FIXTURE_ORIGIN}/email.html`);
      } else {
        page = { ...probe, url: role === 'home' ? `${FIXTURE_ORIGIN}/` : `${FIXTURE_ORIGIN}/${role}`, charset: decoded.charset, charsetSource: decoded.source };
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
  return {
    target: shown,
    kind: 'file',
    pages: [page],
    roles,
    missingRoles: DISCOVERABLE_ROLES.filter((r) => !roles.some((a) => a.role === r)),
    ...(country ? { country: country.toUpperCase() } : {}),
  };
}

function hint(name: string, candidates: Iterable<string>): string {
  const suggestion = closestName(name, candidates);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}

async function entriesOf(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every fixture under testsDir, checked before any runs, so that all mistakes are reported at once. */
async function collectFixtures(ruleSet: RuleSet, testsDir: string, display: (path: string) => string): Promise<Fixture[]> {
  const problems: string[] = [];
  const fixtures: Fixture[] = [];
  const ids = ruleSet.rules.map((r) => r.id);
  const entries = (await entriesOf(testsDir)).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(testsDir, entry.name);
    if (entry.isFile()) {
      if (FIXTURE_LIKE.test(entry.name)) problems.push(`${display(path)}: a fixture must be in the folder of its rule (${display(join(testsDir, '<rule-id>', entry.name))})`);
      continue;
    }
    if (!entry.isDirectory()) continue;
    const rule = ruleSet.rules.find((r) => r.id === entry.name);
    if (!rule) {
      problems.push(`${display(path)}: no rule "${entry.name}" in these rules${hint(entry.name, ids)}`);
      continue;
    }
    const files = (await entriesOf(path)).filter((e) => e.isFile() && FIXTURE_LIKE.test(e.name)).map((e) => e.name).sort();
    for (const name of files) {
      const file = join(path, name);
      const match = FIXTURE_NAME.exec(name);
      if (!match) {
        problems.push(`${display(file)}: not a fixture name (expected ${FIXTURE_NAME_HELP})`);
        continue;
      }
      const snapshot = await fixtureSnapshot(rule, file, display(file), (match[3] ?? '').toLowerCase());
      if (typeof snapshot === 'string') {
        problems.push(snapshot);
        continue;
      }
      const expect = (match[1] ?? '').toLowerCase() as FixtureExpectation;
      fixtures.push({ rule, file: display(file), lang: (match[2] ?? '').toLowerCase(), expect, snapshot });
    }
  }
  if (problems.length) throw new FixtureError(problems);
  return fixtures;
}

/**
 * Run every rule's fixtures from testsDir (usually RULES_DIR/tests). Each fixture is evaluated by its rule
 * alone. Throws FixtureError when fixtures cannot be run; a rule without fixtures is listed with none.
 */
export async function runRuleTests(ruleSet: RuleSet, testsDir: string, options: RuleTestOptions = {}): Promise<RuleTestRun> {
  const display = options.display ?? ((path: string) => path);
  const fixtures = await collectFixtures(ruleSet, resolve(testsDir), display);
  const rules = ruleSet.rules.map((rule): RuleTestResult => ({
    id: rule.id,
    fixtures: fixtures
      .filter((f) => f.rule === rule)
      .map((f): FixtureResult => {
        const result = evaluateRule(rule, new SiteContext(f.snapshot));
        return { file: f.file, lang: f.lang, expect: f.expect, got: result.status, message: result.message, ok: result.status === f.expect };
      }),
  }));
  const all = rules.flatMap((r) => r.fixtures);
  const passed = all.filter((f) => f.ok).length;
  return { rules, passed, failed: all.length - passed };
}
