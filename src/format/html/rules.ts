// The HTML report's rule cards, with their evidence, grouped by category.
import { ruleScreenshot } from '../browser-views.js';
import type { Evidence } from '../../primitives/contract.js';
import type { Outcome } from '../../rules/types.js';
import type { ReportRule } from '../../report/report.js';
import { cutText } from '../../text.js';
import { htmlText } from '../helpers.js';
import { clientText, storePath } from './client-text.js';
import { badge, bandClass, changeChip, ruleText, type Ctx } from './context.js';
import { link } from './links.js';

/** Evidence text with the deciding words in <mark>. */
function markedText(e: Evidence, max: number): string {
  const text = e.text ?? '';
  const [start, end] = e.match ?? [0, 0];
  if (end <= start || end > text.length || end > max) return htmlText(cutText(text, max));
  return `${htmlText(text.slice(0, start))}<mark>${htmlText(text.slice(start, end))}</mark>${htmlText(cutText(text.slice(end), max - end))}`;
}

function evidenceItem(ctx: Ctx, e: Evidence): string {
  const parts = [`<span class="kind">${htmlText(cutText(e.kind, 120))}</span>`];
  const value = e.value === undefined ? undefined : String(e.value);
  if (e.text) parts.push(`<q>${markedText(e, 400)}</q>`);
  if (value !== undefined && value !== e.text) parts.push(`→ <b>${htmlText(cutText(value, 200))}</b>`);
  if (e.selector) parts.push(`<code>${htmlText(cutText(e.selector, 100))}</code>`);
  // where in the store, not where careaudit ran: only absolute URLs link
  if (e.page) parts.push(`<span class="where">— ${/^(https?|file):/i.test(e.page) ? link(e.page, cutText(e.page, 200)) : htmlText(cutText(storePath(ctx.report, e.page), 200))}</span>`);
  return `<li>${parts.join(' ')}</li>`;
}

function evidenceList(ctx: Ctx, rule: ReportRule, max: number): string {
  if (!rule.evidence.length) return '';
  const items = rule.evidence.slice(0, max).map((e) => evidenceItem(ctx, e));
  if (rule.evidence.length > max) items.push(`<li class="more">${htmlText(ctx.t.andMore(rule.evidence.length - max))}</li>`);
  return `<div class="evidence"><p class="label">${htmlText(ctx.t.whatWeFound)}</p><ul>${items.join('')}</ul></div>`;
}

function ruleArticle(ctx: Ctx, rule: ReportRule): string {
  const { t } = ctx;
  const full = rule.status === 'fail' || rule.status === 'error' || rule.status === 'manual';
  const message = clientText(rule.message);
  // a pass usually says what the title says: no need to read it twice
  const body: string[] = message.trim() === rule.title.trim() ? [] : [`<p class="message">${ruleText(ctx, message)}</p>`];
  if (rule.status !== 'na') body.push(evidenceList(ctx, rule, full ? 8 : 3));
  if (full) {
    // run-in labels keep a card short enough for three to a printed page; the benchmark is in "How you compare"
    body.push(`<p class="why"><b>${htmlText(t.whyItMatters)}:</b> ${ruleText(ctx, rule.description)}</p>`);
    body.push(`<p class="fix"><b>${htmlText(rule.status === 'manual' ? t.howToCheck : t.howToFix)}:</b> ${ruleText(ctx, rule.fix)}</p>`);
    if (rule.status === 'fail') body.push(ruleScreenshot(ctx.report, rule));
  }
  // weight only where it counts: na, manual and error rules are not scored
  const scored = rule.status === 'pass' || rule.status === 'fail';
  const meta = rule.status === 'na' ? '' : `<span class="meta">${htmlText(t.severity[rule.severity])} · ${htmlText(scored ? t.weight(rule.weight) : t.notScored)}</span>`;
  return `<article class="rule s-${rule.status}" id="rule-${htmlText(rule.id)}">
<header>${badge(ctx, rule.status)}<h4>${ruleText(ctx, rule.title)}</h4>${changeChip(ctx, ctx.changes.get(rule.id))}</header>
<p class="rid"><code>${htmlText(rule.id)}</code> ${meta}</p>
${body.filter(Boolean).join('\n')}
</article>`;
}

/** Every check by category: what needs work open, the passes and the not-applicable folded away. */
export function findings(ctx: Ctx): string {
  const { report, t } = ctx;
  const ids = [...report.categories.map((c) => c.id), ...report.rules.map((r) => r.category)].filter((id, i, all) => all.indexOf(id) === i);
  const titles = new Map(report.categories.map((c) => [c.id, c]));
  const open: Outcome[] = ['fail', 'error', 'manual'];
  const groups = ids.map((id) => {
    const rules = report.rules.filter((r) => r.category === id);
    if (!rules.length) return '';
    const cat = titles.get(id);
    const score = cat?.score === null || cat === undefined ? t.notScored : `${cat.score}/100`;
    const shown = open.flatMap((status) => rules.filter((r) => r.status === status));
    const folded = rules.filter((r) => !open.includes(r.status));
    const passed = folded.filter((r) => r.status === 'pass').length;
    const summary = [passed ? t.passedChecks(passed) : '', folded.length - passed ? `${folded.length - passed} ${t.notApplicable}` : ''].filter(Boolean).join(' · ');
    const details = folded.length ? `<details class="folded"><summary>${htmlText(summary)}</summary>\n${folded.map((r) => ruleArticle(ctx, r)).join('\n')}\n</details>` : '';
    return `<section class="category"><h3>${ruleText(ctx, cat?.title ?? id)} <span class="catscore ${bandClass(cat?.band ?? null)}">${htmlText(score)}</span></h3>
${shown.map((r) => ruleArticle(ctx, r)).join('\n')}
${details}
</section>`;
  });
  const note = ctx.t.englishNote ? `<p class="lead">${htmlText(ctx.t.englishNote)}</p>` : '';
  return `<section class="findings"><h2>${htmlText(t.allChecks)}</h2>${note}${groups.join('\n')}</section>`;
}
