import { PAGE_ROLES, ROLE_LABELS, type PageRole } from '../snapshot.js';
import { definePrimitive } from './primitive.js';

interface PageFoundOptions {
  role: PageRole;
}

/** The site links to a page of this role (a found link counts even when its page could not be read). */
export const pageFoundPrimitive = definePrimitive<PageFoundOptions>({
  name: 'page-found',
  summary: 'A page of the given role was found (linked from the site, in its sitemap, or given with --page).',
  schema: {
    type: 'object',
    properties: { role: { enum: [...PAGE_ROLES] } },
    required: ['role'],
    additionalProperties: false,
  },
  // pages are found by the words of the links to them
  readsWording: () => true,
  compile({ role }) {
    return (_page, site) => {
      const found = site.assignment(role);
      if (!found) return { status: 'fail', evidence: [], note: `no ${ROLE_LABELS[role]} found` };
      if (found.unread === 'broken') {
        return { status: 'fail', evidence: [{ page: found.path ?? found.url, kind: 'broken link', text: found.reason }], note: `the ${ROLE_LABELS[role]} link is broken (${found.error ?? 'unavailable'})` };
      }
      const kind = found.section
        ? `${ROLE_LABELS[role]} found as the section "${found.section.heading}" of ${found.section.of}`
        : found.available
          ? `${ROLE_LABELS[role]} found`
          : `${ROLE_LABELS[role]} linked, but could not be read (${found.error ?? 'unavailable'})`;
      return {
        status: 'pass',
        evidence: [
          {
            page: found.path ?? found.url,
            kind,
            text: found.reason,
          },
        ],
      };
    };
  },
});
