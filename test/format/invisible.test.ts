import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/format/index.js';
import type { Report } from '../../src/report/report.js';
import { hostileReport } from './hostile.js';

/**
 * Text that hides or fakes something where a report is shown: a bidi override (a name that reads backwards),
 * zero-width characters, terminal escape codes and other controls, and a line break before a GitHub Actions
 * workflow command (a runner obeys a log line that starts with `::`).
 */
const SNEAKY = 'file\u202Egnp.exe\u2066x\u2069 pay\u200Bpal\u200D\u2060\uFEFF bell\u0007 esc\u001b[31m del\u007F csi\u009B \n::error file=a.html::pwned\r\n  ::add-mask::secret';

function sneakyReport(): Report {
  const report = hostileReport();
  report.target = `https://shop.example/${SNEAKY}`;
  report.site = { name: `Store ${SNEAKY}`, nameSource: 'the home page title' };
  report.categories[0]!.title = `Contact ${SNEAKY}`;
  report.gate.reasons = [`1 rule(s) failed: ${SNEAKY}`];
  report.roles[0]!.reason = `the target ${SNEAKY}`;
  for (const rule of report.rules) {
    Object.assign(rule, { message: `${rule.status} ${SNEAKY}`, fix: `fix ${SNEAKY}`, description: `why ${SNEAKY}`, benchmark: `benchmark ${SNEAKY}` });
    rule.evidence = [{ page: 'site/index.html', kind: 'text', text: `found ${SNEAKY}`, value: SNEAKY, selector: `a[title="${SNEAKY}"]` }];
  }
  return report;
}

const report = sneakyReport();
const outputs = Object.entries(FORMATTERS).map(([name, format]) => [name, format(report, { color: false, gate: true, width: 80 })] as const);
const failing = report.rules.filter((r) => r.status === 'fail').length;

describe('hostile text in every format', () => {
  it.each(outputs)('%s shows no bidi override, zero-width character or control', (_, out) => {
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(out).not.toMatch(/[\u200C-\u200F\u2060-\u2064\uFEFF]/);
    // a zero-width space only where a format puts one on purpose: after @ (no mention), between colons (no command)
    expect(out.replace(/@\u200B|:\u200B:/g, '')).not.toContain('\u200B');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it.each(outputs.filter(([name]) => name !== 'github'))('%s has no line that a CI runner reads as a workflow command', (_, out) => {
    expect(out.split(/\r?\n|\r/).filter((line) => /^\s*::/.test(line))).toEqual([]);
  });

  it.each(outputs.filter(([name]) => !['json', 'sarif'].includes(name)))('%s still shows the visible text', (_, out) => {
    expect(out).toContain('paypal');
  });

  it('keeps every character in the JSON report, with the invisible ones escaped', () => {
    const out = outputs.find(([name]) => name === 'json')![1];
    expect((JSON.parse(out) as Report).rules[0]!.message).toBe(report.rules[0]!.message);
    expect(out).toContain('pay\\u200bpal');
  });

  it('writes GitHub annotations as one command a line: page text cannot start another', () => {
    const lines = outputs.find(([name]) => name === 'github')![1].trimEnd().split('\n');
    expect(lines).toHaveLength(failing + 1); // and the gate
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) title=careaudit [^:\n]*::[^\n]*pwned/);
  });
});
