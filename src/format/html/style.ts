import { htmlText } from '../helpers.js';

/** No scripts, no requests: the report opens offline and a hostile page's text cannot run in it. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The reports' one stylesheet: screen, and print on A4 (a one-page summary, then what needs work). */
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
<html lang="${htmlText(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="careaudit ${htmlText(version)}">
<title>${htmlText(title)}</title>
<style>${style}</style>
</head>`;
}
