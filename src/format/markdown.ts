import type { Comparison, RuleComparison } from '../report/compare.js';
import type { Report, ReportRule } from '../report/report.js';
import type { Outcome } from '../rules/types.js';
import type { Band } from '../score.js';
import { ROLE_LABELS } from '../snapshot.js';
import type { Evidence } from '../primitives/contract.js';
import { cutText } from '../text.js';
import { BAND_LABEL, byStatus, coverageSentence, localeSentence, markdownLiteral, markdownText, SECTION_HEADING, VERDICT_LABEL } from './helpers.js';

/** GitHub rejects comments and step summaries longer than this (characters). */
export const GITHUB_COMMENT_LIMIT = 65_536;

const VERDICT = VERDICT_LABEL.en;

/**
 * Rule ids and selectors (written by rule authors, not pages), verbatim: a code span (never a link, a mention or HTML; the fence is longer than any backtick run
 * inside, and in a table a pipe is escaped because GFM splits cells on it even there). Text with HTML
 * specials is escaped instead: inside a code span `&lt;` would show literally, and a raw `<` in the source
 * is one bad renderer away from markup.
 */
function literal(text: string, inTable = false): string {
  let body = markdownLiteral(text);
  if (!body) return '';
  if (/[<>&]/.test(body)) return `“${markdownText(body)}”`;
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

function verdictOf(status: Outcome | 'absent'): string {
  return status === 'absent' ? 'absent' : VERDICT[status];
}

/** Text from a page or an email, quoted: escaped rather than a code span, so no raw markup survives in the source. */
function quoted(text: string): string {
  return `“${markdownText(text)}”`;
}

function arrow(delta: number | null): string {
  if (delta === null) return '–';
  return delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ −${-delta}` : '=';
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? markdownText(iso) : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function scoreText(score: number | null, band: Band | null): string {
  return score === null ? 'n/a' : `${score}/100${band ? ` (${BAND_LABEL.en[band]})` : ''}`;
}

function changeNote(change: RuleComparison | undefined): string {
  if (!change) return '';
  if (change.change === 'new') return 'new rule';
  if (change.change === 'unchanged') return '';
  const word = change.change === 'regressed' ? '**regressed**' : change.change === 'improved' ? 'improved' : 'removed';
  return `${word} (was ${verdictOf(change.before)})`;
}

/** How much evidence a rendering keeps: the formatter steps down these levels until the comment fits. */
interface Budget {
  evidencePerRule: number;
  evidenceChars: number;
  /** Text of the passing/na/manual rules in the collapsed table. */
  detailChars: number;
}

const BUDGETS: Budget[] = [
  { evidencePerRule: 5, evidenceChars: 300, detailChars: 300 },
  { evidencePerRule: 3, evidenceChars: 140, detailChars: 160 },
  { evidencePerRule: 1, evidenceChars: 80, detailChars: 80 },
  { evidencePerRule: 0, evidenceChars: 0, detailChars: 0 },
];

function evidenceBullet(e: Evidence, max: number): string {
  const parts = [markdownText(cutText(e.kind, 80))];
  const value = e.value === undefined ? undefined : String(e.value);
  if (e.text) parts.push(quoted(cutText(e.text, max)));
  if (value !== undefined && value !== e.text) parts.push(`→ ${quoted(cutText(value, max))}`);
  if (e.selector) parts.push(`at ${literal(cutText(e.selector, Math.min(max, 120)))}`);
  if (e.page) parts.push(`on ${markdownText(cutText(e.page, 200))}`);
  return `- ${parts.join(' ')}`;
}

function ruleSection(rule: ReportRule, change: RuleComparison | undefined, budget: Budget): string {
  const note = changeNote(change);
  const head = [`**${literal(rule.id)}**`, markdownText(rule.severity), `weight ${rule.weight}`, note].filter(Boolean).join(' · ');
  const lines = [head, '', markdownText(cutText(rule.message, 1000))];
  const shown = rule.evidence.slice(0, budget.evidencePerRule);
  if (shown.length) {
    lines.push('');
    for (const e of shown) {
      lines.push(evidenceBullet(e, budget.evidenceChars));
    }
  }
  if (rule.evidence.length > shown.length) lines.push(`- …and ${rule.evidence.length - shown.length} more (see the JSON report)`);
  lines.push('', `**Fix:** ${markdownText(rule.fix)}`);
  if (rule.benchmark) lines.push('', `**Benchmark:** ${markdownText(rule.benchmark)}`);
  return lines.join('\n');
}

function render(report: Report, comparison: Comparison | undefined, budget: Budget): string {
  const changes = new Map(comparison?.rules.map((r) => [r.id, r]));
  const out: string[] = [];

  const overallChange = comparison ? ` · ${arrow(comparison.score.delta)} since the baseline` : '';
  out.push(`## careaudit: ${scoreText(report.score, report.band)}${overallChange}`, '');
  const s = report.summary;
  const counts = [`${s.pass} passed`, `${s.fail} failed`, `${s.na} not applicable`, s.manual ? `${s.manual} to verify by hand` : '', s.error ? `${s.error} could not run` : '']
    .filter(Boolean)
    .join(', ');
  out.push(
    `**Gate: ${report.gate.passed ? 'passed' : 'FAILED'}** · ${markdownText(report.target)} · ${when(report.startedAt)} · careaudit ${markdownText(report.tool.version)} · ${counts}`,
  );
  if (report.coverage) {
    out.push('', `**Coverage:** ${markdownText(coverageSentence(report.coverage))}`);
    for (const warning of report.coverage.warnings) out.push('', `> [!WARNING]\n> ${markdownText(warning)}`);
  }
  if (report.locale) out.push('', markdownText(localeSentence(report.locale)));
  if (comparison) {
    const { before } = comparison.score;
    out.push('', `Compared with the audit of ${markdownText(comparison.previous.target)} on ${when(comparison.previous.startedAt)} (score ${before === null ? 'n/a' : before}).`);
  }

  out.push('', comparison ? '| Category | Score | Band | Change |' : '| Category | Score | Band |', comparison ? '|---|---:|---|---:|' : '|---|---:|---|');
  const categoryChanges = new Map(comparison?.categories.map((c) => [c.id, c]));
  for (const cat of report.categories) {
    const cells = [markdownText(cat.title), cat.score === null ? '–' : String(cat.score), cat.band ? BAND_LABEL.en[cat.band] : 'not scored'];
    if (comparison) cells.push(arrow(categoryChanges.get(cat.id)?.delta ?? null));
    out.push(`| ${cells.join(' | ')} |`);
  }

  if (!report.gate.passed) {
    out.push('', '### Gate failed', '');
    for (const reason of report.gate.reasons) out.push(`- ${markdownText(reason)}`);
  }

  if (comparison && (comparison.regressions.length || comparison.scoreDropped)) {
    out.push('', '### Regressions since the baseline', '');
    for (const id of comparison.regressions) out.push(`- ${literal(id)} passed in the baseline and now fails`);
    const { before, after } = comparison.score;
    if (comparison.scoreDropped) out.push(`- the score dropped from ${before ?? 'n/a'} to ${after ?? 'n/a'}`);
  }

  for (const status of ['fail', 'error'] as const) {
    const rules = report.rules.filter((r) => r.status === status);
    if (!rules.length) continue;
    out.push('', `### ${SECTION_HEADING[status]} (${rules.length})`);
    for (const rule of rules) {
      out.push('', ruleSection(rule, changes.get(rule.id), budget));
    }
  }

  const rest = report.rules.filter((r) => r.status === 'pass' || r.status === 'na' || r.status === 'manual');
  const removed = comparison?.rules.filter((r) => r.change === 'removed') ?? [];
  if (rest.length || removed.length) {
    const label = [`${s.pass} passed`, `${s.na} not applicable`, `${s.manual} to verify by hand`].join(', ');
    out.push('', '<details>', `<summary>Other rules: ${label}</summary>`, '');
    out.push(comparison ? '| Rule | Verdict | Details | Change |' : '| Rule | Verdict | Details |', comparison ? '|---|---|---|---|' : '|---|---|---|');
    for (const rule of [...rest].sort(byStatus)) {
      const first = rule.evidence[0];
      let details = markdownText(cutText(rule.message, 500));
      if (rule.status === 'manual') details += ` ${markdownText(rule.fix)}`;
      if (budget.detailChars && first?.text) details += ` — ${quoted(cutText(first.text, budget.detailChars))}`;
      const cells = [literal(rule.id, true), VERDICT[rule.status], details];
      if (comparison) cells.push(changeNote(changes.get(rule.id)) || '–');
      out.push(`| ${cells.join(' | ')} |`);
    }
    for (const r of removed) out.push(`| ${literal(r.id, true)} | removed | no longer audited | was ${verdictOf(r.before)} |`);
    out.push('', '</details>');
  }

  out.push('', '<details>', `<summary>Pages (${report.roles.length} found${report.missingRoles.length ? `, ${report.missingRoles.length} not found` : ''})</summary>`, '');
  out.push('| Role | Page | How it was found |', '|---|---|---|');
  for (const role of report.roles) {
    const state = role.available ? '' : ` (not readable: ${markdownText(role.error ?? 'unavailable')})`;
    out.push(`| ${markdownText(ROLE_LABELS[role.role] ?? role.role)} | ${markdownText(cutText(role.path ?? role.url, 200))}${state} | ${markdownText(cutText(role.reason, 200))} |`);
  }
  for (const role of report.missingRoles) out.push(`| ${markdownText(ROLE_LABELS[role] ?? role)} | not found | |`);
  out.push('', '</details>');
  return `${out.join('\n')}\n`;
}

const SHORTENED_NOTE = '\n> [!NOTE]\n> Evidence was shortened to fit a GitHub comment; the JSON report (`--format json`) has all of it.\n';

/** A report for a pull-request comment or $GITHUB_STEP_SUMMARY: everything from pages and emails is escaped. */
export function formatMarkdown(report: Report, options: { comparison?: Comparison } = {}): string {
  const limit = GITHUB_COMMENT_LIMIT - SHORTENED_NOTE.length - 200; // a margin for the truncation note below
  for (const budget of BUDGETS) {
    const text = render(report, options.comparison, budget);
    // the first budget is the report as designed; only a smaller one leaves out evidence to fit
    if (text.length <= limit) return budget === BUDGETS[0] ? text : text + SHORTENED_NOTE;
  }
  // Even without evidence it is too long (thousands of rules): cut at a line and close what was left open.
  const text = render(report, options.comparison, BUDGETS[BUDGETS.length - 1]!);
  let head = text.slice(0, text.lastIndexOf('\n', limit));
  const open = (head.match(/<details>/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  if (open > 0) head += '\n\n</details>';
  return `${head}\n\n> [!NOTE]\n> The report was cut to fit a GitHub comment (${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')} characters); the JSON report (\`--format json\`) has all of it.\n`;
}
