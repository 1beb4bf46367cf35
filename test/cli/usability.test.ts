import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/cli/target.js';
import type { Report } from '../../src/report/report.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { cli } from './run.js';

describe('targets without a scheme', () => {
  it.each([
    ['shop.example', 'https://shop.example'],
    ['www.shop.example/path?x=1', 'https://www.shop.example/path?x=1'],
    ['localhost:8080', 'https://localhost:8080'],
    ['sklep.pl', 'https://sklep.pl'],
  ])('%s is audited as %s, and careaudit says so', (target, url) => {
    expect(resolveTarget(target, PACKAGE_ROOT)).toEqual({ target: url, note: `no file or folder named ${target} here: auditing ${url}` });
  });

  it.each(['examples/corner-shop', 'examples/northwind-outfitters/index.html', 'missing.html', 'http://shop.example', 'no-dots-here', 'C:\\site'])(
    '%s stays as it is (a path, a file name or a URL)',
    (target) => expect(resolveTarget(target, PACKAGE_ROOT)).toEqual({ target }),
  );

  it('says on stderr which address it audits (a refused loopback port: exit 3, nothing on stdout)', async () => {
    const run = await cli(['localhost:1', '--timeout', '2']);
    expect(run.stderr).toMatch(/^careaudit: no file or folder named localhost:1 here: auditing https:\/\/localhost:1\n/);
    expect(run.stderr).not.toMatch(/target not found/);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
  });
});

describe('commands', () => {
  it('a misspelt command gets a suggestion, not "target not found"', async () => {
    const run = await cli(['rule', 'list']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "rule" \(did you mean "rules"\?\)/);
    expect((await cli(['explian', 'contact.hours'])).stderr).toMatch(/did you mean "explain"/);
  });

  it.each([
    [['rules', 'list', '-q'], 0],
    [['rules', 'test', '-q'], 0],
    [['explain', 'contact.hours', '-q'], 0],
    [['schema', 'report', '-q'], 0],
    [['compare', '-q', 'examples/nope.json', 'examples/nope.json'], 2],
    [['examples/northwind-outfitters', '-q'], 0],
  ])('careaudit %j accepts -q', async (args, code) => {
    const run = await cli(args);
    expect(run.stderr).not.toMatch(/unknown option/);
    expect(run.code).toBe(code);
  });

  it('init -q writes the config without a word', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'careaudit-init-'));
    const run = await cli(['init', '-q'], { cwd });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(await readdir(cwd)).toEqual(['careaudit.config.yaml']);
  });

  it('--only and --skip take rule-id prefixes as category aliases: email is order-email', async () => {
    const only = JSON.parse((await cli(['examples/corner-shop', '--format', 'json', '--only', 'email', '--fail-on', 'none'])).stdout) as Report;
    expect(only.rules.length).toBeGreaterThan(3);
    expect(new Set(only.rules.map((r) => r.category))).toEqual(new Set(['order-email']));
    const skip = JSON.parse((await cli(['examples/corner-shop', '--format', 'json', '--skip', 'email,self-service', '--fail-on', 'none'])).stdout) as Report;
    expect(skip.rules.some((r) => r.category === 'order-email' || r.id.startsWith('self-service.'))).toBe(false);
    expect((await cli(['examples/corner-shop', '--only', 'emial'])).stderr).toMatch(/no rule or category "emial"/);
  });
});
