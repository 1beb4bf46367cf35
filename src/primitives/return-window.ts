import { inEuropeanEconomicArea, legalMinimumReturnDays } from '../detectors/legal-minimums.js';
import { noReturnsStatement, returnPoliciesFromStructuredData, returnWindowsInText } from '../detectors/return-window.js';
import { definePrimitive } from './primitive.js';
import type { Evidence } from './contract.js';

interface ReturnWindowOptions {
  minDays?: number;
  bestPracticeDays?: number;
}

interface Window {
  days: number;
  text: string;
  kind: 'text' | 'schema.org';
}

/**
 * The return window, in days, is at least the legal minimum of the store's country and `minDays`.
 * The country is the --country flag (snapshot) if given, else the page's own (lang, TLD). With several
 * windows on a page the largest is the policy: a 30-day policy that also cites the 14-day legal right is 30.
 */
export const returnWindowPrimitive = definePrimitive<ReturnWindowOptions>({
  name: 'return-window',
  summary: "The return window (days, or schema.org MerchantReturnPolicy) is at least the legal minimum of the store's country and minDays.",
  schema: {
    type: 'object',
    properties: {
      minDays: { type: 'integer', minimum: 0, description: 'Required on top of the legal minimum (the larger applies).' },
      bestPracticeDays: { type: 'integer', minimum: 1, default: 30, description: 'Shown in evidence: whether the window meets best practice.' },
    },
    additionalProperties: false,
  },
  readsWording: () => true,
  compile({ minDays = 0, bestPracticeDays = 30 }) {
    return (page, site) => {
      const country = (site.snapshot.country?.trim().toUpperCase() || page.country)?.replace(/^UK$/, 'GB');
      const legal = legalMinimumReturnDays(country);
      const required = Math.max(legal?.days ?? 0, minDays);
      const legalText =
        legal === undefined
          ? `no legal minimum known${country ? ` for ${country}` : ' (country unknown)'}`
          : legal.days === 0
            ? `no legal minimum in ${country}`
            : `legal minimum ${legal.days} days in ${country}`;
      const kindFor = (days: number | 'unlimited', source: Window['kind']) =>
        `return window${source === 'schema.org' ? ' (schema.org)' : ''} (${legalText}; ${bestPracticeDays}+ days is best practice: ${
          days === 'unlimited' || days >= bestPracticeDays ? 'yes' : 'no'
        })`;

      const policies = returnPoliciesFromStructuredData(page.structuredData);
      const unlimited = policies.find((p) => p.category === 'unlimited');
      if (unlimited) {
        return { status: 'pass', evidence: [{ page: page.location, kind: kindFor('unlimited', 'schema.org'), text: unlimited.text, value: 'unlimited' }] };
      }
      const windows: Window[] = [
        ...policies.flatMap((p) => (p.days !== undefined ? [{ days: p.days, text: p.text, kind: 'schema.org' as const }] : [])),
        // a window for EU deliveries only is not the window of a store outside the EU's own customers
        ...returnWindowsInText(page.visibleText)
          .filter((w) => !w.euOnly || !country || inEuropeanEconomicArea(country))
          .map((w) => ({ days: w.days, text: w.text, kind: 'text' as const })),
      ];
      // "We do not accept returns": whatever days the page cites (a statutory paragraph for other markets)
      const refused = noReturnsStatement(page.visibleText);
      if (refused) return { status: 'fail', evidence: [{ page: page.location, kind: 'returns not accepted', text: refused }], note: 'the store says it does not accept returns' };
      const notPermitted = policies.find((p) => p.category === 'not-permitted');
      // a declared "no returns" outweighs day counts in the prose only when the markup declares no window itself
      if (notPermitted && !windows.some((w) => w.kind === 'schema.org')) {
        return { status: 'fail', evidence: [{ page: page.location, kind: 'return policy (schema.org)', text: notPermitted.text }], note: 'returns not accepted' };
      }
      if (windows.length === 0) return { status: 'fail', evidence: [], note: 'no return window in days found' };

      const best = windows.reduce((a, b) => (b.days > a.days ? b : a));
      const evidence: Evidence[] = [best, ...windows.filter((w) => w !== best && w.days !== best.days)]
        .slice(0, 3)
        .map((w) => ({ page: page.location, kind: kindFor(w.days, w.kind), text: w.text, value: `${w.days} days` }));
      if (best.days >= required) return { status: 'pass', evidence };
      if (legal && legal.days >= minDays) {
        evidence.push({ page: page.location, kind: `legal minimum (${country})`, text: legal.source, value: `${legal.days} days` });
        return { status: 'fail', evidence, note: `the return window is ${best.days} days; the legal minimum in ${country} is ${legal.days} days` };
      }
      return { status: 'fail', evidence, note: `the return window is ${best.days} days; at least ${required} expected` };
    };
  },
});
