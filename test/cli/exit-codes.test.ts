import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveFolder } from '../helpers/static-server.js';
import { cli } from './run.js';

const strong = ['examples/northwind-outfitters', '--email', 'examples/northwind-outfitters.eml'];
const weak = ['examples/corner-shop', '--email', 'examples/corner-shop.eml'];

describe('exit codes', () => {
  it('0 when the gate passes', async () => {
    const run = await cli(strong);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Score (9\d|100)\/100 \(good\)/);
    expect(run.stdout).toMatch(/Gate passed/);
  });

  it('1 when a failing rule of the --fail-on severity fails the gate, and the report says which', async () => {
    const run = await cli(weak);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Gate failed: \d+ rule\(s\) of severity error failed \(--fail-on error\): contact\.phone-visible/);
  });

  it('1 when the score is under --min-score; 0 with --fail-on none and no minimum', async () => {
    const low = await cli([...weak, '--fail-on', 'none', '--min-score', '50']);
    expect(low.code).toBe(1);
    expect(low.stdout).toMatch(/Gate failed: score \d+ is below the minimum of 50 \(--min-score or thresholds\.score\)/);
    expect((await cli([...weak, '--fail-on', 'none'])).code).toBe(0);
  });

  it('--fail-on warn fails on warnings too, --max-warnings counts them', async () => {
    const errorsOff = ['--skip', 'contact.phone-visible,checkout.costs-upfront,checkout.guest,returns.window'];
    expect((await cli([...weak, ...errorsOff])).code).toBe(0);
    const warn = await cli([...weak, ...errorsOff, '--fail-on', 'warn']);
    expect(warn.code).toBe(1);
    expect(warn.stdout).toMatch(/severity error or warn failed \(--fail-on warn\)/);
    const many = await cli([...weak, ...errorsOff, '--max-warnings', '2']);
    expect(many.code).toBe(1);
    expect(many.stdout).toMatch(/\d+ warning\(s\), more than the 2 allowed \(--max-warnings\)/);
    expect((await cli([...weak, ...errorsOff, '--max-warnings', '100'])).code).toBe(0);
  });

  it.each([
    [['--min-score', '120', 'examples/corner-shop'], /--min-score must be a whole number from 0 to 100 \(got "120"\)/],
    [['--format', 'xml', 'examples/corner-shop'], /--format must be one or more of text, json, markdown, junit, sarif, html/],
    [['--fail-on', 'fatal', 'examples/corner-shop'], /--fail-on must be one of/],
    [['--frmat', 'json', 'examples/corner-shop'], /unknown option '--frmat'[\s\S]*--format/],
    [['--page', 'basket=/cart', 'examples/corner-shop'], /--page: unknown page role "basket"/],
    [['--country', 'Poland', 'examples/corner-shop'], /two-letter country code/],
    [['--only', 'contact.phone', 'examples/corner-shop'], /--only: no rule or category "contact.phone" \(did you mean "contact.phone-visible"\?\)/],
    [['examples/no-such-store'], /target not found: examples\/no-such-store/],
    [['README.md'], /is not an \.html file/],
    [['examples/corner-shop', '--email', 'README.md'], /not an email/],
    [['examples/corner-shop', '--rules', 'no-such-rules'], /no-such-rules:1:1: rule folder or file not found/],
  ])('2 for a usage error: %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace
    expect(run.stdout).toBe('');
  });

  it('2 for a broken user rule file, with file:line:column, a code frame and what was expected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-cli-rules-'));
    await writeFile(
      join(dir, 'mine.yaml'),
      'category:\n  id: mine\n  title: Mine\nrules:\n  - id: mine.chat\n    title: t\n    failureTitle: f\n    description: d\n    fix: x\n    severity: warn\n    weight: 1\n    pages: [home]\n    check:\n      scirpt: { src: [intercom] }\n',
    );
    const run = await cli(['examples/corner-shop', '--rules', dir], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mine.yaml:14:7: unknown check "scirpt" (did you mean "script"?)');
    expect(run.stderr).toContain('> 14 |       scirpt: { src: [intercom] }');
    expect(run.stderr).toMatch(/expected: one of all, any, none, not/);
  });

  it('3 when the site cannot be reached', async () => {
    const server = await serveFolder('examples');
    await server.close();
    const run = await cli([server.url, '--timeout', '2']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/could not audit http:\/\/127\.0\.0\.1:\d+\/: the home page could not be read/);
    expect(run.stdout).toBe('');
  });

  it('prints help and the version with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--min-score <n>/);
    expect(help.stdout).toMatch(/Exit codes: 0 passed, 1 the gate failed/);
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
