import type { SummaryRow } from './jsonl.js';
import { TOOL_VERSION } from '../paths.js';
import { bandClass } from '../format/html/context.js';
import { documentHead, STYLE } from '../format/html/style.js';
import { STRINGS } from '../format/i18n.js';
import { capitalized, htmlText } from '../format/helpers.js';

/** The rows of a batch index, best score first; unscored, then sites that could not be audited, last. */
export function indexOrder(rows: SummaryRow[]): SummaryRow[] {
  const rank = (r: SummaryRow) => (r.status === 'failed' ? 2 : r.score === null ? 1 : 0);
  return [...rows].sort((a, b) => rank(a) - rank(b) || (b.score ?? 0) - (a.score ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const INDEX_STYLE = `
.stores td { vertical-align: top; }
.stores .score { font-size: 1.3rem; font-weight: 800; text-align: right; color: var(--c, var(--none)); }
.stores .band-good { --c: var(--good); } .stores .band-needs-improvement { --c: var(--ni); } .stores .band-poor { --c: var(--poor); }
.stores ol { margin: 0; padding-left: 18px; }
.stores .name { font-weight: 700; font-size: 1.05rem; }
.stores .target { display: block; font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
.stores tr.failed td { color: var(--muted); }
`;

/**
 * The index of a batch's reports: every store with its score, band, coverage and top three fixes, linking to
 * its report; sorted by score, best first (a pre-sorted table: the report's CSP allows no script to sort it).
 */
export function formatBatchIndex(rows: SummaryRow[], options: { extension: string; generatedAt: Date }): string {
  const t = STRINGS.en;
  const body = indexOrder(rows).map((r) => {
    const name = htmlText(r.name ?? r.id);
    const title = r.reportName ? `<a href="${htmlText(encodeURIComponent(r.reportName))}.${htmlText(options.extension)}">${name}</a>` : name;
    const store = `<td><span class="name">${title}</span><span class="target">${htmlText(r.target)}</span></td>`;
    if (r.status === 'failed') return `<tr class="failed">${store}<td class="score">–</td><td>–</td><td>–</td><td>could not be audited: ${htmlText(r.error ?? '')}</td></tr>`;
    const fixes = r.topFixes?.length ? `<ol>${r.topFixes.map((f) => `<li>${htmlText(f)}</li>`).join('')}</ol>` : '<span class="muted">nothing failed</span>';
    return `<tr>${store}<td class="score ${bandClass(r.band)}">${r.score === null ? '–' : r.score}</td><td>${htmlText(r.band ? capitalized(t.band[r.band]) : capitalized(t.notScored))}</td><td>${htmlText(r.coverage ?? '–')}</td><td>${fixes}</td></tr>`;
  });
  const audited = rows.filter((r) => r.status === 'audited').length;
  return `${documentHead('en', `Customer-support audits: ${rows.length} store${rows.length === 1 ? '' : 's'}`, `${STYLE}${INDEX_STYLE}`, TOOL_VERSION)}
<body>
<main>
<header class="masthead"><div class="who">
<p class="eyebrow">${htmlText(t.eyebrow)}</p>
<h1>${rows.length} store${rows.length === 1 ? '' : 's'}, best score first</h1>
<p class="when">${audited} audited, ${rows.length - audited} could not be audited · ${htmlText(options.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
</div></header>
<table class="stores">
<thead><tr><th scope="col">Store</th><th scope="col" class="num">${htmlText(t.score)}</th><th scope="col">${htmlText(t.rating)}</th><th scope="col">Coverage</th><th scope="col">Top fixes</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
<footer><p>${htmlText(t.scoresExplained)}</p></footer>
</main>
</body>
</html>
`;
}
