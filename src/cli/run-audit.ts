import { appendFile, mkdir, realpath } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { isUrl } from '../acquire/site.js';
import { renderSettings } from '../acquire/render/settings.js';
import { auditSite } from '../audit.js';
import { mergeSettings } from '../config/settings.js';
import { FILE_EXTENSIONS, FORMATTERS } from '../format/index.js';
import { compareReports, regressionReasons, type Comparison } from '../report/compare.js';
import type { Report } from '../report/report.js';
import { siteSlug } from '../report/site-slug.js';
import { FileProblem, readSmallFile } from '../small-file.js';
import { sameFile, writeFileAtomic, writeProblem } from '../write-file.js';
import { acquireOptions, loadRuleSet, openConfig } from './audit-session.js';
import { readBranding, reportLanguage } from './branding.js';
import { reportFailure } from './failure.js';
import { colorOn, EXIT, terminalWidth, type CliIO } from './io.js';
import { parseAuditFlags, typedFlags, type RawAuditOptions } from './options.js';
import { startProgress } from './progress.js';
import { readSources } from './sources.js';
import { resolveTarget } from './target.js';
import { UsageError } from '../errors.js';

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

export async function runAudit(target: string, raw: RawAuditOptions, io: CliIO, typed: ReadonlySet<string> = new Set(Object.keys(raw))): Promise<number> {
  let stopProgress = () => {};
  try {
    const { path: configPath, config } = await openConfig(raw.config, io);
    const resolved = resolveTarget(target, io.cwd);
    const settings = mergeSettings(config, parseAuditFlags(typedFlags(raw, typed)));
    if (resolved.note && !settings.quiet) io.stderr.write(`careaudit: ${resolved.note}\n`);
    const ruleSet = await loadRuleSet(settings, config, io.cwd);
    const baseline = settings.baseline ? await readBaseline(settings.baseline, io.cwd) : undefined;
    // checked before the audit: a bad colour or logo is a usage error, not a wasted run
    const branding = await readBranding(raw, io.cwd);
    const language = reportLanguage(raw.reportLanguage);
    const reportFiles = settings.outputDir
      ? settings.formats.map((format) => join(settings.outputDir!, `${siteSlug(resolved.target)}.${FILE_EXTENSIONS[format]}`))
      : settings.output === undefined ? [] : [settings.output];
    await refuseOverwritingInputs(
      reportFiles,
      [['the audited file or folder', resolved.target], ['the --email file', settings.email], ['the config file', configPath], ...settings.pages.map((p): [string, string] => [`the --page ${p.role} file`, p.location])],
      io.cwd,
    );
    const progress = await startProgress(io, settings.quiet);
    stopProgress = progress.stop;
    let report = await auditSite({
      ruleSet,
      gate: settings.gate,
      acquire: acquireOptions(
        settings,
        { target: resolved.target, onProgress: progress.update, render: renderSettings(settings.render, io.env, settings.walkCheckout !== undefined), walkCheckout: settings.walkCheckout },
        io.cwd,
      ),
    });
    stopProgress();
    const comparison = baseline ? compareReports(baseline, report) : undefined;
    if (comparison && settings.failOnRegression) report = withRegressionGate(report, comparison);

    const github = io.env.GITHUB_ACTIONS === 'true';
    // line numbers for SARIF and annotations come from the files read, as they are now
    const sources = github || settings.formats.includes('sarif') ? await readSources(report, io.cwd) : undefined;
    // the pass/fail box of a client report only when a gate was asked for: flags, or the config's thresholds
    const gate =
      ['minScore', 'failOn', 'maxWarnings', 'failOnRegression'].some((flag) => typed.has(flag)) ||
      config?.thresholds.score !== undefined ||
      Object.keys(settings.gate.categoryMinimums).length > 0 ||
      config?.failOn !== undefined ||
      config?.maxWarnings !== undefined;
    const render = (format: keyof typeof FORMATTERS, color: boolean, width?: number) =>
      FORMATTERS[format](report, { comparison, color, verbose: raw.verbose ?? false, width, sources, branding, gate, language });
    if (settings.outputDir) {
      const dir = resolve(io.cwd, settings.outputDir);
      await writeReport(() => mkdir(dir, { recursive: true }), settings.outputDir);
      const written: string[] = [];
      for (const format of settings.formats) {
        const file = join(dir, `${siteSlug(resolved.target, report.site)}.${FILE_EXTENSIONS[format]}`);
        await writeReport(() => writeFileAtomic(file, render(format, false)), file);
        written.push(file);
      }
      if (!settings.quiet) io.stderr.write(`careaudit: wrote ${written.join(', ')}\n`);
    } else if (settings.output) {
      await writeReport(() => writeFileAtomic(resolve(io.cwd, settings.output!), render(settings.formats[0]!, false)), settings.output);
      if (!settings.quiet) io.stderr.write(`careaudit: report written to ${settings.output} (score ${report.score ?? 'n/a'}, gate ${report.gate.passed ? 'passed' : 'failed'})\n`);
    } else {
      io.stdout.write(render(settings.formats[0]!, colorOn(io), terminalWidth(io)));
    }
    if (github) {
      // annotations on stderr keep stdout a clean report (JSON stays parseable); the runner reads both
      io.stderr.write(render('github', false));
      const summary = io.env.GITHUB_STEP_SUMMARY;
      if (summary) await appendFile(summary, FORMATTERS.markdown(report, { comparison, color: false }));
    }
    return report.gate.passed ? EXIT.passed : EXIT.gateFailed;
  } catch (error) {
    stopProgress();
    return reportFailure(error, io);
  }
}
