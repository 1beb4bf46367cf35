// The HTML report's sections around the rule cards: masthead, coverage, gate, what to fix, tables, pages.
import type { CategoryComparison, Comparison, RuleComparison } from '../../report/compare.js';
import { fixGroups } from '../../report/priorities.js';
import type { ReportRule } from '../../report/report.js';
import type { Severity } from '../../rules/types.js';
import type { PageRole } from '../../snapshot.js';
import { cutText } from '../../text.js';
import { capitalized, htmlText, storeName } from '../helpers.js';
import { clientText, plainReason, storePath } from './client-text.js';
import { badge, bandClass, changeChip, delta, ruleText, scoreBar, verdict, when, type Ctx } from './context.js';
import { link } from './links.js';

/** The store, when and how much was read, the verdict counts, and the score ring. */
export function masthead(ctx: Ctx): string {
  const { report, t, branding } = ctx;
  const pct = report.score === null ? 0 : Math.max(0, Math.min(100, Math.round(report.score)));
  const s = report.summary;
  const counts = [
    `<b>${s.pass}</b> ${htmlText(t.passed)}`,
    `<b>${s.fail}</b> ${htmlText(t.failed)}`,
    `<b>${s.na}</b> ${htmlText(t.notApplicable)}`,
    s.manual ? `<b>${s.manual}</b> ${htmlText(t.toVerify)}` : '',
    s.error ? `<b>${s.error}</b> ${htmlText(t.couldNotRun)}` : '',
  ].filter(Boolean);
  const pagesRead = report.pages.filter((p) => p.status === 'ok').length;
  const name = storeName(report);
  // the store by its name; the address audited (a folder, a staging URL) small below it
  const target = name === report.target ? '' : `<p class="target">${/^https?:/i.test(report.target) ? link(report.target, cutText(report.target, 160)) : htmlText(cutText(report.target, 160))}</p>`;
  const logo = branding.logo ? `<img class="logo" src="${htmlText(branding.logo)}" alt="">` : '';
  const client = branding.client ? `<p class="client">${htmlText(t.preparedFor(branding.client))}</p>` : '';
  return `<header class="masthead">
<div class="who">
${logo}<p class="eyebrow">${htmlText(branding.title ?? t.eyebrow)}</p>
<h1>${htmlText(cutText(name, 160))}</h1>
${target}${client}<p class="when">${when(ctx, report.startedAt)} · ${htmlText(t.pagesRead(pagesRead))} · careaudit ${htmlText(report.tool.version)}</p>
<p class="counts">${counts.join(' · ')}</p>
</div>
<div class="score ${bandClass(report.band)}" style="--p:${pct}">
<div class="ring"><span class="num${pct >= 100 ? ' wide' : ''}">${report.score === null ? '–' : pct}</span><span class="of">${htmlText(t.outOf100)}</span></div>
<p class="band-word">${htmlText(capitalized(report.band ? t.band[report.band] : t.notScored))}</p>
</div>
</header>`;
}

/** What could be read and which country and language the rules assumed: how far to trust the verdicts. */
export function coverageBox(ctx: Ctx): string {
  const { report, t } = ctx;
  const { coverage, locale } = report;
  if (!coverage && !locale) return '';
  const lines: string[] = [];
  if (coverage) {
    lines.push(`<p>${htmlText(t.coverage(coverage.rolesRead, coverage.rolesLookedFor, coverage.notScored.length))}</p>`);
    if (coverage.warnings.length) lines.push(`<ul class="warnings">${coverage.warnings.map((w) => `<li>${ruleText(ctx, clientText(w))}</li>`).join('')}</ul>`);
  }
  if (locale) {
    const part = (label: string, value: string | undefined, reason: string) => `${htmlText(label)}: <b>${htmlText(value ?? '–')}</b> <span class="muted">(${ruleText(ctx, clientText(reason))})</span>`;
    lines.push(`<p>${part(t.country, locale.country, locale.countryReason)} · ${part(t.language, locale.language, locale.languageReason)}</p>`);
  }
  return `<section class="coverage"><h2 class="small">${htmlText(t.coverageTitle)}</h2>${lines.join('')}</section>`;
}

/** The gate in plain words, only when one was asked for: a client does not need a CI setting explained. */
export function gateBox(ctx: Ctx): string {
  const { report, t } = ctx;
  if (!ctx.gate) return '';
  const reasons = report.gate.reasons.length ? `<ul>${report.gate.reasons.map((r) => `<li>${ruleText(ctx, plainReason(report, r))}</li>`).join('')}</ul>` : '';
  return `<section class="gate ${report.gate.passed ? 'ok' : 'bad'}"><p><b>${htmlText(t.gateTitle)}: ${htmlText(report.gate.passed ? t.gatePassed : t.gateFailed)}</b></p>${reasons}</section>`;
}

/** The failures by severity, heaviest first: a to-do list that points at each rule's card. */
export function priorities(ctx: Ctx): string {
  const { t } = ctx;
  const groups = fixGroups(ctx.report);
  if (!groups.length) return '';
  const heading: Record<Severity, string> = { error: t.mustFix, warn: t.shouldFix, info: t.worthDoing };
  // the verdict ("No phone number on the home page"), not the rule's title, which reads as praise
  const item = (r: ReportRule) => `<li><a href="#rule-${htmlText(r.id)}">${ruleText(ctx, clientText(r.message))}</a></li>`;
  const html = groups.map(({ severity, rules }) => `<div class="prio"><h3>${htmlText(heading[severity])} <span class="meta">(${rules.length})</span></h3><ul>${rules.map(item).join('')}</ul></div>`);
  return `<section class="priorities"><h2>${htmlText(t.whatToFix)}</h2><div class="prios">${html.join('')}</div></section>`;
}

/** Since the baseline: the score before and after, and the checks that got worse or better. */
export function comparisonBox(ctx: Ctx, comparison: Comparison): string {
  const { t } = ctx;
  const { before, after } = comparison.score;
  const regressed = comparison.rules.filter((r) => r.change === 'regressed');
  const improved = comparison.rules.filter((r) => r.change === 'improved');
  const list = (title: string, rules: RuleComparison[]) =>
    rules.length
      ? `<h3>${htmlText(title)}</h3><ul>${rules.map((r) => `<li><a href="#rule-${htmlText(r.id)}">${ruleText(ctx, r.title)}</a> <span class="muted">— ${htmlText(t.wasNow(verdict(ctx, r.before), verdict(ctx, r.after)))}</span></li>`).join('')}</ul>`
      : '';
  const score = (value: number | null) => (value === null ? t.notScored : String(value));
  return `<section class="compare-box">
<h2>${htmlText(t.sincePrevious)}</h2>
<p>${htmlText(t.previousAudit)}: ${htmlText(cutText(comparison.previous.target, 160))}, ${when(ctx, comparison.previous.startedAt)}. ${htmlText(t.score)} ${htmlText(score(before))} → ${htmlText(score(after))} ${delta(comparison.score.delta)}</p>
${list(t.worse, regressed)}${list(t.better, improved)}${!regressed.length && !improved.length ? `<p>${htmlText(t.noChange)}</p>` : ''}
</section>`;
}

/** The score of each category, as a bar and a number. */
export function categoryTable(ctx: Ctx): string {
  const { report, t, comparison } = ctx;
  const changes = new Map<string, CategoryComparison>(comparison?.categories.map((c) => [c.id, c]));
  const rows = report.categories.map((c) => {
    const cells = [
      `<th scope="row">${ruleText(ctx, c.title)}</th>`,
      `<td class="barcell">${scoreBar(ctx, c.score, c.band)}</td>`,
      `<td class="num">${c.score === null ? '–' : htmlText(c.score)}</td>`,
      `<td>${htmlText(c.band ? t.band[c.band] : t.notScored)}</td>`,
    ];
    if (comparison) cells.push(`<td>${delta(changes.get(c.id)?.delta ?? null)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = [t.category, t.score, '/100', t.rating, ...(comparison ? [t.change] : [])];
  const cls = ['', ' class="barcell"', ' class="num"', '', ''];
  return `<section class="keep summary"><h2>${htmlText(t.scoresByCategory)}</h2>
<table class="cats"><thead><tr>${head.map((h, i) => `<th scope="col"${cls[i]}>${htmlText(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** Each check's verdict next to what the best retailers do. */
export function benchmarkTable(ctx: Ctx): string {
  const { report, t, comparison } = ctx;
  const rows = report.rules.map((r) => {
    const cells = [
      `<td><a href="#rule-${htmlText(r.id)}">${ruleText(ctx, r.title)}</a></td>`,
      `<td>${badge(ctx, r.status)}</td>`,
      `<td class="benchcell">${r.benchmark ? ruleText(ctx, r.benchmark) : '<span class="muted">—</span>'}</td>`,
    ];
    if (comparison) cells.push(`<td>${changeChip(ctx, ctx.changes.get(r.id)) || `<span class="muted">${htmlText(t.same)}</span>`}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = [t.check, t.yourStore, t.benchmark, ...(comparison ? [t.change] : [])];
  return `<section class="benchmarks"><div class="intro"><h2>${htmlText(t.howYouCompare)}</h2>
<p class="lead">${htmlText(t.howYouCompareLead)}</p></div>
<table class="bench"><thead><tr>${head.map((h) => `<th scope="col">${htmlText(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** Which page careaudit read for each role and how it found it; the pages it could not read. */
export function pagesTable(ctx: Ctx): string {
  const { report, t } = ctx;
  const label = (role: PageRole) => htmlText(t.roles[role] ?? role);
  const where = (path: string | undefined, url: string) => (path ? htmlText(cutText(storePath(report, path), 200)) : link(url, cutText(url, 200)));
  const rows = report.roles.map((r) => {
    // a file's place in the store says more than the address careaudit gave it (folder audits use a placeholder host)
    const state = r.available ? htmlText(t.read) : `<span class="warn">${htmlText(t.notReadable)}</span>${r.error ? `: ${htmlText(r.error)}` : ''}`;
    return `<tr><th scope="row">${label(r.role)}</th><td class="pagecell">${where(r.path, r.url)}</td><td>${ruleText(ctx, cutText(clientText(r.reason), 300))}</td><td>${state}</td></tr>`;
  });
  for (const role of report.missingRoles) rows.push(`<tr><th scope="row">${label(role)}</th><td colspan="3"><span class="warn">${htmlText(t.notFound)}</span> — ${htmlText(t.notFoundWhy)}</td></tr>`);
  const failed = report.pages.filter((p) => p.status !== 'ok');
  const failedList = failed.length
    ? `<h3>${htmlText(t.pagesNotRead)}</h3><ul>${failed.map((p) => `<li>${where(p.path, p.url)} — ${htmlText(p.status)}${p.error ? `: ${htmlText(p.error)}` : ''}</li>`).join('')}</ul>`
    : '';
  return `<section class="pages"><h2>${htmlText(t.pagesTitle)}</h2>
<table class="pagetable"><thead><tr>${[t.page, t.address, t.howFound, t.status].map((h) => `<th scope="col">${htmlText(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${failedList}</section>`;
}
