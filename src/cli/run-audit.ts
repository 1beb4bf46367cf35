import { appendFile, mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { isUrl } from '../acquire/site.js';
import { auditSite } from '../audit.js';
import { applyRuleOverrides, mergeOptions } from '../config/apply-config.js';
import { checkRuleIds, findConfig, loadConfig } from '../config/load-config.js';
import { FORMATTERS } from '../format/index.js';
import { formatMarkdown } from '../format/markdown.js';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { FileProblem, readSmallFile } from '../small-file.js';
import { compareReports, regressionReasons, type Comparison } from '../report/compare.js';
import type { Report, ReportSite } from '../report/report.js';
import { loadRules } from '../rules/load.js';
import { selectRules } from '../rules/select.js';
import { githubAnnotations } from './github.js';
import { reportFailure } from './failure.js';
import { colorOn, EXIT, terminalWidth, UsageError, type CliIO } from './io.js';
import type { RawAuditOptions } from './options.js';
import { startProgress } from './progress.js';
import { sameFile, writeFileAtomic, writeProblem } from './write-file.js';
import { expandCategoryAliases } from './rule-aliases.js';
import { resolveTarget } from './target.js';
import { readSources } from './sources.js';
import { readBranding, reportLanguage } from './branding.js';
import { renderSettings } from '../acquire/render/settings.js';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * A file name for a site's reports: its host (`shop.example`), or its folder's name (`corner-shop`, also for
 * its index.html). A loopback or bare IP address names no store: the store's name does (`corner-shop`).
 */
export function siteSlug(target: string, site?: ReportSite): string {
  const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  let name: string;
  try {
    const url = new URL(target);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not a web address');
    const host = url.hostname.replace(/^www\./, '');
    const anonymous = host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
    name = anonymous && site && site.nameSource !== 'the host' ? site.name : host;
  } catch {
    const path = resolve(target);
    const file = basename(path);
    name = /^index\.x?html?$/i.test(file) ? basename(dirname(path)) : file.replace(/\.x?html?$/i, '');
  }
  return slug(name) || 'site';
}

/** A JSON report with its evidence is a few hundred KB; a baseline bigger than this is not one. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

async function readBaseline(path: string, cwd: string): Promise<Report> {
  let text: string;
  try {
    text = await readSmallFile(resolve(cwd, path), MAX_BASELINE_BYTES);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    throw new UsageError(`--baseline: cannot read ${path} (${error.message})`);
  }
  try {
    const report = JSON.parse(text) as Report;
    if (typeof report !== 'object' || report === null || !Array.isArray(report.rules)) throw new Error('not a careaudit report');
    return report;
  } catch (error) {
    throw new UsageError(`--baseline: ${path} is not a careaudit JSON report (${(error as Error).message})`, 'save one with --format json --output FILE');
  }
}

/** A report that cannot be written is the user's path to fix: exit 2 with the reason, not an internal error. */
async function writeReport(write: () => Promise<unknown>, target: string): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw writeProblem(error, target) ?? error;
  }
}

/**
 * A report written over a file the audit reads (the audited page, the email, the config, a --page file)
 * would destroy it: refused before the audit, as batch refuses --out equal to its sites file.
 */
async function refuseOverwritingInputs(reports: string[], inputs: [string, string | undefined][], cwd: string): Promise<void> {
  for (const report of reports) {
    for (const [what, input] of inputs) {
      if (input === undefined || isUrl(input)) continue;
      if ((await sameFile(resolve(cwd, report), resolve(cwd, input))) || (await isPageOfFolder(resolve(cwd, report), resolve(cwd, input)))) {
        throw new UsageError(`the report ${report} would overwrite ${what} ${input}`, 'write the report to a file of its own');
      }
    }
  }
}

/** Whether a file is an existing HTML page inside a folder (so, for an audited folder, one of its pages). */
async function isPageOfFolder(file: string, folder: string): Promise<boolean> {
  if (!/\.html?$/i.test(file)) return false;
  const [page, root] = await Promise.all([realpath(file).catch(() => undefined), realpath(folder).catch(() => undefined)]);
  return page !== undefined && root !== undefined && page.startsWith(root + sep);
}

/** A failed regression check fails the gate too, and says which rule or score regressed. */
function withRegressionGate(report: Report, comparison: Comparison): Report {
  const reasons = regressionReasons(comparison);
  if (reasons.length === 0) return report;
  return { ...report, gate: { passed: false, reasons: [...report.gate.reasons, ...reasons.map((r) => `${r} (--fail-on-regression)`)] } };
}

/** Only the flags typed on the command line: the config file fills the rest, and defaults come last. */
function typedFlags(raw: RawAuditOptions, typed: ReadonlySet<string>): Partial<RawAuditOptions> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => typed.has(key))) as Partial<RawAuditOptions>;
}

export async function runAudit(target: string, raw: RawAuditOptions, io: CliIO, typed: ReadonlySet<string> = new Set(Object.keys(raw))): Promise<number> {
  let stopProgress = () => {};
  try {
    const configPath = raw.config ? resolve(io.cwd, raw.config) : findConfig(io.cwd);
    const config = configPath ? await loadConfig(configPath, io.env, io.cwd) : undefined;
    const resolved = resolveTarget(target, io.cwd);
    const options = { target: resolved.target, ...mergeOptions(config, typedFlags(raw, typed)) };
    if (resolved.note && !options.quiet) io.stderr.write(`careaudit: ${resolved.note}\n`);
    // the store's languages (config) narrow per-language patterns to those that can match its pages
    let ruleSet = await loadRules([...(options.builtinRules ? [BUILTIN_RULES_DIR] : []), ...options.rules.map((dir) => resolve(io.cwd, dir))], io.cwd, {
      languages: options.languages,
    });
    if (config) {
      const unknown = checkRuleIds(config, ruleSet.rules.map((r) => r.id), ruleSet.categories.map((c) => c.id));
      if (unknown) throw unknown;
      ruleSet = applyRuleOverrides(ruleSet, config);
    }
    ruleSet = selectRules(ruleSet, expandCategoryAliases(ruleSet, options.only), expandCategoryAliases(ruleSet, options.skip));
    const baseline = options.baseline ? await readBaseline(options.baseline, io.cwd) : undefined;
    // checked before the audit: a bad colour or logo is a usage error, not a wasted run
    const branding = await readBranding(raw, io.cwd);
    const language = reportLanguage(raw.reportLanguage);
    const reportFiles = options.outputDir
      ? options.formats.map((format) => join(options.outputDir!, `${siteSlug(options.target)}.${FORMATTERS[format].extension}`))
      : options.output === undefined ? [] : [options.output];
    await refuseOverwritingInputs(
      reportFiles,
      [['the audited file or folder', options.target], ['the --email file', options.email], ['the config file', configPath], ...options.pages.map((p): [string, string] => [`the --page ${p.role} file`, p.location])],
      io.cwd,
    );
    const progress = await startProgress(io, options.quiet);
    stopProgress = progress.stop;
    let report = await auditSite({
      ruleSet,
      gate: { minScore: options.minScore, minCoverage: options.minCoverage, failOn: options.failOn, categoryMinimums: options.categoryThresholds, maxWarnings: options.maxWarnings },
      acquire: {
        target: options.target,
        role: options.role,
        pages: options.pages,
        email: options.email,
        country: options.country,
        maxPages: options.maxPages,
        concurrency: options.concurrency,
        timeoutMs: options.timeoutMs,
        maxBytes: MAX_BYTES,
        ignoreRobots: options.ignoreRobots,
        userAgent: options.userAgent,
        insecure: options.insecure,
        headers: options.headers,
        checkoutFlow: options.checkoutFlow,
        render: renderSettings(options.render, io.env, options.walkCheckout !== undefined),
        ...(options.walkCheckout ? { walkCheckout: options.walkCheckout } : {}),
        onProgress: progress.update,
        cwd: io.cwd,
      },
    });
    stopProgress();
    const comparison = baseline ? compareReports(baseline, report) : undefined;
    if (comparison && options.failOnRegression) report = withRegressionGate(report, comparison);

    const github = io.env.GITHUB_ACTIONS === 'true';
    // line numbers for SARIF and annotations come from the files read, as they are now
    const sources = github || options.formats.includes('sarif') ? await readSources(report, io.cwd) : undefined;
    // the pass/fail box of a client report only when a gate was asked for: flags, or the config's thresholds
    const gate =
      ['minScore', 'failOn', 'maxWarnings', 'failOnRegression'].some((flag) => typed.has(flag)) ||
      config?.thresholds.score !== undefined ||
      Object.keys(config?.thresholds.categories ?? {}).length > 0 ||
      config?.failOn !== undefined ||
      config?.maxWarnings !== undefined;
    const render = (format: keyof typeof FORMATTERS, color: boolean, width?: number) =>
      FORMATTERS[format].render(report, { comparison, color, verbose: raw.verbose ?? false, width, sources, branding, gate, language });
    if (options.outputDir) {
      const dir = resolve(io.cwd, options.outputDir);
      await writeReport(() => mkdir(dir, { recursive: true }), options.outputDir);
      const written: string[] = [];
      for (const format of options.formats) {
        const file = join(dir, `${siteSlug(options.target, report.site)}.${FORMATTERS[format].extension}`);
        await writeReport(() => writeFileAtomic(file, render(format, false)), file);
        written.push(file);
      }
      if (!options.quiet) io.stderr.write(`careaudit: wrote ${written.join(', ')}\n`);
    } else if (options.output) {
      await writeReport(() => writeFileAtomic(resolve(io.cwd, options.output!), render(options.formats[0]!, false)), options.output);
      if (!options.quiet) io.stderr.write(`careaudit: report written to ${options.output} (score ${report.score ?? 'n/a'}, gate ${report.gate.passed ? 'passed' : 'failed'})\n`);
    } else {
      io.stdout.write(render(options.formats[0]!, colorOn(io), terminalWidth(io)));
    }
    if (github) {
      // annotations on stderr keep stdout a clean report (JSON stays parseable); the runner reads both
      io.stderr.write(githubAnnotations(report, sources));
      const summary = io.env.GITHUB_STEP_SUMMARY;
      if (summary) await appendFile(summary, formatMarkdown(report, { comparison }));
    }
    return report.gate.passed ? EXIT.passed : EXIT.gateFailed;
  } catch (error) {
    stopProgress();
    return reportFailure(error, io);
  }
}
