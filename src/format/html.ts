import type { CategoryComparison, Comparison, RuleComparison } from '../report/compare.js';
import { escapeHtml } from '../page/escape-html.js';
import type { Report, ReportRule } from '../report/report.js';
import type { Outcome } from '../rules/types.js';
import { fixFirst } from '../report/priorities.js';
import type { Band } from '../score.js';
import type { PageRole } from '../snapshot.js';
import { reportLanguageOf, STRINGS, type ReportLanguage, type Strings } from './i18n.js';
import { capitalized, storeName } from './labels.js';
import type { Evidence } from '../primitives/contract.js';
import { BROWSER_STYLE, browserSection, ruleScreenshot } from './browser-views.js';

/** An agency's branding of a client report. */
export interface Branding {
  /** Replaces "Customer-support audit" above the store's name. */
  title?: string;
  /** The client the report is prepared for. */
  client?: string;
  /** A logo as a data: URI (the report loads nothing else). */
  logo?: string;
  /** An accent colour, #rgb or #rrggbb. */
  color?: string;
}

export interface HtmlOptions {
  comparison?: Comparison;
  branding?: Branding;
  /** The language of the report's chrome; default: the store's language, else English. */
  language?: ReportLanguage;
  /** Show the pass/fail box: only when a gate was asked for (a minimum score, --fail-on, a config's thresholds). */
  gate?: boolean;
}

/** No scripts, no requests: the report opens offline and a hostile page's text cannot run in it. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";


/** Controls and bidi overrides: invisible on screen, and some are not even allowed in an HTML document. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/gu;

/** Text and attribute values: every markup character becomes a reference, so page text stays text. */
export function esc(text: string | number): string {
  return escapeHtml(String(text).replace(INVISIBLE, '')).replace(/'/g, '&#39;');
}

/**
 * Text for the store's owner, not for whoever ran careaudit: no command-line words. "(use --email FILE)",
 * "(--fail-on error)" and "(--min-score or thresholds.score)" go; "given with --page …" becomes plain words.
 */
export function clientText(text: string): string {
  return text
    .replace(/no order-confirmation email was given/g, 'no order-confirmation email was provided')
    .replace(/given with --(page|email)(\s+\S+=\S+)?/g, 'provided with the audit')
    .replace(/\s*\((?:use |with )?--[^()]*\)/g, '')
    .replace(/\s*\((?:[\w.-]+ or )?thresholds\.[^()]*\)/g, '');
}

/** Where a page is within the store: `checkout/index.html` rather than `../../shops/corner/checkout/index.html`. */
export function storePath(report: Pick<Report, 'target'>, page: string): string {
  if (/^https?:/i.test(page)) return page;
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  const [root, path] = [norm(report.target), norm(page)];
  const folder = /\.x?html?$/i.test(root) ? root.replace(/\/?[^/]*$/, '') : root;
  if (folder && path.startsWith(`${folder}/`)) return path.slice(folder.length + 1);
  // outside the store (an email, a --page file): its name, with its folder when the name says nothing (index.html)
  const segments = path.split('/').filter((s) => s !== '..' && s !== '.');
  return segments.slice(/^index\.x?html?$/i.test(segments.at(-1) ?? '') ? -2 : -1).join('/');
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/**
 * Whether a URL may become a link: http(s), file, or relative (not scheme-relative, which reaches the
 * network like an absolute one). Browsers drop tabs and newlines inside URLs and trim controls, so the test
 * runs on the URL as the browser will read it: `java\tscript:` is still javascript:. Hosts under the reserved
 * `.invalid` (folder audits) never resolve, so they are shown as text.
 */
export function isLinkable(url: string): boolean {
  const u = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!u || u.startsWith('//') || u.startsWith('\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return !/[\u0000-\u001F]/.test(u);
  const protocol = scheme[1]!.toLowerCase();
  if (protocol === 'file') return true;
  if (protocol !== 'http' && protocol !== 'https') return false;
  try {
    return !new URL(u).hostname.endsWith('.invalid');
  } catch {
    return false;
  }
}

function link(url: string, text: string = url): string {
  return isLinkable(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

/** Everything a part of the report needs besides the report: its words, and what changed since a baseline. */
interface Ctx {
  report: Report;
  t: Strings;
  lang: ReportLanguage;
  comparison?: Comparison;
  changes: Map<string, RuleComparison>;
  branding: Branding;
  gate: boolean;
}

/** A date and time in the report's language, in UTC (the text as given when it is no date). */
function whenText(lang: ReportLanguage, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d)} UTC`;
}

const when = (ctx: Ctx, iso: string) => esc(whenText(ctx.lang, iso));

export function bandClass(band: Band | null): string {
  return band ? `band-${band}` : 'band-none';
}

const verdict = (ctx: Ctx, status: Outcome | 'absent') => (status === 'absent' ? '–' : ctx.t.verdict[status]);

function badge(ctx: Ctx, status: Outcome): string {
  return `<span class="badge v-${status}">${esc(verdict(ctx, status))}</span>`;
}

function delta(value: number | null): string {
  if (value === null) return '<span class="delta">–</span>';
  if (value === 0) return '<span class="delta">=</span>';
  return value > 0 ? `<span class="delta up">▲ +${value}</span>` : `<span class="delta down">▼ −${-value}</span>`;
}

function changeChip(ctx: Ctx, change: RuleComparison | undefined): string {
  if (!change || change.change === 'unchanged') return '';
  const mark = change.change === 'regressed' ? '▼' : change.change === 'improved' ? '▲' : change.change === 'new' ? '+' : '−';
  return `<span class="chip ${change.change}">${mark} ${esc(ctx.t.wasNow(verdict(ctx, change.before), verdict(ctx, change.after)))}</span>`;
}

/** Rule text from the pack, in English: marked as such in a report in another language. */
function ruleText(ctx: Ctx, text: string): string {
  return ctx.lang === 'en' ? esc(text) : `<span lang="en">${esc(text)}</span>`;
}

/** Evidence text with the deciding words in <mark>. */
function markedText(e: Evidence, max: number): string {
  const text = e.text ?? '';
  const [start, end] = e.match ?? [0, 0];
  if (end <= start || end > text.length || end > max) return esc(cut(text, max));
  return `${esc(text.slice(0, start))}<mark>${esc(text.slice(start, end))}</mark>${esc(cut(text.slice(end), max - end))}`;
}

function evidenceItem(ctx: Ctx, e: Evidence): string {
  const parts = [`<span class="kind">${esc(cut(e.kind, 120))}</span>`];
  const value = e.value === undefined ? undefined : String(e.value);
  if (e.text) parts.push(`<q>${markedText(e, 400)}</q>`);
  if (value !== undefined && value !== e.text) parts.push(`→ <b>${esc(cut(value, 200))}</b>`);
  if (e.selector) parts.push(`<code>${esc(cut(e.selector, 100))}</code>`);
  // where in the store, not where careaudit ran: only absolute URLs link
  if (e.page) parts.push(`<span class="where">— ${/^(https?|file):/i.test(e.page) ? link(e.page, cut(e.page, 200)) : esc(cut(storePath(ctx.report, e.page), 200))}</span>`);
  return `<li>${parts.join(' ')}</li>`;
}

function evidenceList(ctx: Ctx, rule: ReportRule, max: number): string {
  if (!rule.evidence.length) return '';
  const items = rule.evidence.slice(0, max).map((e) => evidenceItem(ctx, e));
  if (rule.evidence.length > max) items.push(`<li class="more">${esc(ctx.t.andMore(rule.evidence.length - max))}</li>`);
  return `<div class="evidence"><p class="label">${esc(ctx.t.whatWeFound)}</p><ul>${items.join('')}</ul></div>`;
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
    body.push(`<p class="why"><b>${esc(t.whyItMatters)}:</b> ${ruleText(ctx, rule.description)}</p>`);
    body.push(`<p class="fix"><b>${esc(rule.status === 'manual' ? t.howToCheck : t.howToFix)}:</b> ${ruleText(ctx, rule.fix)}</p>`);
    if (rule.status === 'fail') body.push(ruleScreenshot(ctx.report, rule));
  }
  // weight only where it counts: na, manual and error rules are not scored
  const scored = rule.status === 'pass' || rule.status === 'fail';
  const meta = rule.status === 'na' ? '' : `<span class="meta">${esc(t.severity[rule.severity])} · ${esc(scored ? t.weight(rule.weight) : t.notScored)}</span>`;
  return `<article class="rule s-${rule.status}" id="rule-${esc(rule.id)}">
<header>${badge(ctx, rule.status)}<h4>${ruleText(ctx, rule.title)}</h4>${changeChip(ctx, ctx.changes.get(rule.id))}</header>
<p class="rid"><code>${esc(rule.id)}</code> ${meta}</p>
${body.filter(Boolean).join('\n')}
</article>`;
}

function scoreBar(ctx: Ctx, score: number | null, band: Band | null): string {
  // a label, not a bar: an empty track cannot hold the words
  if (score === null) return `<span class="unscored">${esc(ctx.t.notScored)}</span>`;
  const pct = Math.max(0, Math.min(100, Math.round(score)));
  return `<div class="track" role="img" aria-label="${pct} / 100"><div class="fill ${bandClass(band)}" style="width:${pct}%"></div></div>`;
}

function masthead(ctx: Ctx): string {
  const { report, t, branding } = ctx;
  const pct = report.score === null ? 0 : Math.max(0, Math.min(100, Math.round(report.score)));
  const s = report.summary;
  const counts = [
    `<b>${s.pass}</b> ${esc(t.passed)}`,
    `<b>${s.fail}</b> ${esc(t.failed)}`,
    `<b>${s.na}</b> ${esc(t.notApplicable)}`,
    s.manual ? `<b>${s.manual}</b> ${esc(t.toVerify)}` : '',
    s.error ? `<b>${s.error}</b> ${esc(t.couldNotRun)}` : '',
  ].filter(Boolean);
  const pagesRead = report.pages.filter((p) => p.status === 'ok').length;
  const name = storeName(report);
  // the store by its name; the address audited (a folder, a staging URL) small below it
  const target = name === report.target ? '' : `<p class="target">${/^https?:/i.test(report.target) ? link(report.target, cut(report.target, 160)) : esc(cut(report.target, 160))}</p>`;
  const logo = branding.logo ? `<img class="logo" src="${esc(branding.logo)}" alt="">` : '';
  const client = branding.client ? `<p class="client">${esc(t.preparedFor(branding.client))}</p>` : '';
  return `<header class="masthead">
<div class="who">
${logo}<p class="eyebrow">${esc(branding.title ?? t.eyebrow)}</p>
<h1>${esc(cut(name, 160))}</h1>
${target}${client}<p class="when">${when(ctx, report.startedAt)} · ${esc(t.pagesRead(pagesRead))} · careaudit ${esc(report.tool.version)}</p>
<p class="counts">${counts.join(' · ')}</p>
</div>
<div class="score ${bandClass(report.band)}" style="--p:${pct}">
<div class="ring"><span class="num${pct >= 100 ? ' wide' : ''}">${report.score === null ? '–' : pct}</span><span class="of">${esc(t.outOf100)}</span></div>
<p class="band-word">${esc(capitalized(report.band ? t.band[report.band] : t.notScored))}</p>
</div>
</header>`;
}

/** What could be read and which country and language the rules assumed: how far to trust the verdicts. */
function coverageBox(ctx: Ctx): string {
  const { report, t } = ctx;
  const { coverage, locale } = report;
  if (!coverage && !locale) return '';
  const lines: string[] = [];
  if (coverage) {
    lines.push(`<p>${esc(t.coverage(coverage.rolesRead, coverage.rolesLookedFor, coverage.notScored.length))}</p>`);
    if (coverage.warnings.length) lines.push(`<ul class="warnings">${coverage.warnings.map((w) => `<li>${ruleText(ctx, clientText(w))}</li>`).join('')}</ul>`);
  }
  if (locale) {
    const part = (label: string, value: string | undefined, reason: string) => `${esc(label)}: <b>${esc(value ?? '–')}</b> <span class="muted">(${ruleText(ctx, clientText(reason))})</span>`;
    lines.push(`<p>${part(t.country, locale.country, locale.countryReason)} · ${part(t.language, locale.language, locale.languageReason)}</p>`);
  }
  return `<section class="coverage"><h2 class="small">${esc(t.coverageTitle)}</h2>${lines.join('')}</section>`;
}

/** A gate reason for a client: no flags, and each rule by its verdict ("No phone number on the home page"), not its id. */
function plainReason(report: Report, reason: string): string {
  const verdicts = new Map(report.rules.map((r) => [r.id, `“${clientText(r.message).split(': ')[0]}”`]));
  return clientText(reason)
    .split(/([\s,;:()]+)/)
    .map((token) => verdicts.get(token) ?? token)
    .join('');
}

/** The gate in plain words, only when one was asked for: a client does not need a CI setting explained. */
function gateBox(ctx: Ctx): string {
  const { report, t } = ctx;
  if (!ctx.gate) return '';
  const reasons = report.gate.reasons.length ? `<ul>${report.gate.reasons.map((r) => `<li>${ruleText(ctx, plainReason(report, r))}</li>`).join('')}</ul>` : '';
  return `<section class="gate ${report.gate.passed ? 'ok' : 'bad'}"><p><b>${esc(t.gateTitle)}: ${esc(report.gate.passed ? t.gatePassed : t.gateFailed)}</b></p>${reasons}</section>`;
}

/** The failures by severity, heaviest first: a to-do list that points at each rule's card. */
function priorities(ctx: Ctx): string {
  const { t } = ctx;
  const failing = fixFirst(ctx.report);
  if (!failing.length) return '';
  const groups = (
    [
      ['error', t.mustFix],
      ['warn', t.shouldFix],
      ['info', t.worthDoing],
    ] as const
  )
    .map(([severity, heading]) => {
      const rules = failing.filter((r) => r.severity === severity);
      if (!rules.length) return '';
      // the verdict ("No phone number on the home page"), not the rule's title, which reads as praise
      return `<div class="prio"><h3>${esc(heading)} <span class="meta">(${rules.length})</span></h3><ul>${rules.map((r) => `<li><a href="#rule-${esc(r.id)}">${ruleText(ctx, clientText(r.message))}</a></li>`).join('')}</ul></div>`;
    })
    .join('');
  return `<section class="priorities"><h2>${esc(t.whatToFix)}</h2><div class="prios">${groups}</div></section>`;
}

function comparisonBox(ctx: Ctx, comparison: Comparison): string {
  const { t } = ctx;
  const { before, after } = comparison.score;
  const regressed = comparison.rules.filter((r) => r.change === 'regressed');
  const improved = comparison.rules.filter((r) => r.change === 'improved');
  const list = (title: string, rules: RuleComparison[]) =>
    rules.length
      ? `<h3>${esc(title)}</h3><ul>${rules.map((r) => `<li><a href="#rule-${esc(r.id)}">${ruleText(ctx, r.title)}</a> <span class="muted">— ${esc(t.wasNow(verdict(ctx, r.before), verdict(ctx, r.after)))}</span></li>`).join('')}</ul>`
      : '';
  const score = (value: number | null) => (value === null ? t.notScored : String(value));
  return `<section class="compare-box">
<h2>${esc(t.sincePrevious)}</h2>
<p>${esc(t.previousAudit)}: ${esc(cut(comparison.previous.target, 160))}, ${when(ctx, comparison.previous.startedAt)}. ${esc(t.score)} ${esc(score(before))} → ${esc(score(after))} ${delta(comparison.score.delta)}</p>
${list(t.worse, regressed)}${list(t.better, improved)}${!regressed.length && !improved.length ? `<p>${esc(t.noChange)}</p>` : ''}
</section>`;
}

function categoryTable(ctx: Ctx): string {
  const { report, t, comparison } = ctx;
  const changes = new Map<string, CategoryComparison>(comparison?.categories.map((c) => [c.id, c]));
  const rows = report.categories.map((c) => {
    const cells = [
      `<th scope="row">${ruleText(ctx, c.title)}</th>`,
      `<td class="barcell">${scoreBar(ctx, c.score, c.band)}</td>`,
      `<td class="num">${c.score === null ? '–' : esc(c.score)}</td>`,
      `<td>${esc(c.band ? t.band[c.band] : t.notScored)}</td>`,
    ];
    if (comparison) cells.push(`<td>${delta(changes.get(c.id)?.delta ?? null)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = [t.category, t.score, '/100', t.rating, ...(comparison ? [t.change] : [])];
  const cls = ['', ' class="barcell"', ' class="num"', '', ''];
  return `<section class="keep summary"><h2>${esc(t.scoresByCategory)}</h2>
<table class="cats"><thead><tr>${head.map((h, i) => `<th scope="col"${cls[i]}>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function benchmarkTable(ctx: Ctx): string {
  const { report, t, comparison } = ctx;
  const rows = report.rules.map((r) => {
    const cells = [
      `<td><a href="#rule-${esc(r.id)}">${ruleText(ctx, r.title)}</a></td>`,
      `<td>${badge(ctx, r.status)}</td>`,
      `<td class="benchcell">${r.benchmark ? ruleText(ctx, r.benchmark) : '<span class="muted">—</span>'}</td>`,
    ];
    if (comparison) cells.push(`<td>${changeChip(ctx, ctx.changes.get(r.id)) || `<span class="muted">${esc(t.same)}</span>`}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = [t.check, t.yourStore, t.benchmark, ...(comparison ? [t.change] : [])];
  return `<section class="benchmarks"><div class="intro"><h2>${esc(t.howYouCompare)}</h2>
<p class="lead">${esc(t.howYouCompareLead)}</p></div>
<table class="bench"><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

/** Every check by category: what needs work open, the passes and the not-applicable folded away. */
function findings(ctx: Ctx): string {
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
    const details = folded.length ? `<details class="folded"><summary>${esc(summary)}</summary>\n${folded.map((r) => ruleArticle(ctx, r)).join('\n')}\n</details>` : '';
    return `<section class="category"><h3>${ruleText(ctx, cat?.title ?? id)} <span class="catscore ${bandClass(cat?.band ?? null)}">${esc(score)}</span></h3>
${shown.map((r) => ruleArticle(ctx, r)).join('\n')}
${details}
</section>`;
  });
  const note = ctx.t.englishNote ? `<p class="lead">${esc(ctx.t.englishNote)}</p>` : '';
  return `<section class="findings"><h2>${esc(t.allChecks)}</h2>${note}${groups.join('\n')}</section>`;
}

function pagesTable(ctx: Ctx): string {
  const { report, t } = ctx;
  const label = (role: PageRole) => esc(t.roles[role] ?? role);
  const where = (path: string | undefined, url: string) => (path ? esc(cut(storePath(report, path), 200)) : link(url, cut(url, 200)));
  const rows = report.roles.map((r) => {
    // a file's place in the store says more than the address careaudit gave it (folder audits use a placeholder host)
    const state = r.available ? esc(t.read) : `<span class="warn">${esc(t.notReadable)}</span>${r.error ? `: ${esc(r.error)}` : ''}`;
    return `<tr><th scope="row">${label(r.role)}</th><td class="pagecell">${where(r.path, r.url)}</td><td>${ruleText(ctx, cut(clientText(r.reason), 300))}</td><td>${state}</td></tr>`;
  });
  for (const role of report.missingRoles) rows.push(`<tr><th scope="row">${label(role)}</th><td colspan="3"><span class="warn">${esc(t.notFound)}</span> — ${esc(t.notFoundWhy)}</td></tr>`);
  const failed = report.pages.filter((p) => p.status !== 'ok');
  const failedList = failed.length
    ? `<h3>${esc(t.pagesNotRead)}</h3><ul>${failed.map((p) => `<li>${where(p.path, p.url)} — ${esc(p.status)}${p.error ? `: ${esc(p.error)}` : ''}</li>`).join('')}</ul>`
    : '';
  return `<section class="pages"><h2>${esc(t.pagesTitle)}</h2>
<table class="pagetable"><thead><tr>${[t.page, t.address, t.howFound, t.status].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${failedList}</section>`;
}

export const STYLE = `
:root { --ink:#1f2328; --muted:#59636e; --line:#d0d7de; --bg:#f6f8fa; --good:#1a7f37; --ni:#9a6700; --poor:#cf222e; --none:#6e7781; --brand:#1f2328; }
* { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 32px 28px 48px; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.35rem; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--brand); }
h2.small { font-size: 1rem; margin: 0 0 4px; padding: 0; border: 0; }
h3 { font-size: 1.1rem; margin: 24px 0 10px; }
h4 { font-size: 1rem; }
h5 { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 2px; }
p { margin: 6px 0; }
a { color: #0550ae; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; overflow-wrap: anywhere; }
q { quotes: "“" "”"; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.masthead { display: flex; gap: 24px; align-items: center; justify-content: space-between; border-bottom: 1px solid var(--line); padding-bottom: 20px; }
.who { min-width: 0; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 600; color: var(--brand); margin: 0 0 4px; }
.logo { display: block; max-height: 48px; max-width: 220px; margin: 0 0 10px; }
.masthead h1 { font-size: 2rem; overflow-wrap: anywhere; }
.target { margin: 2px 0 6px; font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
.target a { color: inherit; }
.client { font-weight: 600; }
.coverage { margin: 16px 0 0; padding: 10px 14px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.coverage .warnings { margin: 4px 0; padding-left: 20px; color: var(--ni); font-weight: 600; }
details.folded { margin: 8px 0 4px; }
details.folded > summary { cursor: pointer; color: var(--muted); font-weight: 600; padding: 6px 0; }
.when, .counts { color: var(--muted); }
.counts b { color: var(--ink); }
.score { text-align: center; flex: none; --c: var(--none); }
.score.band-good { --c: var(--good); } .score.band-needs-improvement { --c: var(--ni); } .score.band-poor { --c: var(--poor); }
.ring { width: 148px; height: 148px; border-radius: 50%; display: flex; flex-direction: column; align-items: center; justify-content: center;
  background: radial-gradient(closest-side, #fff 78%, transparent 79%), conic-gradient(var(--c) calc(var(--p) * 1%), #e6e9ed 0); }
.ring .num { font-size: 3.4rem; font-weight: 800; line-height: 1; color: var(--c); font-variant-numeric: tabular-nums; }
.ring .num.wide { font-size: 2.7rem; }
.ring .of { font-size: .8rem; color: var(--muted); }
.band-word { font-weight: 700; color: var(--c); margin-top: 6px; font-size: 1.05rem; }
.gate { margin: 20px 0 0; padding: 10px 14px; border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; background: var(--bg); }
.gate.ok { border-left-color: var(--good); } .gate.bad { border-left-color: var(--poor); }
.gate ul { margin: 4px 0 0; padding-left: 20px; }
.prios { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 4px 24px; }
.prio h3 { margin: 4px 0 4px; font-size: 1rem; }
.prio ul { margin: 0; padding-left: 18px; }
.prio li { margin: 3px 0; }
.compare-box { margin-top: 8px; }
.compare-box h3 { font-size: 1rem; margin: 10px 0 4px; }
.compare-box ul { margin: 0; padding-left: 22px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--line); }
thead th { white-space: nowrap; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; font-weight: 700; width: 3.5em; }
.cats th[scope=row] { width: 26%; font-weight: 600; }
.cats td { vertical-align: middle; }
.barcell { width: 42%; }
.track { height: 14px; background: #e6e9ed; border-radius: 7px; overflow: hidden; border: 1px solid #c7ced6; }
.fill { height: 100%; border-radius: 7px 0 0 7px; background: var(--none); }
.fill.band-good { background: var(--good); } .fill.band-needs-improvement { background: var(--ni); } .fill.band-poor { background: var(--poor); }
.unscored { font-size: .8rem; color: var(--muted); font-style: italic; white-space: nowrap; }
.delta { white-space: nowrap; font-weight: 600; } .delta.up { color: var(--good); } .delta.down { color: var(--poor); }
.badge { display: inline-block; white-space: nowrap; font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; padding: 2px 8px; border-radius: 4px; border: 1.5px solid; }
.v-pass { color: var(--good); border-color: var(--good); background: #fff; }
.v-fail { color: #fff; background: var(--poor); border-color: var(--poor); }
.v-error { color: #fff; background: #8250df; border-color: #8250df; }
.v-manual { color: #0550ae; border-color: #0550ae; border-style: dashed; background: #fff; }
.v-na { color: var(--none); border-color: #afb8c1; border-style: dotted; background: #fff; }
.chip { display: inline-block; font-size: .75rem; font-weight: 600; padding: 1px 7px; border-radius: 10px; border: 1px solid var(--line); white-space: nowrap; }
.chip.regressed { color: var(--poor); border-color: var(--poor); } .chip.improved { color: var(--good); border-color: var(--good); }
.bench td { font-size: .92rem; }
.benchcell { color: #32383f; }
.lead { color: var(--muted); margin-bottom: 10px; }
.category h3 { display: flex; align-items: baseline; gap: 10px; }
.catscore { font-size: .9rem; font-weight: 700; color: var(--none); }
.catscore.band-good { color: var(--good); } .catscore.band-needs-improvement { color: var(--ni); } .catscore.band-poor { color: var(--poor); }
.rule { border: 1px solid var(--line); border-left: 6px solid #afb8c1; border-radius: 6px; padding: 12px 16px; margin: 10px 0; }
.rule.s-fail { border-left-color: var(--poor); } .rule.s-pass { border-left-color: var(--good); } .rule.s-error { border-left-color: #8250df; } .rule.s-manual { border-left-color: #0550ae; }
.rule.s-na, .rule.s-pass { padding: 8px 16px; }
.rule header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.rule h4 { flex: 1 1 16em; }
.rid { margin: 2px 0 4px; font-size: .82rem; color: var(--muted); }
.meta { color: var(--muted); font-size: .82rem; }
.message { font-weight: 500; }
.rule.s-na .message { color: var(--muted); }
.evidence ul { margin: 2px 0; padding-left: 20px; }
.evidence li { margin: 2px 0; font-size: .9rem; overflow-wrap: anywhere; }
.evidence .kind { color: var(--muted); }
.where { color: var(--muted); font-size: .85em; }
.label { font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; margin: 8px 0 0; }
.why { margin-top: 8px; }
.fix { background: #f0f6ff; border-radius: 4px; padding: 6px 10px; margin-top: 8px; }
.pagecell { overflow-wrap: anywhere; width: 34%; }
.pagetable th[scope=row] { white-space: nowrap; font-weight: 600; }
.pagetable td { font-size: .9rem; }
.warn { color: var(--poor); font-weight: 600; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: .82rem; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 22px; break-after: avoid; page-break-after: avoid; }
  h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  .rule { padding: 8px 12px; margin: 8px 0; }
  .prios { grid-template-columns: repeat(3, 1fr); }
  tr, .rule, .gate, .masthead, .prio li, .compare-box { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* a short section moves to the next page whole rather than leave its heading behind (Chromium does not
     honour break-after: avoid before a table); a section longer than a page still breaks */
  .keep, .intro { break-inside: avoid; page-break-inside: avoid; }
  .intro { break-after: avoid; page-break-after: avoid; }
  table { break-before: avoid; }
  /* the detailed checks are a chapter of their own: start it on a fresh page rather than strand its heading */
  .findings { break-before: page; page-break-before: always; }
  /* on paper: the one-page summary, then only what needs work (failed checks and checks to verify by hand) */
  details.folded, .benchmarks, .pages, .rule.s-na, .rule.s-pass { display: none; }
  .masthead, .coverage, .gate, .priorities, .summary { break-after: avoid; page-break-after: avoid; }
  .findings > h2 { margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  .pagetable a[href^="http"]::after, .masthead h1 a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); overflow-wrap: anywhere; }
  .ring { width: 120px; height: 120px; }
  .ring .num { font-size: 2.8rem; }
  .ring .num.wide { font-size: 2.2rem; }
}
`;

/** The start of a report document up to </head>: its CSP, one inline stylesheet, and its title. */
export function documentHead(lang: string, title: string, style: string, version: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="careaudit ${esc(version)}">
<title>${esc(title)}</title>
<style>${style}</style>
</head>`;
}

/** A colour for CSS: #rgb or #rrggbb only, so nothing else can reach the stylesheet. */
export const BRAND_COLOR = /^#(?:[0-9a-f]{3}){1,2}$/i;

/** A client-ready report: one self-contained HTML file that works offline and prints on A4. */
export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const lang = options.language ?? reportLanguageOf(report.locale?.language);
  const branding = options.branding ?? {};
  const ctx: Ctx = {
    report,
    t: STRINGS[lang],
    lang,
    ...(options.comparison ? { comparison: options.comparison } : {}),
    changes: new Map<string, RuleComparison>(options.comparison?.rules.map((r) => [r.id, r])),
    branding,
    gate: options.gate ?? false,
  };
  const { t } = ctx;
  const title = `${branding.title ?? t.eyebrow}: ${cut(storeName(report), 120)} — ${report.score === null ? t.notScored : `${report.score}/100`}`;
  const brand = branding.color && BRAND_COLOR.test(branding.color) ? `:root { --brand: ${branding.color}; }\n` : '';
  return `${documentHead(lang, title, `${STYLE}${BROWSER_STYLE}${brand}`, report.tool.version)}
<body>
<main>
${masthead(ctx)}
${coverageBox(ctx)}
${gateBox(ctx)}
${options.comparison ? comparisonBox(ctx, options.comparison) : ''}
${priorities(ctx)}
${categoryTable(ctx)}
${benchmarkTable(ctx)}
${findings(ctx)}
${browserSection(report)}
${pagesTable(ctx)}
<footer>
<p>${esc(t.scoresExplained)}</p>
<p>${esc(t.generated(report.tool.version, whenText(lang, report.startedAt), (report.durationMs / 1000).toFixed(1)))}</p>
</footer>
</main>
</body>
</html>
`;
}
