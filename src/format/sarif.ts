import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Comparison } from '../report/compare.js';
import type { Report, ReportPage, ReportRule } from '../report/report.js';
import type { Severity } from '../rules/types.js';
import { jsonDocument, markdownText, visibleText } from './helpers.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/careaudit';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warn: 'warning', info: 'note' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  baselineState?: 'new' | 'unchanged';
  properties: { severity: Severity; weight: number; url?: string };
}

/** `contact.phone-visible` → `ContactPhoneVisible`: SARIF wants a name that reads as an identifier. */
function ruleName(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

const isAbsolutePath = (p: string) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');

function relativeUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * Where code scanning shows a finding. Files read from disk: their path, relative to the checkout
 * (%SRCROOT%), or a file: URI when absolute. Pages fetched over HTTP: `host/path` as a relative reference,
 * because code scanning rejects a whole upload whose URIs have a scheme other than file ("SARIF URI scheme
 * https did not match the checkout URI scheme file"); the full address goes in the result's properties.
 */
function artifactOf(pathOrUrl: string, isPath: boolean): ArtifactLocation | undefined {
  if (isPath) {
    return isAbsolutePath(pathOrUrl) ? { uri: pathToFileURL(pathOrUrl).href } : { uri: relativeUri(pathOrUrl) || '.', uriBaseId: '%SRCROOT%' };
  }
  let url: URL;
  try {
    url = new URL(pathOrUrl);
  } catch {
    return { uri: relativeUri(pathOrUrl) || '.', uriBaseId: '%SRCROOT%' };
  }
  if (url.protocol === 'file:') return { uri: url.href };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined; // javascript:, data:… locate nothing
  // a colon in the first segment would read as a scheme: a port becomes `_8080`
  const host = url.host.replace(/:/g, '_');
  return { uri: `${encodeURIComponent(host)}${url.pathname.split('/').map((s) => encodeURIComponent(decodeURIComponentSafe(s))).join('/')}` };
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The page a failing rule is about: its evidence's page, else the first page read of the roles it looks at
 * (the email for email rules of older reports), else the home page (a site-level finding is about the site,
 * and the home page is where a shopper meets it), else the target.
 */
export function pageOf(rule: ReportRule, report: Report): ReportPage | undefined {
  const byName = (name: string) => report.pages.find((p) => p.path === name || p.url === name);
  const withRole = (role: ReportPage['roles'][number]) => report.pages.find((p) => p.status === 'ok' && p.roles.includes(role));
  const evidencePage = rule.evidence.find((e) => e.page)?.page;
  if (evidencePage) return byName(evidencePage);
  const isEmailRule = rule.category === 'order-email' || rule.id.startsWith('email.');
  const roles = rule.pages ?? (isEmailRule ? ['email' as const] : []);
  for (const role of roles) {
    const page = role === 'any' ? undefined : withRole(role);
    if (page) return page;
  }
  return withRole('home');
}

/** Where in a page's source the evidence is: the line of the first piece of evidence found in it (1-based). */
export function lineOf(rule: ReportRule, page: ReportPage, source: string | undefined): number | undefined {
  if (!source) return undefined;
  const lower = source.toLowerCase();
  const name = page.path ?? page.url;
  for (const e of rule.evidence.filter((x) => !x.page || x.page === page.path || x.page === page.url || x.page === name)) {
    for (const needle of [e.text, e.value === undefined ? undefined : String(e.value)]) {
      const words = (needle ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      // visible text loses the markup between elements: the longest run of its words that the source has
      for (let n = Math.min(words.length, 8); n >= Math.min(words.length, 2); n--) {
        for (let start = 0; start + n <= words.length; start++) {
          const probe = words.slice(start, start + n).join(' ');
          const at = probe.length < 4 ? -1 : lower.indexOf(probe);
          if (at >= 0) return source.slice(0, at).split('\n').length;
        }
      }
    }
  }
  return undefined;
}

/** Where code scanning and annotations show a finding: the page's artifact, its address, and a line when known. */
export function locationOf(rule: ReportRule, report: Report, sources?: ReadonlyMap<string, string>): { artifact: ArtifactLocation; url?: string; line?: number; page?: ReportPage } {
  const page = pageOf(rule, report);
  const evidencePage = rule.evidence.find((e) => e.page)?.page;
  const hasScheme = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s); // not a Windows drive
  const candidates: { name: string; isPath: boolean }[] = [];
  if (page) candidates.push(page.path !== undefined ? { name: page.path, isPath: true } : { name: page.url, isPath: false });
  else if (evidencePage) candidates.push({ name: evidencePage, isPath: !hasScheme(evidencePage) });
  candidates.push({ name: report.target, isPath: !hasScheme(report.target) });
  const line = page ? lineOf(rule, page, sources?.get(page.path ?? page.url)) : undefined;
  const extra = { ...(line ? { line } : {}), ...(page ? { page } : {}) };
  for (const { name, isPath } of candidates) {
    const artifact = artifactOf(name, isPath);
    if (artifact) return { artifact, ...(!isPath && /^https?:/i.test(name) ? { url: name } : {}), ...extra };
  }
  return { artifact: { uri: '.', uriBaseId: '%SRCROOT%' }, ...extra };
}

/** Stable across runs: the rule and where it failed, nothing that changes between two audits of the same site. */
function fingerprint(ruleId: string, artifact: ArtifactLocation): string {
  return createHash('sha256').update(`${ruleId}\n${artifact.uriBaseId ?? ''}\n${artifact.uri}`).digest('hex').slice(0, 32);
}

function resultMessage(rule: ReportRule, url: string | undefined): string {
  const found = rule.evidence
    .slice(0, 3)
    .map((e) => [e.kind, e.text ?? (e.value === undefined ? undefined : String(e.value))].filter(Boolean).join(': '))
    .filter(Boolean);
  const parts = [rule.message + (url ? ` (${url})` : '')];
  if (found.length) parts.push(`Found: ${found.join('; ')}`);
  parts.push(`Fix: ${rule.fix}`);
  return visibleText(parts.join('\n'));
}

function helpMarkdown(rule: ReportRule): string {
  const lines = [`**How to fix:** ${markdownText(rule.fix)}`, '', `**Why it matters:** ${markdownText(rule.description)}`];
  if (rule.benchmark) lines.push('', `**Benchmark:** ${markdownText(rule.benchmark)}`);
  return lines.join('\n');
}

/** SARIF 2.1.0 for GitHub code scanning: every rule as a descriptor, one result per failing rule. */
export function formatSarif(report: Report, options: { comparison?: Comparison; sources?: ReadonlyMap<string, string> } = {}): string {
  const changes = new Map(options.comparison?.rules.map((r) => [r.id, r]));
  const rules = report.rules.map((rule) => ({
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: visibleText(rule.title) },
    fullDescription: { text: visibleText(rule.description) },
    help: { text: visibleText(rule.fix), markdown: visibleText(helpMarkdown(rule)) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, ...(rule.benchmark ? { benchmark: visibleText(rule.benchmark) } : {}), tags: ['careaudit', rule.category] },
  }));

  const results: SarifResult[] = [];
  report.rules.forEach((rule, ruleIndex) => {
    if (rule.status !== 'fail') return;
    const { artifact, url, line } = locationOf(rule, report, options.sources);
    const change = changes.get(rule.id);
    results.push({
      ruleId: rule.id,
      ruleIndex,
      level: LEVEL[rule.severity],
      message: { text: resultMessage(rule, url) },
      locations: [{ physicalLocation: { artifactLocation: artifact, region: { startLine: line ?? 1 } } }],
      partialFingerprints: { 'careaudit/v1': fingerprint(rule.id, artifact) },
      ...(change ? { baselineState: change.before === 'fail' ? 'unchanged' : 'new' } : {}),
      properties: { severity: rule.severity, weight: rule.weight, ...(url ? { url } : {}) },
    });
  });

  // rules that could not run are the tool's trouble, not the store's: notifications, not results
  const notifications = [
    ...report.rules.filter((r) => r.status === 'error').map((r) => ({ level: 'error', message: { text: visibleText(r.message) }, associatedRule: { id: r.id } })),
    // pages that could not be read: the audit went on without them, and says so
    ...report.pages
      .filter((p) => p.status !== 'ok')
      .map((p) => ({ level: 'warning', message: { text: visibleText(`${p.path ?? p.url} was not read: ${p.error ?? p.status}`) } })),
    // what makes the verdicts unreliable: a store in a language careaudit does not read, a page built by script
    ...(report.coverage?.warnings ?? []).map((warning) => ({ level: 'warning', message: { text: visibleText(warning) } })),
  ];

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'careaudit', version: report.tool.version, semanticVersion: report.tool.version, informationUri: INFORMATION_URI, rules } },
        invocations: [{ executionSuccessful: true, startTimeUtc: report.startedAt, toolExecutionNotifications: notifications }],
        results,
        properties: { target: visibleText(report.target), score: report.score, band: report.band, gate: report.gate },
      },
    ],
  };
  return jsonDocument(log);
}
