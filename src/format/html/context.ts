// What every part of the HTML report shares: its context, and the small pieces (dates, badges, deltas) it repeats.
import type { Comparison, RuleComparison } from '../../report/compare.js';
import type { Report } from '../../report/report.js';
import type { Outcome } from '../../rules/types.js';
import type { Band } from '../../score.js';
import { htmlText } from '../helpers.js';
import type { Branding } from '../html.js';
import type { ReportLanguage } from '../i18n.js';
import type { Strings } from '../i18n/strings.js';

/** Everything a part of the report needs besides the report: its words, and what changed since a baseline. */
export interface Ctx {
  report: Report;
  t: Strings;
  lang: ReportLanguage;
  comparison?: Comparison;
  changes: Map<string, RuleComparison>;
  branding: Branding;
  gate: boolean;
}

/** A date and time in the report's language, in UTC (the text as given when it is no date). */
export function whenText(lang: ReportLanguage, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d)} UTC`;
}

export const when = (ctx: Ctx, iso: string) => htmlText(whenText(ctx.lang, iso));

export function bandClass(band: Band | null): string {
  return band ? `band-${band}` : 'band-none';
}

export const verdict = (ctx: Ctx, status: Outcome | 'absent') => (status === 'absent' ? '–' : ctx.t.verdict[status]);

export function badge(ctx: Ctx, status: Outcome): string {
  return `<span class="badge v-${status}">${htmlText(verdict(ctx, status))}</span>`;
}

export function delta(value: number | null): string {
  if (value === null) return '<span class="delta">–</span>';
  if (value === 0) return '<span class="delta">=</span>';
  return value > 0 ? `<span class="delta up">▲ +${value}</span>` : `<span class="delta down">▼ −${-value}</span>`;
}

export function changeChip(ctx: Ctx, change: RuleComparison | undefined): string {
  if (!change || change.change === 'unchanged') return '';
  const mark = change.change === 'regressed' ? '▼' : change.change === 'improved' ? '▲' : change.change === 'new' ? '+' : '−';
  return `<span class="chip ${change.change}">${mark} ${htmlText(ctx.t.wasNow(verdict(ctx, change.before), verdict(ctx, change.after)))}</span>`;
}

/** Rule text from the pack, in English: marked as such in a report in another language. */
export function ruleText(ctx: Ctx, text: string): string {
  return ctx.lang === 'en' ? htmlText(text) : `<span lang="en">${htmlText(text)}</span>`;
}

export function scoreBar(ctx: Ctx, score: number | null, band: Band | null): string {
  // a label, not a bar: an empty track cannot hold the words
  if (score === null) return `<span class="unscored">${htmlText(ctx.t.notScored)}</span>`;
  const pct = Math.max(0, Math.min(100, Math.round(score)));
  return `<div class="track" role="img" aria-label="${pct} / 100"><div class="fill ${bandClass(band)}" style="width:${pct}%"></div></div>`;
}
