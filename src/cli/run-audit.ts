import { EmailParseError } from '../acquire/email.js';
import { SiteUnreachableError, TargetError } from '../acquire/site.js';
import { auditSite } from '../audit.js';
import { formatJson } from '../format/json.js';
import { formatText } from '../format/text.js';
import { BUILTIN_RULES_DIR, USER_AGENT } from '../paths.js';
import type { Report } from '../report/report.js';
import { loadRules, RuleFileError } from '../rules/load.js';
import { closestName } from '../rules/suggest.js';
import type { RuleSet } from '../rules/types.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { parseAuditOptions, type AuditOptions, type RawAuditOptions } from './options.js';
import { startProgress } from './progress.js';
import { writeFileAtomic } from './write-file.js';

const MAX_BYTES = 5 * 1024 * 1024;

/** --only / --skip: rule ids or category ids; an unknown one is a usage error, not a silent no-op. */
function selectRules(ruleSet: RuleSet, only: string[], skip: string[]): RuleSet {
  const known = [...ruleSet.rules.map((r) => r.id), ...ruleSet.categories.map((c) => c.id)];
  for (const [flag, ids] of [['--only', only], ['--skip', skip]] as const) {
    for (const id of ids) {
      if (!known.includes(id)) {
        const suggestion = closestName(id, known);
        throw new UsageError(`${flag}: no rule or category "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, 'careaudit schema rules lists the rule format; rule ids are in the report');
      }
    }
  }
  const matches = (ids: string[], rule: { id: string; category: string }) => ids.includes(rule.id) || ids.includes(rule.category);
  return {
    categories: ruleSet.categories,
    rules: ruleSet.rules.filter((r) => (only.length === 0 || matches(only, r)) && !matches(skip, r)),
  };
}

function render(report: Report, options: AuditOptions, color: boolean): string {
  return options.format === 'json' ? formatJson(report) : formatText(report, { color });
}

export async function runAudit(target: string, raw: RawAuditOptions, io: CliIO): Promise<number> {
  let stopProgress = () => {};
  try {
    const options = parseAuditOptions(target, raw);
    const ruleSet = selectRules(await loadRules([BUILTIN_RULES_DIR, ...options.rules], io.cwd), options.only, options.skip);
    const progress = startProgress(io, options.quiet);
    stopProgress = progress.stop;
    const report = await auditSite({
      ruleSet,
      gate: { minScore: options.minScore, failOn: options.failOn },
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
        userAgent: USER_AGENT,
        onProgress: progress.update,
        cwd: io.cwd,
      },
    });
    const { gate } = report;
    stopProgress();
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    if (options.output) {
      await writeFileAtomic(options.output, render(report, options, false));
      if (!options.quiet) io.stderr.write(`careaudit: report written to ${options.output} (score ${report.score ?? 'n/a'}, gate ${gate.passed ? 'passed' : 'failed'})\n`);
    } else {
      io.stdout.write(render(report, options, Boolean(io.stdout.isTTY) && !noColor));
    }
    return gate.passed ? EXIT.passed : EXIT.gateFailed;
  } catch (error) {
    stopProgress();
    if (error instanceof RuleFileError) {
      io.stderr.write(`careaudit: error in a rule file\n${error.format()}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`careaudit: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      return EXIT.usage;
    }
    if (error instanceof TargetError || error instanceof EmailParseError) {
      io.stderr.write(`careaudit: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof SiteUnreachableError) {
      io.stderr.write(`careaudit: ${error.message}\n`);
      return EXIT.unaudited;
    }
    io.stderr.write(`careaudit: internal error: ${(error as Error).message}\n${io.env.CAREAUDIT_DEBUG ? `${(error as Error).stack}\n` : '(set CAREAUDIT_DEBUG=1 for details)\n'}`);
    return EXIT.unaudited;
  }
}
