import type { Comparison, RuleComparison } from '../report/compare.js';
import type { Report } from '../report/report.js';
import { cutText } from '../text.js';
import { htmlText, storeName } from './helpers.js';
import { whenText, type Ctx } from './html/context.js';
import { findings } from './html/rules.js';
import { documentHead, STYLE } from './html/style.js';
import { BROWSER_STYLE, browserSection } from './browser-views.js';
import { benchmarkTable, categoryTable, comparisonBox, coverageBox, gateBox, masthead, pagesTable, priorities } from './html/summary.js';
import { reportLanguageOf, STRINGS, type ReportLanguage } from './i18n.js';

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
  const title = `${branding.title ?? t.eyebrow}: ${cutText(storeName(report), 120)} — ${report.score === null ? t.notScored : `${report.score}/100`}`;
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
<p>${htmlText(t.scoresExplained)}</p>
<p>${htmlText(t.generated(report.tool.version, whenText(lang, report.startedAt), (report.durationMs / 1000).toFixed(1)))}</p>
</footer>
</main>
</body>
</html>
`;
}
