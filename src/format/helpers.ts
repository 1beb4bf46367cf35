import { escapeHtml } from '../page/escape-html.js';
import type { Report, ReportCoverage, ReportLocale } from '../report/report.js';
import type { Outcome } from '../rules/types.js';
import type { Band } from '../score.js';

/**
 * The one vocabulary of every human-readable output: a band or a verdict reads the same in the text, Markdown,
 * HTML and batch reports ("needs improvement", never the JSON value "needs-improvement").
 */
export const BAND_LABEL: Record<'en', Record<Band, string>> = {
  en: { good: 'good', 'needs-improvement': 'needs improvement', poor: 'poor' },
};

export const VERDICT_LABEL: Record<'en', Record<Outcome, string>> = {
  en: { pass: 'pass', fail: 'fail', na: 'not applicable', manual: 'verify by hand', error: 'could not run' },
};

/** "needs improvement" → "Needs improvement": a label that starts a heading or a badge. */
export const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** The store's name when the report has one, else the target as given. */
export function storeName(report: Pick<Report, 'site' | 'target'>): string {
  return report.site?.name ?? report.target;
}

/** "7 of 8 page roles read; 4 checks not scored". */
export function coverageSentence(coverage: ReportCoverage): string {
  const unscored = coverage.notScored.length;
  return `${coverage.rolesRead} of ${coverage.rolesLookedFor} page roles read; ${unscored} check${unscored === 1 ? '' : 's'} not scored`;
}

/** "Country: PL (from --country) · language: pl (the pages' lang attribute)". */
export function localeSentence(locale: ReportLocale): string {
  return `Country: ${locale.country ?? 'unknown'} (${locale.countryReason}) · language: ${locale.language ?? 'unknown'} (${locale.languageReason})`;
}

/** What needs work first: the order every format lists verdicts in. */
export const STATUS_ORDER: readonly Outcome[] = ['fail', 'error', 'manual', 'pass', 'na'];

/** A section of verdicts, as the text and Markdown reports head it. */
export const SECTION_HEADING: Record<Outcome, string> = { fail: 'Failed', error: 'Could not run', manual: 'Verify by hand', pass: 'Passed', na: 'Not applicable' };

/** `a` before `b` when its verdict needs work sooner (a comparator for Array.prototype.sort). */
export const byStatus = (a: { status: Outcome }, b: { status: Outcome }) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);

/**
 * The characters no output shows from a page: controls (tab and line breaks aside: each target handles those),
 * the zero-width ones and the bidi overrides that can disguise text (a file name that reads backwards), and lone
 * surrogates. Page text must read in a report as it reads on the page.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\p{Cs}/gu;

/** Line and paragraph breaks, as a one-line target turns them into spaces. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Page text without its invisible characters (line breaks kept). */
export const visibleText = (text: string) => text.replace(INVISIBLE, '');

/**
 * A CI runner reads a log line that starts with `::` as a workflow command (`::add-mask::`, `::error::`):
 * text from a page never brings two colons together in an output.
 */
const WORKFLOW_COMMAND = /::/g;

/** HTML text and attribute values: every markup character a reference, so page text stays text. */
export function htmlText(text: string | number): string {
  return escapeHtml(visibleText(String(text))).replace(/'/g, '&#39;').replace(WORKFLOW_COMMAND, ':&#58;');
}

/** Characters XML 1.0 does not allow at all, even as references (lone surrogates included, thanks to /u). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** XML element text: markup characters escaped, what XML forbids dropped. */
export function xmlText(text: string): string {
  return visibleText(text).replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(WORKFLOW_COMMAND, ':&#58;');
}

/** XML attribute values also escape quotes, and whitespace as references so that parsers do not fold it to spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Page text on one line, for targets where a line break is syntax (Markdown, a terminal line, a workflow command). */
function oneLine(text: string): string {
  return visibleText(text.replace(LINE_BREAKS, ' '));
}

/** Markdown from a rule author (a code span's body): one line, visible characters only, nothing escaped. */
export function markdownLiteral(text: string): string {
  return oneLine(text).replace(/ {2,}/g, ' ').trim();
}

/**
 * Text that Markdown and GitHub show literally: HTML specials become entities, every ASCII punctuation
 * mark that Markdown could read as syntax is backslash-escaped (links, emphasis, tables, headings, and the
 * colons of a workflow command), and an `@` gets a zero-width space after it so that page text cannot
 * mention (notify) people.
 */
export function markdownText(text: string): string {
  let out = '';
  for (const ch of markdownLiteral(text)) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '@') out += '@\u200B';
    else if (/[\\`*_{}[\]()#+\-.!|~:=$^]/.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/**
 * Text for a terminal: no escape sequences (page text cannot recolour or rewrite the screen), one line, and
 * a zero-width space between two colons so that no line of a CI log reads as a workflow command.
 */
export function terminalText(text: string): string {
  return oneLine(text).replace(WORKFLOW_COMMAND, ':\u200B:');
}

/** A workflow command's message: one line (its line breaks spaces, so page text cannot start a command), `%` escaped. */
export function workflowData(text: string): string {
  return oneLine(text).replace(/%/g, '%25');
}

/** A workflow command's property value: its message escaping, and `:` and `,` (which end a property) too. */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A JSON document whose strings keep every character, with the invisible ones written as \u escapes:
 * the data is unchanged, and the document shows no hidden text where it is printed (a CI log).
 */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
