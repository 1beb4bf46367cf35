import { compileCheck } from '../../src/rules/compile-check.js';
import type { PageRole } from '../../src/snapshot.js';
import { viewOf } from './snapshot.js';
import type { CheckResult } from '../../src/primitives/contract.js';

/** Compile a check as a rule file would write it, and run it on one page of HTML. */
export function runCheck(spec: unknown, html: string, role: PageRole = 'home', country?: string): CheckResult {
  const { page, site } = viewOf(html, role, country);
  return compileCheck(spec, [])(page, site);
}
