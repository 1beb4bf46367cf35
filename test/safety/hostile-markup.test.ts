/**
 * Markup that made parsing or the link helpers quadratic (or overflow the stack): each page is audited in
 * seconds, with an ordinary exit code and no stack trace. Before: 1.8 MB of nested tables took a minute
 * (htmlparser2 copied its whole open-element list at every tag), 200,000 unclosed links took 74 s and
 * ended in "Maximum call stack size exceeded"; one link with 200 KB of text took 68 s.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careaudit-markup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const pages: [string, string][] = [
  ['1.8 MB of nested tables', `<html><body><p>Call +48 22 123 45 67</p>${'<table><tr><td>'.repeat(120_000)}</body></html>`],
  ['200,000 unclosed links', `<html><body>${'<a href="/p">'.repeat(200_000)}<p>Call +48 22 123 45 67</p></body></html>`],
  ['one link around 200,000 images', `<html><body><a href="/contact">${'<img src="i.png">'.repeat(200_000)}</a><p>Call +48 22 123 45 67</p></body></html>`],
  // discovery folded link text with `\S+@\S+`, retried from every letter: 68 s
  ['one link whose text is 200 KB of letters', `<html><body><p>Call +48 22 123 45 67</p><a href="/x">${'a'.repeat(200_000)}</a></body></html>`],
  ['200,000 stray closing tags under 5,000 open ones', `<html><body>${'<div>'.repeat(5_000)}${'</x>'.repeat(200_000)}<p>Call +48 22 123 45 67</p></body></html>`],
];

describe('hostile markup in a folder target', () => {
  it.each(pages)(
    '%s: audited in seconds, no stack trace',
    async (_name, html) => {
      const file = join(dir, 'index.html');
      await writeFile(file, html);
      const started = performance.now();
      const result = await cli([file, '--format', 'json', '--fail-on', 'none', '--only', 'contact.phone-visible']);
      // two seconds or so today; the quadratic parse took minutes
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(result.stderr).not.toMatch(/\n\s+at |Maximum call stack|internal error/);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { rules: { id: string; status: string }[] };
      expect(report.rules.find((r) => r.id === 'contact.phone-visible')?.status).toBe('pass');
    },
    60_000,
  );
});
