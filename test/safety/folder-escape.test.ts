/**
 * A folder target is read as a web server would serve it: a symbolic link inside the folder to a file (or a
 * folder) outside it is refused, with the reason in the report, and nothing of that file reaches the report.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careaudit-escape-'));
  const site = join(dir, 'site');
  await mkdir(join(site, 'help'), { recursive: true });
  await mkdir(join(dir, 'private'));
  await writeFile(join(dir, 'private', 'secret.html'), '<html><body><h1>Contact</h1><p>PRIVATE-NOTES call +48 22 999 99 99</p></body></html>');
  await writeFile(
    join(site, 'index.html'),
    '<html><body><a href="contact.html">Contact us</a> <a href="/docs/secret.html">Returns</a> <a href="help/faq.html">FAQ</a></body></html>',
  );
  await symlink(join(dir, 'private', 'secret.html'), join(site, 'contact.html'));
  await symlink(join(dir, 'private'), join(site, 'docs'));
  // a link that stays inside the folder is an ordinary page
  await writeFile(join(site, 'help', 'questions.html'), '<html><body><h1>FAQ</h1><p>Questions and answers</p></body></html>');
  await symlink('questions.html', join(site, 'help', 'faq.html'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('symbolic links in a folder target', () => {
  it('refuses files outside the folder, with a note, and reads links that stay inside', async () => {
    const result = await cli([join(dir, 'site'), '--format', 'json', '--fail-on', 'none']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('PRIVATE-NOTES');
    expect(result.stdout).not.toContain('999 99 99');
    const report = JSON.parse(result.stdout) as { pages: { url: string; status: string; error?: string }[] };
    const page = (end: string) => report.pages.find((p) => p.url.endsWith(end));
    expect(page('/contact.html')).toMatchObject({ status: 'failed', error: expect.stringMatching(/outside the audited folder/) });
    expect(page('/docs/secret.html')).toMatchObject({ status: 'failed', error: expect.stringMatching(/outside the audited folder/) });
    expect(page('/help/faq.html')).toMatchObject({ status: 'ok' });
  });
});
