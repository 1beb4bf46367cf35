import { describe, expect, it } from 'vitest';
import { formatMarkdown, GITHUB_COMMENT_LIMIT } from '../../src/format/markdown.js';
import { compareReports } from '../../src/report/compare.js';
import type { Report } from '../../src/report/report.js';
import { exampleReport, hostileReport } from './hostile.js';

const weak = await exampleReport('corner-shop');
const strong = await exampleReport('northwind-outfitters');

/** Pipes that GFM reads as cell borders (a backslash-escaped pipe is text). */
const cellBorders = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('Markdown report', () => {
  // the rule pack grows: expectations are read from the report rather than written down
  const contact = weak.categories.find((c) => c.id === 'contact')!;

  it('has the score, the category table, failures with evidence and fixes, the rest collapsed, and the gate', () => {
    const md = formatMarkdown(weak);
    const s = weak.summary;
    expect(md).toMatch(new RegExp(`^## careaudit: ${weak.score}/100 \\(poor\\)\n`));
    expect(md).toContain('**Gate: FAILED**');
    expect(md).toContain(`| Contact | ${contact.score} | ${contact.band === 'needs-improvement' ? 'needs improvement' : contact.band} |`);
    expect(md).toContain(`### Failed (${s.fail})`);
    expect(md).toMatch(/\*\*`checkout.max-steps`\*\* · warn · weight 2/);
    expect(md).toMatch(/- checkout steps .*“Account › Billing/);
    expect(md).toMatch(/\*\*Fix:\*\* Merge steps/);
    expect(md).toContain(`<details>\n<summary>Other rules: ${s.pass} passed, ${s.na} not applicable, ${s.manual} to verify by hand</summary>\n\n| Rule | Verdict`);
    expect(md).toMatch(/\| `returns.unified` \| not applicable \|/);
    expect(md).toContain('### Gate failed');
    expect(formatMarkdown({ ...strong, gate: { passed: true, reasons: [] } })).toMatch(/\*\*Gate: passed\*\*/);
    expect(formatMarkdown({ ...strong, gate: { passed: true, reasons: [] } })).not.toContain('### Gate failed');
  });

  it('says what could be read, and which country and language the rules used, when the report has them', () => {
    const report = structuredClone(weak);
    report.coverage = { rolesLookedFor: 8, rolesRead: 5, notScored: [], warnings: ['Only 5 of 8 page roles could be read', 'The home page is built by scripts'] };
    report.locale = { country: 'PL', countryReason: 'from --country', language: 'pl', languageReason: 'the pages\' lang attribute' };
    const md = formatMarkdown(report);
    expect(md).toContain('**Coverage:** 5 of 8 page roles read; 0 checks not scored');
    expect(md).toContain('\n\n> [!WARNING]\n> Only 5 of 8 page roles could be read\n\n> [!WARNING]\n> The home page is built by scripts\n');
    expect(md).toContain("Country\\: PL \\(from \\-\\-country\\) · language\\: pl \\(the pages' lang attribute\\)");
    const { coverage: _coverage, locale: _locale, ...without } = weak;
    expect(formatMarkdown(without)).not.toMatch(/Coverage|Country:/);
  });

  it('with a comparison, has a Change column and calls out regressions', () => {
    const comparison = compareReports(strong, weak);
    const md = formatMarkdown(weak, { comparison });
    const drop = strong.score! - weak.score!;
    expect(md).toMatch(new RegExp(`^## careaudit: ${weak.score}/100 \\(poor\\) · ▼ −${drop} since the baseline`));
    expect(md).toContain('| Category | Score | Band | Change |');
    const contactBefore = strong.categories.find((c) => c.id === 'contact')!.score!;
    expect(md).toMatch(new RegExp(`\\| Contact \\| ${contact.score} \\| [a-z ]+ \\| ▼ −${contactBefore - contact.score!} \\|`));
    expect(md).toContain('### Regressions since the baseline');
    expect(comparison.regressions).toContain('contact.phone-visible');
    expect(md).toContain('- `contact.phone-visible` passed in the baseline and now fails');
    expect(md).toContain(`- the score dropped from ${strong.score} to ${weak.score}`);
    expect(md).toMatch(/\*\*`email.phone`\*\* · warn · weight 2 · \*\*regressed\*\* \(was pass\)/);
  });

  describe('of a hostile report', () => {
    const report = hostileReport();
    const md = formatMarkdown(report, { comparison: compareReports(report, report) });

    it('lets no HTML through but its own <details> and <summary>', () => {
      const tags = md.match(/<\/?[a-z!?][^>]*>?/gi) ?? [];
      expect(new Set(tags)).toEqual(new Set(['<details>', '</details>', '<summary>', '</summary>']));
      expect(md).not.toMatch(/<script|<img|<svg|<style/i);
      expect(md).toContain('&lt;script&gt;');
    });

    it('makes no link, mention or code span out of page text', () => {
      expect(md).not.toMatch(/(?<!\\)\]\(/); // [text](url) needs an unescaped ](
      expect(md).not.toMatch(/(?<!\\)\[click me/);
      expect(md).toContain('javascript\\:window');
      expect(md).not.toMatch(/@octocat/);
      expect(md).toContain('@\u200Boctocat');
      // the only code spans are the rule ids and selectors careaudit itself writes
      const stripped = md.replace(/`[a-z][a-z0-9.-]*`|`--format json`/g, '');
      expect(stripped).not.toMatch(/(?<!\\)`/);
    });

    it('keeps every table row to its columns', () => {
      const lines = md.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
        const columns = cellBorders(lines[i]!);
        for (let j = i; lines[j]?.startsWith('|'); j++) expect(cellBorders(lines[j]!), lines[j]).toBe(columns);
      }
      expect(md).not.toMatch(/\n\|---\|---\|\n(?!\|)/); // the payload's own delimiter row is not a table
    });

    it('strips control and direction-override characters', () => {
      expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202E]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(md).toContain('bell nul esc\\[31m rlognp\\.exe lone end');
    });
  });

  it('stays under the GitHub comment limit, and says the evidence was shortened', () => {
    const big: Report = structuredClone(weak);
    const template = big.rules.find((r) => r.id === 'checkout.max-steps')!;
    big.rules = Array.from({ length: 300 }, (_, i) => ({
      ...template,
      id: `bulk.rule-${i}`,
      status: i % 3 === 0 ? 'pass' : 'fail',
      evidence: Array.from({ length: 10 }, () => ({ kind: 'text', text: 'x'.repeat(2000), page: 'examples/corner-shop/index.html' })),
    }));
    const md = formatMarkdown(big);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toMatch(/shortened to fit a GitHub comment|cut to fit a GitHub comment/);

    big.rules = Array.from({ length: 3000 }, (_, i) => ({ ...template, id: `bulk.rule-${i}`, evidence: [] }));
    const cut = formatMarkdown(big);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(cut).toContain('The report was cut to fit a GitHub comment');
    expect((cut.match(/<details>/g) ?? []).length).toBe((cut.match(/<\/details>/g) ?? []).length);
    expect(formatMarkdown(weak)).not.toContain('shortened');
  });
});
