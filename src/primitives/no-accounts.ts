import { accountSign } from '../detectors/accounts.js';
import { definePrimitive } from './primitive.js';

/**
 * The store has no customer accounts at all: neither its home page (header and footer included) nor this
 * page shows a login or account link or a password field. Without the home page it cannot tell (fails).
 */
export const noAccountsPrimitive = definePrimitive<Record<string, never>>({
  name: 'no-accounts',
  summary: 'The store has no customer accounts: no login or account link and no password field on the home page or this page.',
  schema: { type: 'object', additionalProperties: false },
  compile() {
    return (page, site) => {
      const [home] = site.pagesWithRole('home');
      if (!home) return { status: 'fail', evidence: [], note: 'the home page was not read' };
      for (const view of new Set([home, page])) {
        const sign = accountSign(view.links, view.$('input[type=password]').length > 0);
        if (sign) return { status: 'fail', evidence: [{ page: view.location, kind: 'customer accounts', text: sign }] };
      }
      return { status: 'pass', evidence: [{ page: home.location, kind: 'no customer accounts', text: 'no login or account link and no password field on the home page or this page' }] };
    };
  },
});
