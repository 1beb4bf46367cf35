import type { Page, PageRole, RoleAssignment, Snapshot } from '../snapshot.js';
import { memoise } from './memoise.js';
import { PageView } from './page-view.js';

/** The snapshot as rules see it: one shared PageView per page, pages looked up by role. */
export class SiteContext {
  constructor(readonly snapshot: Snapshot) {}

  /** The one PageView of a page, shared by every rule. */
  readonly view = memoise((page: Page): PageView => new PageView(page, this.snapshot.country));

  /** Pages read successfully that carry this role. */
  pagesWithRole(role: PageRole): PageView[] {
    return this.snapshot.pages.filter((p) => p.status === 'ok' && p.roles.includes(role)).map((p) => this.view(p));
  }

  /** Every site page read successfully (the email is not a site page). */
  sitePages(): PageView[] {
    return this.snapshot.pages.filter((p) => p.status === 'ok' && !p.roles.includes('email')).map((p) => this.view(p));
  }

  assignment(role: PageRole): RoleAssignment | undefined {
    return this.snapshot.roles.find((r) => r.role === role);
  }
}
