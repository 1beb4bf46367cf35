import { Chalk, type ChalkInstance } from 'chalk';
import type { Comparison } from '../report/compare.js';
import { fixFirst, fixSummary } from '../report/priorities.js';
import type { Report, ReportRule } from '../report/report.js';
import type { Outcome } from '../rules/types.js';
import type { Band } from '../score.js';
import { ROLE_LABELS } from '../snapshot.js';
import { BAND_LABEL, coverageSentence, localeSentence, SECTION_HEADING, STATUS_ORDER, storeName, terminalText } from './helpers.js';
import { DEFAULT_WIDTH, truncate, wrap, wrapAfter } from './wrap.js';
import type { Evidence } from '../primitives/contract.js';
import { renderedLine, walkLine } from './browser-views.js';

export interface TextOptions {
  color: boolean;
  comparison?: Comparison;
  /** Every passed rule with its evidence (otherwise passes are one compact list). */
  verbose?: boolean;
  /** The terminal's width: every line fits in it. */
  width?: number;
}

function deltaText(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || delta === 0) return '';
  return delta > 0 ? ` ▲${delta}` : ` ▼${-delta}`;
}

function scoreColor(c: ChalkInstance, band: Band | null): ChalkInstance {
  return band === 'good' ? c.green : band === 'needs-improvement' ? c.yellow : band === 'poor' ? c.red : c.gray;
}

function bar(score: number | null, width: number): string {
  if (score === null) return ' '.repeat(width);
  const filled = Math.round((score / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function evidenceLine(e: Evidence): string {
  const value = e.value === undefined ? undefined : String(e.value);
  const shown = e.text && value && value !== e.text ? `${e.text} → ${value}` : e.text || value;
  const selector = e.selector && truncate(e.selector, 60);
  const what = [shown, selector && `(${selector})`].filter(Boolean).join(' ');
  return `${e.kind}${what ? `: ${what}` : ''}${e.page ? `  [${e.page}]` : ''}`;
}

/** One piece of evidence, wrapped, with the words that decided the verdict underlined (when they fit on a line). */
function evidenceLines(l: Layout, e: Evidence): string[] {
  const lines = l.para(`found ${evidenceLine(e)}`, '      ', '        ', l.c.gray);
  const words = e.text && e.match ? e.text.slice(e.match[0], e.match[1]) : '';
  if (!words || !l.c.level) return lines;
  return lines.map((line) => (line.includes(words) ? line.replace(words, l.c.underline(words)) : line));
}

const MARK: Record<Outcome, string> = { fail: '✖', error: '!', manual: '?', pass: '✔', na: '–' };


class Layout {
  constructor(
    readonly c: ChalkInstance,
    readonly width: number,
  ) {}

  /** A paragraph wrapped to the width, coloured line by line (colour codes never count towards the width). */
  para(text: string, indent: string, hanging = indent, colour: (s: string) => string = (s) => s): string[] {
    return wrap(text, indent, hanging, this.width).map((line) => colour(line));
  }

  /** Text wrapped after a lead (`plain` as laid out, `coloured` as shown), continuation lines hanging. */
  lead(plain: string, coloured: string, text: string, hanging: string): string[] {
    return wrapAfter(plain, coloured, text, hanging, this.width);
  }

  /** A rule's first line: a coloured mark and a bold id before its wrapped message. */
  headed(mark: string, markColour: ChalkInstance, id: string, text: string): string[] {
    return this.lead(`  ${mark} ${id}  `, `  ${markColour(mark)} ${this.c.bold(id)}  `, text, '      ');
  }

  /** A label run in before its wrapped text: `why  Shoppers …`. */
  labelled(label: string, text: string, indent: string): string[] {
    const gap = `${indent}${' '.repeat(label.length + 2)}`;
    return this.lead(gap, `${indent}${this.c.cyan(label)}  `, text, gap);
  }
}

function changeNote(rule: ReportRule, comparison?: Comparison): string {
  const change = comparison?.rules.find((r) => r.id === rule.id);
  if (!change || (change.change !== 'regressed' && change.change !== 'improved')) return '';
  return ` (${change.change}: was ${change.before})`;
}

function ruleBlock(l: Layout, rule: ReportRule, verbose: boolean, comparison?: Comparison): string[] {
  const { c } = l;
  const colour = rule.status === 'pass' ? c.green : rule.status === 'fail' ? (rule.severity === 'error' ? c.red : c.yellow) : c.gray;
  const mark = MARK[rule.status];
  // a manual check is never scored, so its severity and weight say nothing
  const scored = rule.status === 'fail' || rule.status === 'error' ? ` (${rule.severity}, weight ${rule.weight})` : '';
  const head = l.headed(mark, colour, rule.id, `${rule.message}${scored}${changeNote(rule, comparison)}`);
  if (rule.status === 'na') return head;
  if (rule.status === 'pass') {
    const first = rule.evidence[0];
    return first ? [...head, ...evidenceLines(l, first)] : head;
  }
  const lines = [...head];
  for (const e of rule.evidence.slice(0, 4)) lines.push(...evidenceLines(l, e));
  if (rule.status === 'fail') {
    if (verbose) lines.push(...l.labelled('why', rule.description, '      '));
    lines.push(...l.labelled('fix', rule.fix, '      '));
  }
  if (rule.status === 'manual') lines.push(...l.labelled('how', rule.fix, '      '));
  if (verbose && rule.benchmark) lines.push(...l.labelled('benchmark', rule.benchmark, '      '));
  return lines;
}

/** The first screen: score, gate, coverage, then the failures to fix first, one line each. */
function firstScreen(l: Layout, report: Report, comparison: Comparison | undefined): string[] {
  const { c } = l;
  const out: string[] = [];
  out.push(...l.para(`${storeName(report)} — careaudit ${report.tool.version}${storeName(report) === report.target ? '' : ` (${report.target})`}`, '', '  ', (s) => c.bold(s)));
  const overall = report.score === null ? 'n/a' : `${report.score}/100`;
  out.push(`${c.bold('Score')} ${scoreColor(c, report.band).bold(overall)}${report.band ? ` (${BAND_LABEL.en[report.band]})` : ''}${deltaText(comparison?.score.delta)}`);
  if (report.gate.passed) out.push(c.green('Gate passed'));
  else out.push(...l.para(`Gate failed: ${report.gate.reasons.join('; ')}`, '', '  ', c.red));
  if (report.coverage) {
    out.push(...l.para(`Coverage: ${coverageSentence(report.coverage)}`, '', '  '));
    for (const warning of report.coverage.warnings) out.push(...l.para(`! ${warning}`, '  ', '    ', c.yellow));
  }
  for (const line of [renderedLine(report), walkLine(report)]) if (line) out.push(...l.para(line, '', '  ', c.gray));
  if (report.locale) out.push(...l.para(localeSentence(report.locale), '', '  ', c.gray));
  if (comparison) {
    const { regressions, improvements, previous } = comparison;
    const text =
      `Compared with the audit of ${previous.startedAt.slice(0, 10)}: score ${comparison.score.before ?? 'n/a'} → ${comparison.score.after ?? 'n/a'}, ` +
      `${regressions.length} regression(s)${regressions.length ? ` (${regressions.join(', ')})` : ''}, ${improvements.length} improvement(s)`;
    out.push(...l.para(text, '', '  ', c.gray));
  }
  const failing = fixFirst(report);
  if (failing.length) {
    out.push('', c.bold(`Fix first (${failing.length})`));
    const idWidth = Math.max(...failing.map((r) => r.id.length));
    for (const rule of failing) {
      // one line each: the whole fix is in the details below
      const severity = rule.severity.padEnd(5);
      const line = truncate(`  ${severity}  ${rule.id.padEnd(idWidth)}  ${fixSummary(rule.fix)}`, l.width);
      const colour = rule.severity === 'error' ? c.red : rule.severity === 'warn' ? c.yellow : c.gray;
      out.push(`  ${colour(severity)}  ${c.bold(rule.id.padEnd(idWidth))}${line.slice(4 + severity.length + idWidth)}`);
    }
  }
  return out;
}

/** The human report: the first screen says what to do; the details, the evidence behind it. */
export function formatText(report: Report, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const l = new Layout(c, options.width ?? DEFAULT_WIDTH);
  const { comparison } = options;
  const out = firstScreen(l, report, comparison);

  out.push('', c.bold('Categories'));
  const titleWidth = Math.max(...report.categories.map((cat) => terminalText(cat.title).length), 8);
  const barWidth = Math.max(5, Math.min(20, l.width - titleWidth - 16));
  for (const cat of report.categories) {
    const value = cat.score === null ? '  –' : String(cat.score).padStart(3);
    const change = deltaText(comparison?.categories.find((x) => x.id === cat.id)?.delta);
    out.push(`  ${terminalText(cat.title).padEnd(titleWidth)}  ${scoreColor(c, cat.band)(`${value}  ${bar(cat.score, barWidth)}`)}${change}`);
  }

  const failing = fixFirst(report);
  // the detailed sections, after the first screen: what needs work first
  for (const status of STATUS_ORDER) {
    const rules = status === 'fail' ? failing : report.rules.filter((r) => r.status === status);
    if (!rules.length) continue;
    out.push('', c.bold(`${SECTION_HEADING[status]} (${rules.length})`));
    if (status === 'pass' && !options.verbose) {
      out.push(...l.para(rules.map((r) => r.id).join(', '), '  ', '  ', c.green), ...l.para('(--verbose shows the evidence of each)', '  ', '  ', c.gray));
      continue;
    }
    for (const rule of rules) out.push(...ruleBlock(l, rule, options.verbose ?? false, comparison));
  }

  out.push('', c.bold('Pages'));
  for (const role of report.roles) {
    const state = role.available ? '' : role.unread === 'broken' ? `  (broken link: ${role.error ?? 'unavailable'})` : `  (not readable: ${role.error ?? 'unavailable'})`;
    const label = `  ${ROLE_LABELS[role.role].padEnd(24)} `;
    const hanging = ' '.repeat(label.length);
    out.push(...l.lead(label, label, `${role.path ?? role.url}${state}`, hanging));
    out.push(...l.para(role.reason, hanging, hanging, c.gray));
  }
  if (report.missingRoles.length) out.push(...l.para(`not found: ${report.missingRoles.map((r) => ROLE_LABELS[r]).join(', ')}`, '  ', '    ', c.yellow));
  for (const page of report.pages.filter((p) => p.status !== 'ok')) {
    out.push(...l.para(`${page.status} ${page.path ?? page.url}: ${page.error ?? ''}`, '  ', '    ', c.yellow));
  }
  out.push('');
  const s = report.summary;
  const counts = [`${s.pass} passed`, `${s.fail} failed`, `${s.na} not applicable`, s.manual && `${s.manual} to verify by hand`, s.error && `${s.error} could not run`]
    .filter(Boolean)
    .join(', ');
  out.push(...l.para(`${counts} — ${(report.durationMs / 1000).toFixed(1)} s`, '', '  '));
  return `${out.join('\n')}\n`;
}
