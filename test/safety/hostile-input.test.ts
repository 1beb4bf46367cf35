/**
 * Hostile inputs found while fuzzing that need a fixed, deterministic test: deeply nested YAML, digit-dense
 * page text, and error frames of very long lines.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PageView } from '../../src/view/page-view.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { parseRuleFile } from '../../src/rules/load.js';
import { SourceFileError } from '../../src/errors.js';

describe('deeply nested YAML', () => {
  it('is refused with a SourceFileError every time, not only the first time in a process', () => {
    // In a child process: today the second parse of "[" x 1000 aborts Node itself (V8 "RegExpCompiler
    // Allocation failed - process out of memory" inside the yaml package after its stack overflow), which
    // would take the test runner down with it. The CLI stops at the first error, but rules test, batch and
    // any embedding program parse many files in one process.
    const load = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'rules', 'load.js')).href;
    const errors = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'errors.js')).href;
    const script = `
      const { parseRuleFile } = await import(${JSON.stringify(load)});
      const { SourceFileError } = await import(${JSON.stringify(errors)});
      for (const source of ['['.repeat(1000), '['.repeat(1000), '{a: '.repeat(1000) + '1' + '}'.repeat(1000)]) {
        try { parseRuleFile('deep.yaml', source); console.log('loaded'); }
        catch (e) { console.log(e instanceof SourceFileError ? 'SourceFileError' : 'other: ' + e); }
      }`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.stderr).not.toMatch(/out of memory|FATAL/);
    expect(child.status).toBe(0);
    expect(child.stdout.trim().split('\n')).toEqual(['SourceFileError', 'SourceFileError', 'SourceFileError']);
  }, 40_000);
});

describe('digit-dense pages', () => {
  it('phone detection on 200 KB of numbers stays linear (a catalogue or price list is not a denial of service)', () => {
    // a regression guard, generous for busy CI machines: phonesInText scans up to 200,000 characters with
    // libphonenumber at ~10 µs per digit-dense character, about 2 s for such a page today (no country)
    const html = `<html><body><p>${'1 '.repeat(105_000)}</p></body></html>`;
    const view = new PageView({ url: 'https://shop.example/', roles: ['home'], status: 'ok', headers: {}, html });
    expect(view.visibleText.length).toBeGreaterThan(200_000);
    const started = performance.now();
    void view.phones;
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

describe('error frames', () => {
  it('the caret of a mistake far along a long line stays under the shown part of the line', () => {
    // an unknown key at column 288 of a one-line check
    const source = `category:\n  id: gifts\n  title: Gifts\nrules:\n  - id: gifts.wrap\n    title: t\n    failureTitle: f\n    description: d\n    fix: x\n    severity: info\n    weight: 1\n    pages: [cart]\n    check: { text: { patterns: ['${'a'.repeat(250)}'], bogus: 1 } }\n`;
    let error: unknown;
    try {
      parseRuleFile('long.yaml', source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceFileError);
    const frame = (error as SourceFileError).frame ?? '';
    const shown = frame.split('\n').find((l) => l.startsWith('>'))!;
    const caret = frame.split('\n').find((l) => l.trimEnd().endsWith('^'))!;
    // the code frame cuts lines at 200 characters but places the caret at the full column
    expect(caret.trimEnd().length).toBeLessThanOrEqual(shown.length + 1);
  });
});
