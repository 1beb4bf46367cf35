/**
 * Bad flags, bad values and unusable targets: each is refused with one line saying what was wrong (and, where
 * the line alone does not say what would be right, a hint), exit 2, no stack trace, nothing on stdout — so
 * that a CI step fails readably and never writes a half report where the real one was expected.
 */
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { cli, type CliRun } from '../cli/run.js';

const STORE = join(PACKAGE_ROOT, 'examples', 'corner-shop');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careaudit-flags-'));
  await writeFile(join(dir, 'sites.txt'), `${STORE}\n`);
  await writeFile(join(dir, 'not-a-report.json'), '{"name": "careaudit", "version": "1.0.0"}');
  await mkdir(join(dir, 'empty-folder'));
  await writeFile(join(dir, 'empty-folder', 'notes.txt'), 'no pages here');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI in-process from the temp folder (so relative paths there resolve). */
const run = (args: string[]): Promise<CliRun> => cli(args, { cwd: dir });

/**
 * A usage error as the CLI should print it: exit 2, stdout empty, no stack, the message on the first line,
 * and at most one more line — a `hint:` or commander's pointer to --help (and its "Did you mean" line).
 */
function expectUsageError(result: CliRun, message: RegExp, hint?: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+/); // no stack trace
  expect(result.stderr).not.toMatch(/internal error/);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^careaudit: /);
  expect(lines[0]).toMatch(message);
  const rest = lines.slice(1).filter((l) => !/^\(Did you mean .*\?\)$/.test(l));
  expect(rest.length).toBeLessThanOrEqual(1);
  if (rest[0] !== undefined) expect(rest[0]).toMatch(/^hint: |^\(see careaudit --help\)$/);
  if (hint) expect(rest[0]).toMatch(hint);
}

describe('bad values', () => {
  it('--min-score 120', async () => {
    expectUsageError(await run([STORE, '--min-score', '120']), /--min-score must be a whole number from 0 to 100 \(got "120"\)$/);
  });

  it('--min-score -1', async () => {
    expectUsageError(await run([STORE, '--min-score', '-1']), /--min-score must be a whole number from 0 to 100 \(got "-1"\)$/);
  });

  it('--timeout 0', async () => {
    expectUsageError(await run([STORE, '--timeout', '0']), /--timeout must be a number of seconds from 0\.1 to 600 \(got "0"\)$/);
  });

  it('--timeout 0.0001 (below the stated 0.1; it rounds to 0 ms)', async () => {
    // accepted by the > 0 check, then the HTTP client refuses a 0 ms deadline: an "internal error", exit 3
    expectUsageError(await run(['http://127.0.0.1:9/', '--timeout', '0.0001']), /--timeout must be a number of seconds from 0\.1 to 600 \(got "0\.0001"\)$/);
  });

  it('--max-pages 0', async () => {
    expectUsageError(await run([STORE, '--max-pages', '0']), /--max-pages must be a whole number from 1 to 1000 \(got "0"\)$/);
  });

  it('--concurrency abc', async () => {
    expectUsageError(await run([STORE, '--concurrency', 'abc']), /--concurrency must be a whole number from 1 to 64 \(got "abc"\)$/);
  });

  it('--format pdf', async () => {
    expectUsageError(await run([STORE, '--format', 'pdf']), /--format must be one or more of text, json, markdown, junit, sarif, html, comma-separated \(got "pdf"\)$/);
  });

  it('--format text,json without --output-dir', async () => {
    expectUsageError(await run([STORE, '--format', 'text,json']), /--format text,json writes several reports: give --output-dir DIR$/, /^hint: each format is written to DIR, named after the site$/);
  });

  it('--output x --output-dir y', async () => {
    expectUsageError(await run([STORE, '--output', 'x', '--output-dir', 'y']), /give --output FILE or --output-dir DIR, not both$/);
  });

  it('--fail-on-regression without --baseline', async () => {
    expectUsageError(await run([STORE, '--fail-on-regression']), /--fail-on-regression needs --baseline PREVIOUS\.json$/);
  });

  it('--baseline missing.json', async () => {
    expectUsageError(await run([STORE, '--baseline', 'missing.json']), /--baseline: cannot read missing\.json \(not found\)$/);
  });

  it('--baseline of a JSON file that is not a report', async () => {
    expectUsageError(
      await run([STORE, '--baseline', 'not-a-report.json']),
      /--baseline: not-a-report\.json is not a careaudit JSON report \(not a careaudit report\)$/,
      /^hint: save one with --format json --output FILE$/,
    );
  });

  it.each([
    ['a line break', 'X-Token: abc\r\nX-Admin: 1', /--header X-Token: the value contains a line break or NUL$/],
    ['a control character', 'X-Token: a\u0001b', /--header X-Token: the value contains a control character or a character beyond Latin-1$/],
  ])('--header with %s in its value: a usage error, not a network error', async (_name, header, message) => {
    // a URL: the header is refused before anything is fetched (this port has no server)
    const result = await run(['http://127.0.0.1:9/', '--header', header]);
    expectUsageError(result, message, /^hint: a header value is one line of text/);
    expect(result.stderr).not.toContain('abc'); // a header value may be a secret
  });

  it('--header NoColon', async () => {
    const result = await run([STORE, '--header', 'NoColon']);
    expectUsageError(result, /--header takes "Name: value", with a colon after a header name$/, /^hint: e\.g\. --header "Authorization: Bearer \$TOKEN"$/);
    expect(result.stderr).not.toContain('NoColon'); // a header value may be a secret
  });

  it('--page home (no =)', async () => {
    expectUsageError(await run([STORE, '--page', 'home']), /--page takes ROLE=URL or ROLE=PATH \(got "home"\)$/, /^hint: e\.g\. --page contact=/);
  });

  it('--role shop', async () => {
    expectUsageError(await run([STORE, '--role', 'shop']), /--role: unknown page role "shop"$/, /^hint: roles: home, contact, faq, returns, shipping, cart, checkout, order-tracking, terms, email$/);
  });

  it('--country POL', async () => {
    expectUsageError(await run([STORE, '--country', 'POL']), /--country must be a two-letter country code such as US, GB, PL, LT, RU \(got "POL"\)$/);
  });

  it('an unknown flag, with a suggestion', async () => {
    expectUsageError(await run([STORE, '--frmat', 'json']), /unknown option '--frmat'$/, /^\(see careaudit --help\)$/);
  });

  it('a flag without its value', async () => {
    expectUsageError(await run([STORE, '--min-score']), /option '--min-score <n>' argument missing$/);
  });

  it('flags but no target: the help goes to stderr, not into a redirected report', async () => {
    // `careaudit --format json > report.json` with the target forgotten would otherwise write the help there
    const result = await run(['--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Usage: careaudit/);
  });

  it('--config of a missing file names the file, whatever it is called', async () => {
    const result = await run([STORE, '--config', 'staging.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^careaudit: staging\.yaml:1:1: config file not found\n/);
  });
});

describe('batch', () => {
  it.each([
    ['3/2', /--shard 3\/2: shard 3 does not exist, there are 2$/],
    ['0/2', /--shard 0\/2: shards are numbered from 1$/],
    ['a/b', /--shard takes I\/N, the shard's number and the number of shards \(got "a\/b"\)$/],
  ])('--shard %s', async (shard, message) => {
    expectUsageError(await run(['batch', 'sites.txt', '--out', 'out.jsonl', '--shard', shard]), message, /^hint: shards are numbered from 1 to N, e\.g\. --shard 1\/4 … --shard 4\/4 on four runners$/);
  });

  it('batch without --out', async () => {
    expectUsageError(await run(['batch', 'sites.txt']), /--out FILE is required: batch writes one JSON line per site there$/, /^hint: e\.g\. careaudit batch sites\.txt --out results\.jsonl$/);
  });
});

describe('targets', () => {
  it('a folder without index.html: a clear message naming what is missing', async () => {
    // absolute: the target is resolved against the process's directory, not the CLI's io.cwd
    const result = await run([join(dir, 'empty-folder')]);
    // today: exit 3, "could not audit empty-folder: the home page could not be read (no such file in the folder (/))"
    expect(result.stdout).toBe('');
    expect([2, 3]).toContain(result.code);
    expect(result.stderr).toMatch(/^careaudit: .*empty-folder/);
    expect(result.stderr).toMatch(/index\.html/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+/);
  });

  it('an unreadable .html file: exit 3 (no page could be read), saying why', async () => {
    const file = join(dir, 'locked.html');
    await writeFile(file, '<html><body><a href="tel:+48221234567">Call</a></body></html>');
    await chmod(file, 0o000);
    const root = process.getuid?.() === 0;
    let code: number | null;
    let stdout: string;
    let stderr: string;
    if (!root) {
      ({ code, stdout, stderr } = await cli([file]));
    } else {
      // root reads any file: run the built CLI as "nobody" when the system can, else there is nothing to test
      const setpriv = spawnSync('setpriv', ['--version']);
      if (setpriv.error) return;
      await chmod(dir, 0o755); // mkdtemp makes 0700 folders, which "nobody" could not even look into
      const child = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(PACKAGE_ROOT, 'bin', 'careaudit.js'), file], { encoding: 'utf8' });
      ({ status: code, stdout, stderr } = child);
    }
    expect(stdout).toBe('');
    expect(code).toBe(3);
    expect(stderr).toMatch(/^careaudit: could not audit .*locked\.html: the home page could not be read \(cannot read the file \(EACCES\)\)\n$/);
  });

  it('relative paths (target, --email) are read from the working directory the CLI is given', async () => {
    // io.cwd already decides --output, --baseline and --config; the target and --email use process.cwd()
    await cp(STORE, join(dir, 'shop'), { recursive: true });
    await cp(join(PACKAGE_ROOT, 'examples', 'corner-shop.eml'), join(dir, 'order.eml'));
    const result = await run(['shop', '--email', 'order.eml', '--fail-on', 'none']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a path with spaces and Unicode works', async () => {
    const target = join(dir, 'Sklep Żółw ✓ — test');
    await cp(STORE, target, { recursive: true });
    const output = join(dir, 'raport źródło ✓.json');
    const result = await run([target, '--format', 'json', '--output', output, '--fail-on', 'none']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const report = JSON.parse(await readFile(output, 'utf8')) as { target: string; pages: { status: string }[] };
    expect(report.target).toBe(target);
    expect(report.pages.some((p) => p.status === 'ok')).toBe(true);
  });
});

describe('other commands', () => {
  it('careaudit explain nope', async () => {
    expectUsageError(await run(['explain', 'nope']), /no rule "nope"$/, /^hint: careaudit rules list shows every rule id$/);
  });

  it('careaudit compare a.json b.json with missing files', async () => {
    expectUsageError(await run(['compare', 'a.json', 'b.json']), /cannot read a\.json \(ENOENT\)$/);
  });
});

describe('mistakes found by a review', () => {
  it('an unknown country code', async () => {
    expectUsageError(await run([STORE, '--country', 'EN']), /--country must be a two-letter country code such as US, GB, PL, LT, RU \(got "EN"\)$/);
  });

  it('a report that cannot be written', async () => {
    expectUsageError(await run([STORE, '--output', '/nonexistent-folder/report.txt']), /cannot write \/nonexistent-folder\/report\.txt: its folder does not exist$/);
  });

  it('a --page file that is not there', async () => {
    expectUsageError(await run([STORE, '--page', 'contact=./no-such-page.html']), /the contact page \.\/no-such-page\.html was not found \(given with --page or in the config\)$/);
  });
});

describe('a report written over what the audit reads', () => {
  let page: string;
  const original = '<html><body><a href="tel:+48221234567">Call us</a></body></html>';
  beforeAll(async () => {
    page = join(dir, 'page.html');
    await writeFile(join(dir, 'careaudit.config.yaml'), 'failOn: none\n');
    await writeFile(join(dir, 'order.eml'), 'Subject: Order\n\nThanks for your order\n');
  });

  it.each([
    ['--output equal to the audited file', () => [page, '--output', page], /the report .*page\.html would overwrite the audited file/],
    ['--output naming it by another path', () => [page, '-o', './sub/../page.html'], /would overwrite the audited file/],
    ['--output equal to the --email file', () => [page, '--email', 'order.eml', '-o', 'order.eml'], /would overwrite the --email file order\.eml$/],
    ['--output equal to the config file', () => [page, '-c', 'careaudit.config.yaml', '-o', 'careaudit.config.yaml'], /would overwrite the config file/],
    ['--output-dir where a report is named like the audited file', () => [page, '--format', 'html,json', '--output-dir', '.'], /would overwrite the audited file/],
    ['--output equal to a page of the audited folder', () => [dir, '-o', 'page.html'], /the report page\.html would overwrite the audited file or folder/],
  ])('%s: exit 2, the file untouched', async (_name, args, message) => {
    await writeFile(page, original);
    const before = await Promise.all(['page.html', 'order.eml', 'careaudit.config.yaml'].map((f) => readFile(join(dir, f), 'utf8')));
    expectUsageError(await run(args()), message, /^hint: write the report to a file of its own$/);
    expect(await Promise.all(['page.html', 'order.eml', 'careaudit.config.yaml'].map((f) => readFile(join(dir, f), 'utf8')))).toEqual(before);
  });
});

describe('inputs that are not files', () => {
  const fifo = () => join(dir, 'pipe');
  beforeAll(() => {
    spawnSync('mkfifo', [fifo()]);
  });

  /** Refused at once, exit 2, no stack trace: /dev/zero was read to 512 MB, a FIFO blocked or was "a folder". */
  async function refusedQuickly(args: string[], message: RegExp): Promise<void> {
    const started = performance.now();
    const result = await run(args);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(result.stderr).toMatch(message);
  }

  it.each([
    ['-c /dev/zero', () => [STORE, '-c', '/dev/zero'], /dev\/zero:1:1: not a config file: a device, a pipe or a socket, not a regular file/],
    ['-c of a FIFO', () => [STORE, '-c', fifo()], /pipe:1:1: not a config file: a device, a pipe or a socket/],
    ['-c of a folder', () => [STORE, '-c', 'empty-folder'], /empty-folder:1:1: not a config file: a folder/],
    ['--baseline /dev/zero', () => [STORE, '--baseline', '/dev/zero'], /^careaudit: --baseline: cannot read \/dev\/zero \(a device, a pipe or a socket, not a regular file\)$/m],
    ['--rules /dev/zero', () => [STORE, '--rules', '/dev/zero'], /dev\/zero:1:1: not a rule file: a device/],
    ['a sites file of /dev/zero', () => ['batch', '/dev/zero', '--out', 'zero.jsonl'], /dev\/zero:1:1: not a sites file: a device/],
    ['batch --out under a file', () => ['batch', 'sites.txt', '--out', 'sites.txt/x.jsonl'], /^careaudit: cannot write sites\.txt\/x\.jsonl: (a file of that name is in the way|a part of its path is a file, not a folder)$/m],
  ])('%s', async (_name, args, message) => {
    await refusedQuickly(args(), message);
  });

  it('YAML merge keys in a config: located, not read as a rule id "<<"', async () => {
    await writeFile(join(dir, 'merge.yaml'), 'rules:\n  <<: { faq.searchable: warn }\n');
    await refusedQuickly([STORE, '-c', 'merge.yaml'], /merge\.yaml:2:3: YAML merge keys \(<<\) are not supported\n/);
  });
});
