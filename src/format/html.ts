import type { CategoryComparison, Comparison, RuleComparison } from '../report/compare.js';
import type { Report, ReportRule } from '../report/report.js';
import type { Evidence, Outcome } from '../rules/types.js';
import type { Band } from '../score.js';
import { ROLE_LABELS, type PageRole } from '../snapshot.js';
import { BAND_LABEL, capitalized, VERDICT_LABEL } from './labels.js';

/** No scripts, no requests: the report opens offline and a hostile page's text cannot run in it. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const bandLabel = (band: Band) => capitalized(BAND_LABEL.en[band]);
const VERDICT = Object.fromEntries(Object.entries(VERDICT_LABEL.en).map(([status, label]) => [status, capitalized(label)])) as Record<Outcome, string>;
/** Within a category: what needs work first. */
const ORDER: Outcome[] = ['fail', 'error', 'manual', 'pass', 'na'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Controls and bidi overrides: invisible on screen, and some are not even allowed in an HTML document. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/gu;

/** Text and attribute values: every markup character becomes a reference, so page text stays text. */
function esc(text: string | number): string {
  return String(text)
    .replace(INVISIBLE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
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

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return esc(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

function bandClass(band: Band | null): string {
  return band ? `band-${band}` : 'band-none';
}

function badge(status: Outcome): string {
  return `<span class="badge v-${status}">${VERDICT[status]}</span>`;
}

function delta(value: number | null): string {
  if (value === null) return '<span class="delta">–</span>';
  if (value === 0) return '<span class="delta">no change</span>';
  return value > 0 ? `<span class="delta up">▲ +${value}</span>` : `<span class="delta down">▼ −${-value}</span>`;
}

function changeChip(change: RuleComparison | undefined): string {
  if (!change || change.change === 'unchanged') return '';
  if (change.change === 'new') return '<span class="chip">new check</span>';
  const before = change.before === 'absent' ? 'absent' : VERDICT[change.before].toLowerCase();
  return `<span class="chip ${change.change}">${change.change === 'regressed' ? '▼ worse' : change.change === 'improved' ? '▲ better' : 'removed'}: was ${esc(before)}</span>`;
}

function evidenceItem(e: Evidence): string {
  const parts = [`<span class="kind">${esc(cut(e.kind, 120))}</span>`];
  const value = e.value === undefined ? undefined : String(e.value);
  if (e.text) parts.push(`<q>${esc(cut(e.text, 400))}</q>`);
  if (value !== undefined && value !== e.text) parts.push(`→ <b>${esc(cut(value, 200))}</b>`);
  if (e.selector) parts.push(`<code>${esc(cut(e.selector, 100))}</code>`);
  // evidence pages are paths relative to where careaudit ran, not to this file: only absolute URLs link
  if (e.page) parts.push(`<span class="where">on ${/^(https?|file):/i.test(e.page) ? link(e.page, cut(e.page, 200)) : esc(cut(e.page, 200))}</span>`);
  return `<li>${parts.join(' ')}</li>`;
}

function evidenceList(rule: ReportRule, max: number): string {
  if (!rule.evidence.length) return '';
  const items = rule.evidence.slice(0, max).map(evidenceItem);
  if (rule.evidence.length > max) items.push(`<li class="more">…and ${rule.evidence.length - max} more (see the JSON report)</li>`);
  return `<div class="evidence"><p class="label">What we found</p><ul>${items.join('')}</ul></div>`;
}

function ruleArticle(rule: ReportRule, change: RuleComparison | undefined): string {
  const full = rule.status === 'fail' || rule.status === 'error' || rule.status === 'manual';
  // a pass usually says what the title says: no need to read it twice
  const body: string[] = rule.message.trim() === rule.title.trim() ? [] : [`<p class="message">${esc(rule.message)}</p>`];
  if (rule.status !== 'na') body.push(evidenceList(rule, full ? 8 : 3));
  if (full) {
    // run-in labels keep a card short enough for three to a printed page; the benchmark is in "How you compare"
    body.push(`<p class="why"><b>Why it matters:</b> ${esc(rule.description)}</p>`);
    body.push(`<p class="fix"><b>${rule.status === 'manual' ? 'How to check' : 'How to fix'}:</b> ${esc(rule.fix)}</p>`);
  }
  // weight only where it counts: na, manual and error rules are not scored
  const scored = rule.status === 'pass' || rule.status === 'fail';
  const meta = rule.status === 'na' ? '' : `<span class="meta">${esc(rule.severity === 'warn' ? 'warning' : rule.severity)} · ${scored ? `weight ${esc(rule.weight)}` : 'not scored'}</span>`;
  return `<article class="rule s-${rule.status}" id="rule-${esc(rule.id)}">
<header>${badge(rule.status)}<h4>${esc(rule.title)}</h4>${changeChip(change)}</header>
<p class="rid"><code>${esc(rule.id)}</code> ${meta}</p>
${body.filter(Boolean).join('\n')}
</article>`;
}

function scoreBar(score: number | null, band: Band | null): string {
  if (score === null) return '<div class="track"><span class="unscored">not scored</span></div>';
  const pct = Math.max(0, Math.min(100, Math.round(score)));
  return `<div class="track" role="img" aria-label="${pct} out of 100"><div class="fill ${bandClass(band)}" style="width:${pct}%"></div></div>`;
}

function header(report: Report): string {
  const pct = report.score === null ? 0 : Math.max(0, Math.min(100, Math.round(report.score)));
  const s = report.summary;
  const counts = [
    `<b>${s.pass}</b> passed`,
    `<b>${s.fail}</b> failed`,
    `<b>${s.na}</b> not applicable`,
    s.manual ? `<b>${s.manual}</b> to verify by hand` : '',
    s.error ? `<b>${s.error}</b> could not run` : '',
  ].filter(Boolean);
  const pagesRead = report.pages.filter((p) => p.status === 'ok').length;
  return `<header class="masthead">
<div class="who">
<p class="eyebrow">Customer-support audit</p>
<h1>${/^https?:/i.test(report.target) ? link(report.target, cut(report.target, 160)) : esc(cut(report.target, 160))}</h1>
<p class="when">${when(report.startedAt)} · ${pagesRead} page${pagesRead === 1 ? '' : 's'} read · careaudit ${esc(report.tool.version)}</p>
<p class="counts">${counts.join(' · ')}</p>
</div>
<div class="score ${bandClass(report.band)}" style="--p:${pct}">
<div class="ring"><span class="num${pct >= 100 ? ' wide' : ''}">${report.score === null ? '–' : pct}</span><span class="of">out of 100</span></div>
<p class="band-word">${report.band ? bandLabel(report.band) : 'Not scored'}</p>
</div>
</header>`;
}

function gateBox(report: Report): string {
  const reasons = report.gate.reasons.length ? `<ul>${report.gate.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '';
  return `<section class="gate ${report.gate.passed ? 'ok' : 'bad'}"><p><b>Pass/fail check (gate): ${report.gate.passed ? 'PASSED' : 'FAILED'}</b></p>${reasons}</section>`;
}

/** The failures by severity, heaviest first: a to-do list that points at each rule's card. */
function priorities(report: Report): string {
  const failing = report.rules.filter((r) => r.status === 'fail');
  if (!failing.length) return '';
  const groups = (
    [
      ['error', 'Must fix'],
      ['warn', 'Should fix'],
      ['info', 'Worth doing'],
    ] as const
  )
    .map(([severity, heading]) => {
      const rules = failing.filter((r) => r.severity === severity).sort((a, b) => b.weight - a.weight);
      if (!rules.length) return '';
      // the verdict ("No phone number on the home page"), not the rule's title, which reads as praise
      return `<div class="prio"><h3>${heading} <span class="meta">(${rules.length})</span></h3><ul>${rules.map((r) => `<li><a href="#rule-${esc(r.id)}">${esc(r.message)}</a></li>`).join('')}</ul></div>`;
    })
    .join('');
  return `<section class="priorities"><h2>What to fix</h2><div class="prios">${groups}</div></section>`;
}

function comparisonBox(comparison: Comparison): string {
  const { before, after } = comparison.score;
  const regressed = comparison.rules.filter((r) => r.change === 'regressed');
  const improved = comparison.rules.filter((r) => r.change === 'improved');
  const list = (title: string, rules: RuleComparison[]) =>
    rules.length
      ? `<h3>${title}</h3><ul>${rules.map((r) => `<li><a href="#rule-${esc(r.id)}">${esc(r.title)}</a> <span class="muted">— was ${esc(r.before === 'absent' ? 'absent' : VERDICT[r.before].toLowerCase())}, now ${esc(r.after === 'absent' ? 'absent' : VERDICT[r.after].toLowerCase())}</span></li>`).join('')}</ul>`
      : '';
  return `<section class="compare-box">
<h2>Since the previous audit</h2>
<p>Previous audit: ${esc(cut(comparison.previous.target, 160))}, ${when(comparison.previous.startedAt)}. Score ${before === null ? 'not scored' : before} → ${after === null ? 'not scored' : after} ${delta(comparison.score.delta)}</p>
${list('Worse than before', regressed)}${list('Better than before', improved)}${!regressed.length && !improved.length ? '<p>No check changed its verdict.</p>' : ''}
</section>`;
}

function categoryTable(report: Report, comparison: Comparison | undefined): string {
  const changes = new Map<string, CategoryComparison>(comparison?.categories.map((c) => [c.id, c]));
  const rows = report.categories.map((c) => {
    const cells = [
      `<th scope="row">${esc(c.title)}</th>`,
      `<td class="barcell">${scoreBar(c.score, c.band)}</td>`,
      `<td class="num">${c.score === null ? '–' : esc(c.score)}</td>`,
      `<td>${c.band ? bandLabel(c.band) : 'not scored'}</td>`,
    ];
    if (comparison) cells.push(`<td>${delta(changes.get(c.id)?.delta ?? null)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section class="keep"><h2>Scores by category</h2>
<table class="cats"><thead><tr><th scope="col">Category</th><th scope="col" class="barcell">Score</th><th scope="col" class="num">/100</th><th scope="col">Rating</th>${comparison ? '<th scope="col">Change</th>' : ''}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function benchmarkTable(report: Report, changes: Map<string, RuleComparison>, comparison: Comparison | undefined): string {
  const rows = report.rules.map((r) => {
    const cells = [
      `<td><a href="#rule-${esc(r.id)}">${esc(r.title)}</a></td>`,
      `<td>${badge(r.status)}</td>`,
      `<td class="benchcell">${r.benchmark ? esc(r.benchmark) : '<span class="muted">—</span>'}</td>`,
    ];
    if (comparison) cells.push(`<td>${changeChip(changes.get(r.id)) || '<span class="muted">same</span>'}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section><div class="intro"><h2>How you compare</h2>
<p class="lead">Each check next to what the best online retailers do (mainly the e-tailing group's Mystery Shopping Study of the top-100 US online retailers, and Baymard Institute's checkout research).</p></div>
<table class="bench"><thead><tr><th scope="col">Check</th><th scope="col">Your store</th><th scope="col">Benchmark</th>${comparison ? '<th scope="col">Change</th>' : ''}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function findings(report: Report, changes: Map<string, RuleComparison>): string {
  const ids = [...report.categories.map((c) => c.id), ...report.rules.map((r) => r.category)].filter((id, i, all) => all.indexOf(id) === i);
  const titles = new Map(report.categories.map((c) => [c.id, c]));
  const groups = ids.map((id) => {
    const rules = report.rules.filter((r) => r.category === id).sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
    if (!rules.length) return '';
    const cat = titles.get(id);
    const score = cat?.score === null || cat === undefined ? 'not scored' : `${cat.score}/100`;
    return `<section class="category"><h3>${esc(cat?.title ?? id)} <span class="catscore ${bandClass(cat?.band ?? null)}">${esc(score)}</span></h3>
${rules.map((r) => ruleArticle(r, changes.get(r.id))).join('\n')}
</section>`;
  });
  return `<section class="findings"><h2>All checks</h2>${groups.join('\n')}</section>`;
}

function pagesTable(report: Report): string {
  const label = (role: PageRole) => esc(ROLE_LABELS[role] ?? role);
  const rows = report.roles.map((r) => {
    // a file's path says more than the address careaudit gave it (folder audits use a placeholder host)
    const page = r.path ? esc(cut(r.path, 200)) : link(r.url, cut(r.url, 200));
    const state = r.available ? 'read' : `<span class="warn">not readable</span>${r.error ? `: ${esc(r.error)}` : ''}`;
    return `<tr><th scope="row">${label(r.role)}</th><td class="pagecell">${page}</td><td>${esc(cut(r.reason, 300))}</td><td>${state}</td></tr>`;
  });
  for (const role of report.missingRoles) rows.push(`<tr><th scope="row">${label(role)}</th><td colspan="3"><span class="warn">not found</span> — no link, sitemap entry or file looked like one</td></tr>`);
  const failed = report.pages.filter((p) => p.status !== 'ok');
  const failedList = failed.length
    ? `<h3>Pages that could not be read</h3><ul>${failed.map((p) => `<li>${p.path ? esc(p.path) : link(p.url)} — ${esc(p.status)}${p.error ? `: ${esc(p.error)}` : ''}</li>`).join('')}</ul>`
    : '';
  return `<section class="pages"><h2>Pages and how they were found</h2>
<table class="pagetable"><thead><tr><th scope="col">Page</th><th scope="col">Address</th><th scope="col">How it was found</th><th scope="col">Status</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${failedList}</section>`;
}

const STYLE = `
:root { --ink:#1f2328; --muted:#59636e; --line:#d0d7de; --bg:#f6f8fa; --good:#1a7f37; --ni:#9a6700; --poor:#cf222e; --none:#6e7781; }
* { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 32px 28px 48px; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.35rem; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
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
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 600; color: var(--muted); margin: 0 0 4px; }
.masthead h1 { font-size: 1.8rem; overflow-wrap: anywhere; }
.masthead h1 a { color: inherit; text-decoration: none; }
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
.unscored { font-size: .75rem; color: var(--muted); padding-left: 6px; line-height: 14px; }
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
  .findings > h2 { margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  .pagetable a[href^="http"]::after, .masthead h1 a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); overflow-wrap: anywhere; }
  .ring { width: 120px; height: 120px; }
  .ring .num { font-size: 2.8rem; }
  .ring .num.wide { font-size: 2.2rem; }
}
`;

/** A client-ready report: one self-contained HTML file that works offline and prints on A4. */
export function formatHtml(report: Report, options: { comparison?: Comparison } = {}): string {
  const { comparison } = options;
  const changes = new Map<string, RuleComparison>(comparison?.rules.map((r) => [r.id, r]));
  const title = `Customer-support audit of ${cut(report.target, 120)}: ${report.score === null ? 'not scored' : `${report.score}/100`}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="careaudit ${esc(report.tool.version)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${header(report)}
${gateBox(report)}
${comparison ? comparisonBox(comparison) : ''}
${priorities(report)}
${categoryTable(report, comparison)}
${benchmarkTable(report, changes, comparison)}
${findings(report, changes)}
${pagesTable(report)}
<footer>
<p>Scores are the weighted share of the applicable checks that pass, from 0 to 100, as Lighthouse scores: 90–100 good, 50–89 needs improvement, 0–49 poor. Checks that are not applicable or to verify by hand are not scored.</p>
<p>Generated by careaudit ${esc(report.tool.version)} on ${when(report.startedAt)} in ${esc((report.durationMs / 1000).toFixed(1))} s.</p>
</footer>
</main>
</body>
</html>
`;
}
