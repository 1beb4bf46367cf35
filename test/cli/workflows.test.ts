import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/report/compare.js';
import type { Report } from '../../src/report/report.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { cli } from './run.js';

const weak = [join(PACKAGE_ROOT, 'examples/corner-shop'), '--email', join(PACKAGE_ROOT, 'examples/corner-shop.eml')];

/** A small store whose FAQ link leads nowhere and whose checkout shows no step indicator. */
async function brokenStore(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careaudit-store-'));
  await writeFile(
    join(dir, 'index.html'),
    '<html lang="en"><body><a href="/contact">Contact us</a> <a href="/faq">FAQ</a> <a href="/checkout">Checkout</a><p>Call +1 503 227 4455</p></body></html>',
  );
  await writeFile(join(dir, 'contact.html'), '<h1>Contact</h1><p>Write to help@store.example</p>');
  await writeFile(join(dir, 'checkout.html'), '<h1>Checkout</h1><p>Loading…</p>');
  return dir;
}

describe('several formats at once', () => {
  it('writes each format to --output-dir, named after the site, and every one says why a page was not read', async () => {
    const store = await brokenStore();
    const out = await mkdtemp(join(tmpdir(), 'careaudit-formats-'));
    const run = await cli([store, '--format', 'text,json,markdown,junit,sarif,html', '--output-dir', out, '--fail-on', 'none']);
    expect(run.code).toBe(0);
    const files = (await readdir(out)).sort();
    const name = store.split(/[/\\]/).pop()!.toLowerCase();
    expect(files).toEqual(['html', 'json', 'junit.xml', 'md', 'sarif', 'txt'].map((ext) => `${name}.${ext}`).sort());
    // Markdown escapes its punctuation, so backslashes are dropped before looking
    for (const file of files) expect((await readFile(join(out, file), 'utf8')).replace(/\\/g, ''), file).toMatch(/no such file in the folder \(\/faq\)/);
  });
});

describe('GitHub Actions', () => {
  it('prints annotations on stderr, appends the Markdown summary, and keeps stdout a clean report', async () => {
    const summary = join(await mkdtemp(join(tmpdir(), 'careaudit-gha-')), 'summary.md');
    const run = await cli([...weak, '--format', 'json'], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/^::error title=careaudit contact\.phone-visible,file=examples\/corner-shop\/index\.html::No customer-service phone number/m);
    expect(run.stderr).toMatch(/^::warning title=careaudit checkout\.max-steps,file=.*checkout.*index\.html,line=\d+::/m);
    expect(run.stderr).toMatch(/^::warning title=careaudit contact\.hours/m);
    expect(run.stderr).toMatch(/^::error title=careaudit gate::Gate failed/m);
    expect(await readFile(summary, 'utf8')).toMatch(/careaudit/);
  });
});

describe('comparison with a baseline', () => {
  async function baselineWhereHoursPassed(): Promise<string> {
    const report = JSON.parse((await cli([...weak, '--format', 'json'])).stdout) as Report;
    const hours = report.rules.find((r) => r.id === 'contact.hours')!;
    hours.status = 'pass';
    report.score = (report.score ?? 0) + 5;
    const file = join(await mkdtemp(join(tmpdir(), 'careaudit-baseline-')), 'before.json');
    await writeFile(file, JSON.stringify(report));
    return file;
  }

  it('shows what changed, and --fail-on-regression fails the gate saying which rule regressed', async () => {
    const baseline = await baselineWhereHoursPassed();
    const shown = await cli([...weak, '--fail-on', 'none', '--baseline', baseline]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Compared with the audit of .*1 regression\(s\) \(contact\.hours\)/);
    expect(shown.stdout.replace(/\s+/g, ' ')).toMatch(/✖ contact\.hours [^✖]*\(regressed: was pass\)/);
    const gated = await cli([...weak, '--fail-on', 'none', '--baseline', baseline, '--fail-on-regression']);
    expect(gated.code).toBe(1);
    expect(gated.stdout).toMatch(/contact\.hours passed in the baseline and now fails \(--fail-on-regression\)/);
  });

  it('careaudit compare prints a before → after table of what changed, and gates like --fail-on-regression', async () => {
    const baseline = await baselineWhereHoursPassed();
    const current = join(await mkdtemp(join(tmpdir(), 'careaudit-current-')), 'after.json');
    await cli([...weak, '--format', 'json', '--output', current, '--fail-on', 'none']);
    const text = await cli(['compare', baseline, current]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^Corner Shop: the audit of \d{4}-\d\d-\d\d → the audit of \d{4}-\d\d-\d\d$/);
    expect(lines[1]).toMatch(/^Score (\d+) → (\d+) {2}▼5$/);
    expect(text.stdout).toMatch(/^ {2}Contact +\d+ → +\d+ {2}=$/m); // the baseline changed a verdict, not the category scores
    expect(text.stdout).toMatch(/^Rules that changed \(1\)\n {2}rule +before +after +change\n {2}contact\.hours +pass +→ {2}fail +regressed$/m);
    // not the whole second report: only what changed
    expect(text.stdout).not.toMatch(/Fix first|checkout\.guest/);
    expect(lines.length).toBeLessThan(20);
    const json = await cli(['compare', baseline, current, '--format', 'json']);
    expect((JSON.parse(json.stdout) as Comparison).regressions).toEqual(['contact.hours']);
    const gated = await cli(['compare', baseline, current, '--fail-on-regression']);
    expect(gated.code).toBe(1);
    expect(gated.stdout).toMatch(/^Gate failed: contact\.hours passed in the baseline and now fails; the score dropped from \d+ to \d+$/m);
    const same = await cli(['compare', current, current, '--fail-on-regression']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^No rule changed its verdict$/m);
    expect(same.stdout).toMatch(/^Gate passed: nothing regressed$/m);
  });

  it('careaudit compare warns when the two reports are of different stores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-two-'));
    const [a, b] = [join(dir, 'a.json'), join(dir, 'b.json')];
    await cli(['examples/corner-shop', '--format', 'json', '--output', a, '--fail-on', 'none']);
    await cli(['examples/northwind-outfitters', '--format', 'json', '--output', b]);
    const run = await cli(['compare', a, b]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^careaudit: warning: the two reports seem to be of different stores: Corner Shop \(examples\/corner-shop\) and Northwind Outfitters/);
    expect(run.stdout.split('\n')[1]).toMatch(/^! the two reports seem to be of different stores/);
    expect((await cli(['compare', a, b, '-q'])).stderr).toBe('');
  });
});

describe('config file', () => {
  it('counts a checkout flow declared in the config when the checkout shows no steps, and flags override the config', async () => {
    const store = await brokenStore();
    await writeFile(
      join(store, 'careaudit.config.yaml'),
      'extends: recommended\ncountry: US\nfailOn: none\ncheckoutFlow: [./checkout.html, https://store.example/checkout/shipping, https://store.example/checkout/payment]\nrules:\n  contact.live-chat: off\n',
    );
    const run = await cli(['.', '--format', 'json'], { cwd: store });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.rules.find((r) => r.id === 'checkout.max-steps')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ value: 3 })] });
    expect(report.rules.some((r) => r.id === 'contact.live-chat')).toBe(false);
    expect((await cli(['.', '--fail-on', 'error'], { cwd: store })).code).toBe(1); // the flag wins over failOn: none
  });

  it('careaudit init writes a starter config once and never overwrites it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-init-'));
    await mkdir(dir, { recursive: true });
    expect((await cli(['init'], { cwd: dir })).stderr).toMatch(/wrote .*careaudit\.config\.yaml/);
    await writeFile(join(dir, 'careaudit.config.yaml'), 'extends: recommended\n# mine\n');
    expect((await cli(['init'], { cwd: dir })).stderr).toMatch(/already exists; left as it is/);
    expect(await readFile(join(dir, 'careaudit.config.yaml'), 'utf8')).toBe('extends: recommended\n# mine\n');
  });
});
