import { Chalk } from 'chalk';
import type { Comparison, RuleComparison } from '../report/compare.js';
import type { Report } from '../report/report.js';
import { BAND_LABEL, storeName, terminalText, VERDICT_LABEL } from './helpers.js';
import { DEFAULT_WIDTH, truncate, wrap } from './wrap.js';

export interface ComparisonTextOptions {
  color: boolean;
  width?: number;
  /** Said when the two reports seem to be of different stores. */
  differentStores?: string;
  /** The gate's reasons, when --fail-on-regression was asked for (empty: it passed). */
  gate?: string[];
}

function signed(delta: number | null): string {
  if (delta === null) return '';
  return delta > 0 ? `▲${delta}` : delta < 0 ? `▼${-delta}` : '=';
}

const score = (value: number | null) => (value === null ? 'n/a' : String(value));
const verdict = (status: RuleComparison['before']) => (status === 'absent' ? 'absent' : VERDICT_LABEL.en[status]);

/** Two audits side by side: the score and categories before → after, then only the rules whose verdict changed. */
export function formatComparisonText(previous: Report, current: Report, comparison: Comparison, options: ComparisonTextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? DEFAULT_WIDTH;
  const para = (text: string, indent = '', hanging = `${indent}  `) => wrap(text, indent, hanging, width);
  const out: string[] = [];
  const name = storeName(current);
  out.push(...para(`${name}: the audit of ${previous.startedAt.slice(0, 10)} → the audit of ${current.startedAt.slice(0, 10)}`).map((l) => c.bold(l)));
  if (options.differentStores) out.push(...para(`! ${options.differentStores}`).map((l) => c.yellow(l)));
  const { before, after, delta, bandBefore, bandAfter } = comparison.score;
  const bands = bandBefore && bandAfter && bandBefore !== bandAfter ? ` (${BAND_LABEL.en[bandBefore]} → ${BAND_LABEL.en[bandAfter]})` : '';
  const colour = delta === null || delta === 0 ? c.reset : delta > 0 ? c.green : c.red;
  out.push(`${c.bold('Score')} ${score(before)} → ${score(after)}  ${colour(signed(delta))}${bands}`);

  out.push('', c.bold('Categories'));
  const titleWidth = Math.max(8, ...comparison.categories.map((cat) => terminalText(cat.title).length));
  for (const cat of comparison.categories) {
    const d = cat.delta === null || cat.delta === 0 ? c.gray(signed(cat.delta) || '–') : (cat.delta > 0 ? c.green : c.red)(signed(cat.delta));
    out.push(`  ${terminalText(cat.title).padEnd(titleWidth)}  ${score(cat.before).padStart(3)} → ${score(cat.after).padStart(3)}  ${d}`);
  }

  const changed = comparison.rules.filter((r) => r.change !== 'unchanged');
  out.push('', c.bold(changed.length ? `Rules that changed (${changed.length})` : 'No rule changed its verdict'));
  if (changed.length) {
    const idWidth = Math.max(4, ...changed.map((r) => r.id.length));
    const wasWidth = Math.max(6, ...changed.map((r) => verdict(r.before).length));
    const nowWidth = Math.max(5, ...changed.map((r) => verdict(r.after).length));
    out.push(c.gray(truncate(`  ${'rule'.padEnd(idWidth)}  ${'before'.padEnd(wasWidth)}    ${'after'.padEnd(nowWidth)}  change`, width)));
    // what got worse first
    const order = ['regressed', 'removed', 'new', 'improved'];
    for (const r of [...changed].sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change))) {
      const line = truncate(`  ${r.id.padEnd(idWidth)}  ${verdict(r.before).padEnd(wasWidth)} →  ${verdict(r.after).padEnd(nowWidth)}  ${r.change}`, width);
      out.push(r.change === 'regressed' ? c.red(line) : r.change === 'improved' ? c.green(line) : line);
    }
  }
  if (options.gate) {
    out.push('');
    if (options.gate.length === 0) out.push(c.green('Gate passed: nothing regressed'));
    else out.push(...para(`Gate failed: ${options.gate.join('; ')}`).map((l) => c.red(l)));
  }
  return `${out.join('\n')}\n`;
}
