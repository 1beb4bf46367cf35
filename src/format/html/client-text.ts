// Words for the store's owner: no command-line flags, store paths rather than careaudit's.
import type { Report } from '../../report/report.js';

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

/** A gate reason for a client: no flags, and each rule by its verdict ("No phone number on the home page"), not its id. */
export function plainReason(report: Report, reason: string): string {
  const verdicts = new Map(report.rules.map((r) => [r.id, `“${clientText(r.message).split(': ')[0]}”`]));
  return clientText(reason)
    .split(/([\s,;:()]+)/)
    .map((token) => verdicts.get(token) ?? token)
    .join('');
}
