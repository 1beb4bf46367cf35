import { basename } from 'node:path';
import type { Snapshot } from '../snapshot.js';
import type { ReportSite } from './report.js';
import { collapseWhitespace } from '../text.js';
import { parsePage } from '../view/page-data.js';

/** Words a home page's title adds to the store's name: never the name itself. */
const GENERIC = /^(home|home ?page|welcome|start|startseite|accueil|inicio|inicial|strona g[łl]ówna|главная|pagrindinis|homepage|official (site|store|shop)|online ?shop)$/i;
const SEPARATORS = /\s+[|–—·:»-]\s+|\s*[|–—·»]\s*/;

/** The store's name in a title: "Corner Shop – Homeware, gifts" → "Corner Shop" (home pages put it first, after any "Home |"). */
export function nameFromTitle(title: string): string | undefined {
  return collapseWhitespace(title)
    .split(SEPARATORS)
    .map((p) => p.replace(/^welcome to\s+/i, '').trim())
    .find((p) => p && !GENERIC.test(p));
}

/**
 * The store's name as shoppers see it: og:site_name, else the home page's title, else the host (folder audits
 * use a placeholder host, so their folder's name).
 */
export function siteName(snapshot: Pick<Snapshot, 'pages' | 'target' | 'kind'>): ReportSite {
  const home = snapshot.pages.find((p) => p.roles.includes('home') && p.status === 'ok');
  if (home) {
    // the page is parsed once for the whole audit: the rules have parsed it already
    const $ = parsePage(home);
    const ogName = collapseWhitespace($('meta[property~="og:site_name" i]').first().attr('content') ?? '');
    if (ogName) return { name: ogName, nameSource: 'og:site_name' };
    const fromTitle = nameFromTitle($('title').first().text());
    if (fromTitle) return { name: fromTitle, nameSource: 'the home page title' };
  }
  if (snapshot.kind === 'url') {
    try {
      return { name: new URL(snapshot.target).hostname.replace(/^www\./, ''), nameSource: 'the host' };
    } catch {
      // not a URL after all: named after the target below
    }
  }
  const folder = snapshot.kind === 'file' ? basename(snapshot.target.replace(/[\\/]+[^\\/]*$/, '')) || basename(snapshot.target) : basename(snapshot.target.replace(/[\\/]+$/, ''));
  return { name: folder || snapshot.target, nameSource: 'the folder name' };
}
