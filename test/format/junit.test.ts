import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/format/junit.js';
import { compareReports } from '../../src/report/compare.js';
import { gateFailingRules } from '../../src/report/priorities.js';
import type { Report } from '../../src/report/report.js';
import { cli } from '../cli/run.js';
import { exampleReport, hostileReport, PAYLOADS } from './hostile.js';

/**
 * A strict well-formedness check (XML 1.0): legal characters, balanced tags, quoted attributes without `<`,
 * no duplicate attributes, only the five named entities or character references, no `]]>` in text, one root.
 * cheerio's XML mode is lenient, so it reads the structure but cannot judge this.
 */
function assertWellFormed(xml: string): void {
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0 (at ${bad.index})`);
  const refs = (s: string, at: number) => {
    for (const m of s.matchAll(/&([^;]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);$/.test(m[0])) throw new Error(`bad reference ${m[0]} at ${at + m.index}`);
    }
  };
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error('no XML declaration');
  const stack: string[] = [];
  let roots = 0;
  let i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const rest = xml.slice(i);
    if (rest.startsWith('<!--')) {
      const end = xml.indexOf('-->', i);
      if (end < 0 || xml.slice(i + 4, end).includes('--')) throw new Error(`bad comment at ${i}`);
      i = end + 3;
    } else if (rest.startsWith('<![CDATA[')) {
      if (!stack.length) throw new Error(`CDATA outside the root at ${i}`);
      const end = xml.indexOf(']]>', i);
      if (end < 0) throw new Error(`unterminated CDATA at ${i}`);
      i = end + 3;
    } else if (rest.startsWith('</')) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(rest);
      if (!m || stack.pop() !== m[1]) throw new Error(`unbalanced end tag at ${i}: ${rest.slice(0, 40)}`);
      i += m[0].length;
    } else if (rest.startsWith('<')) {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^<"]*"|'[^<']*'))*)\s*(\/?)>/.exec(rest);
      if (!m) throw new Error(`bad start tag at ${i}: ${rest.slice(0, 60)}`);
      const names = [...m[2]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) throw new Error(`duplicate attribute at ${i}`);
      refs(m[2]!, i);
      if (!stack.length && ++roots > 1) throw new Error(`second root element at ${i}`);
      if (!m[3]) stack.push(m[1]!);
      i += m[0].length;
    } else {
      const end = xml.indexOf('<', i) < 0 ? xml.length : xml.indexOf('<', i);
      const text = xml.slice(i, end);
      if (!stack.length && text.trim()) throw new Error(`text outside the root at ${i}`);
      if (text.includes(']]>')) throw new Error(`]]> in text at ${i}`);
      refs(text, i);
      i = end;
    }
  }
  if (stack.length || roots !== 1) throw new Error(`unclosed elements: ${stack.join(', ')}`);
}

function expectSuitesToMatch(xml: string, report: Report): void {
  assertWellFormed(xml);
  const $ = load(xml, { xml: true });
  const categories = [...new Set(report.rules.map((r) => r.category))];
  expect($('testsuites > testsuite').map((_, el) => $(el).attr('name')).get()).toEqual([...categories.map((c) => `careaudit.${c}`), 'careaudit.gate']);
  const failsGate = gateFailingRules(report);
  for (const category of categories) {
    const rules = report.rules.filter((r) => r.category === category);
    const suite = $(`testsuite[name="careaudit.${category}"]`);
    const count = (...statuses: string[]) => rules.filter((r) => statuses.includes(r.status)).length;
    const cases = suite.find('testcase');
    expect(cases.map((_, el) => $(el).attr('name')).get()).toEqual(rules.map((r) => r.id));
    expect(new Set(cases.map((_, el) => $(el).attr('classname')).get())).toEqual(new Set([`careaudit.${category}`]));
    expect(suite.attr('tests')).toBe(String(rules.length));
    const gateFailures = rules.filter((r) => failsGate.has(r.id));
    expect(suite.attr('failures')).toBe(String(gateFailures.length));
    expect(suite.attr('errors')).toBe('0');
    expect(suite.attr('skipped')).toBe(String(count('na', 'manual', 'error')));
    expect(suite.find('testcase > failure').length).toBe(gateFailures.length);
    expect(suite.find('testcase > skipped').length).toBe(count('na', 'manual', 'error'));
    for (const rule of rules.filter((r) => r.status === 'fail')) {
      const failure = suite.find(`testcase[name="${rule.id}"] > failure`);
      const out = suite.find(`testcase[name="${rule.id}"] > system-out`);
      expect(failure.attr('type')).toBe(failsGate.has(rule.id) ? rule.severity : undefined);
      expect((failsGate.has(rule.id) ? failure : out).text()).toContain(`How to fix: ${rule.fix}`);
    }
  }
  const root = $('testsuites');
  expect(root.attr('tests')).toBe(String(report.rules.length + 1));
  expect(root.attr('failures')).toBe(String(failsGate.size + (report.gate.passed ? 0 : 1)));
  expect($('testsuite[name="careaudit.gate"] failure').length).toBe(report.gate.passed ? 0 : 1);
}

const weak = await exampleReport('corner-shop');
const strong = await exampleReport('northwind-outfitters');

describe('JUnit report', () => {
  it.each([
    ['corner-shop', weak],
    ['northwind-outfitters', strong],
  ])('of %s: one suite per category, counts that match the report', (_, report) => {
    expectSuitesToMatch(formatJunit(report), report);
  });

  it('puts evidence, why and fix in a failure body, and says what regressed', () => {
    const xml = formatJunit(weak, { comparison: compareReports(strong, weak) });
    const $ = load(xml, { xml: true });
    const failure = $('testcase[name="checkout.guest"] > failure');
    expect(failure.attr('message')).toMatch(/^regressed: A purchase requires creating an account/);
    expect(failure.text()).toMatch(/Evidence:\n- text: .*You must register/);
    expect(failure.text()).toContain('Why it matters: Being made to create an account');
    // a warning under --fail-on error fails no gate: its evidence is in system-out, not a failure
    const out = $('testcase[name="checkout.max-steps"] > system-out');
    expect($('testcase[name="checkout.max-steps"] > failure').length).toBe(0);
    expect(out.text()).toMatch(/^regressed: failed \(warn; does not fail the gate\)/);
    expect(out.text()).toMatch(/Evidence:\n- checkout steps .*: Account › Billing/);
    expect($('testcase[name="returns.unified"] > skipped').attr('message')).toMatch(/^not applicable: /);
  });

  it('escapes a hostile report into well-formed XML that reads back as the original text', () => {
    const report = hostileReport();
    report.gate.reasons.push('1 rule(s) of severity error failed (--fail-on error): contact.hostile-fail');
    const xml = formatJunit(report);
    expectSuitesToMatch(xml, report);
    expect(xml).not.toMatch(/<script|<img|<svg|<!\[CDATA\[/);
    const $ = load(xml, { xml: true });
    const failure = $('testcase[name="contact.hostile-fail"] > failure');
    expect(failure.attr('message')).toContain(PAYLOADS.img);
    expect(failure.text()).toContain(PAYLOADS.script);
    expect(failure.text()).toContain(PAYLOADS.cdata);
    expect(failure.text()).toContain('bell nul esc[31m rlognp.exe lone end'); // controls dropped, the rest kept
    expect($('testcase[name="email.hostile-error"] > skipped').attr('message')).toMatch(/^could not run: /);
    expect($('testcase[name="returns.hostile-manual"] > skipped').attr('message')).toMatch(/^verify by hand: /);
  });

  it('marks only the rules that fail the gate as failures: info-level failures under a passing gate are not', async () => {
    const passing = JSON.parse((await cli(['examples/corner-shop', '--email', 'examples/corner-shop.eml', '--format', 'json', '--fail-on', 'none'])).stdout) as Report;
    expect(passing.gate.passed).toBe(true);
    const $ = load(formatJunit(passing), { xml: true });
    expect($('testsuites').attr('failures')).toBe('0');
    expect($('failure').length).toBe(0);
    expect($('testcase[name="contact.live-chat"] property[name="verdict"]').attr('value')).toBe('fail');
    expect($('testcase[name="contact.live-chat"] > system-out').text()).toMatch(/^failed \(info; does not fail the gate\)/);
    // --fail-on info: every failing rule fails the gate, and is a failure
    const strict = JSON.parse((await cli(['examples/corner-shop', '--email', 'examples/corner-shop.eml', '--format', 'json', '--fail-on', 'info'])).stdout) as Report;
    const x = load(formatJunit(strict), { xml: true });
    expect(x('testcase > failure').length).toBe(strict.summary.fail + 1);
    // a gate that fails only on the score names no rule: the gate's own test case fails
    const byScore = JSON.parse((await cli(['examples/corner-shop', '--format', 'json', '--fail-on', 'none', '--min-score', '90'])).stdout) as Report;
    const y = load(formatJunit(byScore), { xml: true });
    expect(y('testcase > failure').length).toBe(1);
    expect(y('testcase[name="gate"] > failure').attr('message')).toMatch(/^Gate failed: score \d+ is below the minimum of 90/);
  });

  it('(the well-formedness check itself rejects what it should)', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => assertWellFormed(`${head}<a><b></a>`)).toThrow(/unbalanced/);
    expect(() => assertWellFormed(`${head}<a x="<"/>`)).toThrow(/start tag/);
    expect(() => assertWellFormed(`${head}<a>&nbsp;</a>`)).toThrow(/reference/);
    expect(() => assertWellFormed(`${head}<a>\u0007</a>`)).toThrow(/not allowed/);
    expect(() => assertWellFormed(`${head}<a>]]></a>`)).toThrow(/]]>/);
    expect(() => assertWellFormed(`${head}<a x="1" x="2"/>`)).toThrow(/duplicate/);
    expect(() => assertWellFormed(`${head}<a/><b/>`)).toThrow(/second root/);
  });
});
