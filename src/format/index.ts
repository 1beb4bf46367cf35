import type { Comparison } from '../report/compare.js';
import type { ReportFormat } from '../cli/options.js';
import type { Report } from '../report/report.js';
import { formatHtml, type Branding } from './html.js';
import type { ReportLanguage } from './i18n.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface FormatOptions {
  comparison?: Comparison;
  /** Colour, for the text format on a terminal. */
  color: boolean;
  /** Text: every passed rule with its evidence. */
  verbose?: boolean;
  /** Text: the terminal's width. */
  width?: number;
  /** SARIF: the source of each page read from disk, by path, for line numbers. */
  sources?: ReadonlyMap<string, string>;
  /** HTML: an agency's title, client, logo and colour. */
  branding?: Branding;
  /** HTML: show the pass/fail box (a gate was asked for). */
  gate?: boolean;
  /** HTML: the language of the chrome (default: the store's). */
  language?: ReportLanguage;
}

export interface Formatter {
  /** File extension used with --output-dir. */
  extension: string;
  render(report: Report, options: FormatOptions): string;
}

/** Every report format, by its --format name. Formatters only read the report. */
export const FORMATTERS = {
  text: { extension: 'txt', render: (report, options) => formatText(report, options) },
  json: { extension: 'json', render: (report, { comparison }) => formatJson(report, { comparison }) },
  markdown: { extension: 'md', render: (report, { comparison }) => formatMarkdown(report, { comparison }) },
  junit: { extension: 'junit.xml', render: (report, { comparison }) => formatJunit(report, { comparison }) },
  sarif: { extension: 'sarif', render: (report, { comparison, sources }) => formatSarif(report, { comparison, sources }) },
  html: { extension: 'html', render: (report, { comparison, branding, gate, language }) => formatHtml(report, { comparison, branding, gate, language }) },
} satisfies Record<ReportFormat, Formatter>;
