import type { Comparison } from '../report/compare.js';
import type { Report } from '../report/report.js';
import type { ReportFormat } from './format-names.js';
import { formatGithub } from './github.js';
import { formatHtml, type Branding } from './html.js';
import type { ReportLanguage } from './i18n.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Everything any format reads besides the report; each formatter takes what it needs. */
export interface FormatOptions {
  comparison?: Comparison;
  /** Colour, for the text format on a terminal. */
  color: boolean;
  /** Text: every passed rule with its evidence. */
  verbose?: boolean;
  /** Text: the terminal's width. */
  width?: number;
  /** SARIF and GitHub annotations: the source of each page read from disk, by path, for line numbers. */
  sources?: ReadonlyMap<string, string>;
  /** HTML: an agency's title, client, logo and colour. */
  branding?: Branding;
  /** HTML: show the pass/fail box (a gate was asked for). */
  gate?: boolean;
  /** HTML: the language of the chrome (default: the store's). */
  language?: ReportLanguage;
}

/** A format: a pure function of the report. */
export type Formatter = (report: Report, options: FormatOptions) => string;

/**
 * Every formatter by name: the --format names, and `github`, the annotations written when the CLI runs in
 * GitHub Actions. Formatters only read the report.
 */
export const FORMATTERS: Record<ReportFormat | 'github', Formatter> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  junit: formatJunit,
  sarif: formatSarif,
  html: formatHtml,
  github: formatGithub,
};

/** The file extension of each format, as --output-dir names its files. */
export const FILE_EXTENSIONS: Record<ReportFormat, string> = {
  text: 'txt',
  json: 'json',
  markdown: 'md',
  junit: 'junit.xml',
  sarif: 'sarif',
  html: 'html',
};
