import { PageView } from '../../src/view/page-view.js';
import { SiteContext } from '../../src/view/site-context.js';
import type { Page, PageRole, RoleAssignment, Snapshot } from '../../src/snapshot.js';

/** A snapshot of hand-written pages, one per role, as acquisition would hand it over. */
export function snapshotOf(pages: Partial<Record<PageRole, string>>, extra: Partial<Snapshot> = {}): Snapshot {
  const list: Page[] = Object.entries(pages).map(([role, html]) => ({
    url: `https://shop.example/${role === 'home' ? '' : role}`,
    roles: [role as PageRole],
    status: 'ok',
    headers: {},
    html: html ?? '',
  }));
  const roles: RoleAssignment[] = list.map((p) => ({ role: p.roles[0]!, url: p.url, source: 'link', reason: 'test fixture', available: true }));
  return { target: 'https://shop.example/', kind: 'url', pages: list, roles, missingRoles: [], ...extra };
}

/** A page view of one HTML string, with the site around it. */
export function viewOf(html: string, role: PageRole = 'home', country?: string): { page: PageView; site: SiteContext } {
  const site = new SiteContext(snapshotOf({ [role]: html }, country ? { country } : {}));
  return { page: site.pagesWithRole(role)[0]!, site };
}
