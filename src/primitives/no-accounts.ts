import { accountSign } from '../detectors/accounts.js';
import { memoise } from '../view/memoise.js';
import type { SiteContext } from '../view/site-context.js';
import { definePrimitive } from './primitive.js';
import type { CheckResult } from './contract.js';

/**
 * The store has no customer accounts at all: no page read (the home page's header and footer included)
 * shows a login or account link or a password field. Without the home page it cannot tell (fails).
 */
export const noAccountsPrimitive = definePrimitive<Record<string, never>>({
  name: 'no-accounts',
  summary: 'The store has no customer accounts: no login or account link and no password field on any page read (the home page included).',
  schema: { type: 'object', additionalProperties: false },
  readsWording: () => true,
  compile() {
    // a fact about the whole site: scanned once, whichever of the rule's pages asks
    const resultFor = memoise(siteWithoutAccounts);
    return (_page, site) => resultFor(site);
  },
});

function siteWithoutAccounts(site: SiteContext): CheckResult {
  const [home] = site.pagesWithRole('home');
  if (!home) return { status: 'fail', evidence: [], note: 'the home page was not read' };
  for (const view of site.sitePages()) {
    const sign = accountSign(view.links, view.$('input[type=password]').length > 0);
    if (sign) return { status: 'fail', evidence: [{ page: view.location, kind: 'customer accounts', text: sign }] };
  }
  return { status: 'pass', evidence: [{ page: home.location, kind: 'no customer accounts', text: 'no login or account link and no password field on any page read' }] };
}
