import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireSite, type AcquireOptions } from '../../src/acquire/site.js';
import { FOLDER_ORIGIN } from '../../src/acquire/folder-source.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { loadRules } from '../../src/rules/load.js';
import type { Rule } from '../../src/rules/types.js';
import { serveFolder, type TestServer } from '../helpers/static-server.js';
import { acquireOptions } from '../helpers/acquire-options.js';
import { SiteUnreachableError, TargetError } from '../../src/errors.js';

const examples = join(PACKAGE_ROOT, 'examples');
const options = (target: string, extra: Partial<AcquireOptions> = {}): AcquireOptions => acquireOptions(target, extra);

let rules: Rule[];
beforeAll(async () => {
  rules = (await loadRules([BUILTIN_RULES_DIR])).rules;
});

const verdicts = (snapshot: Awaited<ReturnType<typeof acquireSite>>) =>
  Object.fromEntries(evaluate(rules, snapshot).map((r) => [r.rule.id, r.status]));

describe.each(['northwind-outfitters', 'corner-shop'])('the %s example', (store) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await serveFolder(join(examples, store));
  });
  afterAll(() => server.close());

  it('gets the same verdicts as a folder and over HTTP', async () => {
    const email = join(examples, `${store}.eml`);
    const fromFolder = await acquireSite(options(join(examples, store), { email }));
    const overHttp = await acquireSite(options(server.url, { email }));
    expect(overHttp.roles.map((r) => r.role).sort()).toEqual(fromFolder.roles.map((r) => r.role).sort());
    expect(verdicts(overHttp)).toEqual(verdicts(fromFolder));
  });
});

describe('discovery', () => {
  it('finds each role of the strong store and says why', async () => {
    const snapshot = await acquireSite(options(join(examples, 'northwind-outfitters')));
    const byRole = Object.fromEntries(snapshot.roles.map((r) => [r.role, r]));
    expect(byRole.contact).toMatchObject({ path: expect.stringMatching(/pages[/\\]contact\.html$/), source: 'link', available: true });
    expect(byRole.contact?.reason).toMatch(/Contact us/);
    expect(byRole.checkout?.reason).toMatch(/on the cart/);
    expect(snapshot.missingRoles).toEqual([]);
  });

  it('lists the roles it could not find', async () => {
    const snapshot = await acquireSite(options(join(examples, 'corner-shop')));
    expect(snapshot.missingRoles).toEqual(['order-tracking']);
  });

  it('treats absolute links to the saved page\'s own site as internal and reports pages that are not there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-saved-'));
    await writeFile(
      join(dir, 'index.html'),
      `<html><head><link rel="canonical" href="https://saved-shop.example/"></head><body>
        <a href="https://saved-shop.example/kontakt">Kontakt</a>
        <a href="https://saved-shop.example/pomoc">Pomoc</a>
        <a href="https://other.example/zwroty">Zwroty</a></body></html>`,
    );
    await writeFile(join(dir, 'kontakt.html'), '<p>tel. +48 22 123 45 67</p>');
    const snapshot = await acquireSite(options(dir));
    const contact = snapshot.roles.find((r) => r.role === 'contact');
    const faq = snapshot.roles.find((r) => r.role === 'faq');
    expect(contact).toMatchObject({ available: true });
    // the live site's page is looked for in the folder, at the same path
    expect(faq).toMatchObject({ available: false, url: `${FOLDER_ORIGIN}/pomoc` });
    expect(faq?.error).toMatch(/no such file/);
    expect(snapshot.roles.find((r) => r.role === 'returns')).toBeUndefined();

    const results = Object.fromEntries(evaluate(rules, snapshot).map((r) => [r.rule.id, r]));
    expect(results['faq.present']?.status).toBe('pass');
    expect(results['faq.searchable']?.status).toBe('na');
    expect(results['faq.searchable']?.message).toMatch(/linked .* but could not be read/);
  });

  it('takes the site a saved page mostly links to as its own when the page names none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-saved-nocanonical-'));
    const nav = ['kategorie/rowery', 'kategorie/kaski', 'kategorie/opony', 'o-nas', 'blog'].map((p) => `<a href="https://rowery.example/${p}">${p}</a>`).join('');
    await writeFile(
      join(dir, 'index.html'),
      `<html lang="pl"><body>${nav}<a href="https://rowery.example/kontakt">Kontakt</a><a href="https://www.facebook.com/rowery">Facebook</a></body></html>`,
    );
    const snapshot = await acquireSite(options(join(dir, 'index.html')));
    expect(snapshot.roles.find((r) => r.role === 'contact')).toMatchObject({ url: `${FOLDER_ORIGIN}/kontakt`, available: false });
    const results = Object.fromEntries(evaluate(rules, snapshot).map((r) => [r.rule.id, r]));
    // linked but not readable: it cannot be judged, so it is not applicable rather than failed
    expect(results['contact.page']).toMatchObject({ status: 'na', message: expect.stringMatching(/linked .* but could not be read/) });
  });

  it('falls back to the sitemap when the home page does not link a role', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-sitemap-'));
    await writeFile(join(dir, 'index.html'), '<a href="/about">About</a>');
    await mkdir(join(dir, 'help'));
    await writeFile(join(dir, 'help', 'faq.html'), '<h1>FAQ</h1>');
    const server = await serveFolder(dir);
    try {
      await writeFile(join(dir, 'sitemap.xml'), `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${server.url}help/faq</loc></url></urlset>`);
      const snapshot = await acquireSite(options(server.url));
      expect(snapshot.roles.find((r) => r.role === 'faq')).toMatchObject({ source: 'sitemap', available: true });
      const fromFolder = await acquireSite(options(dir));
      expect(fromFolder.roles.find((r) => r.role === 'faq')).toMatchObject({ source: 'files', available: true });
    } finally {
      await server.close();
    }
  });

  it('obeys robots.txt, and --ignore-robots overrides it', async () => {
    const server = await serveFolder(join(examples, 'northwind-outfitters'), { robots: 'User-agent: *\nDisallow: /pages/\n' });
    try {
      const polite = await acquireSite(options(server.url));
      const contact = polite.roles.find((r) => r.role === 'contact');
      expect(contact).toMatchObject({ available: false });
      expect(contact?.error).toMatch(/robots\.txt/);
      expect(server.requests.some((r) => r.path === '/pages/contact')).toBe(false);
      const impolite = await acquireSite(options(server.url, { ignoreRobots: true }));
      expect(impolite.roles.find((r) => r.role === 'contact')).toMatchObject({ available: true });
    } finally {
      await server.close();
    }
  });

  it('audits a single file as the home page and does not read other files', async () => {
    const snapshot = await acquireSite(options(join(examples, 'northwind-outfitters', 'index.html')));
    expect(snapshot.kind).toBe('file');
    expect(snapshot.pages.filter((p) => p.status === 'ok')).toHaveLength(1);
    expect(snapshot.roles.find((r) => r.role === 'contact')).toMatchObject({ available: false });
  });

  it('takes --page overrides before discovery', async () => {
    const snapshot = await acquireSite(
      options(join(examples, 'corner-shop'), { pages: [{ role: 'faq', location: join(examples, 'northwind-outfitters', 'pages', 'faq.html') }] }),
    );
    expect(snapshot.roles.find((r) => r.role === 'faq')).toMatchObject({ source: 'flag', available: true });
  });

  it('stops at --max-pages', async () => {
    const snapshot = await acquireSite(options(join(examples, 'northwind-outfitters'), { maxPages: 3 }));
    expect(snapshot.pages.filter((p) => p.status === 'ok')).toHaveLength(3);
    expect(snapshot.roles.some((r) => !r.available && /--max-pages 3/.test(r.error ?? ''))).toBe(true);
  });

  it('fails clearly when the site cannot be reached or the target does not exist', async () => {
    const server = await serveFolder(examples);
    const url = server.url;
    await server.close();
    await expect(acquireSite(options(url, { timeoutMs: 1000 }))).rejects.toThrow(SiteUnreachableError);
    await expect(acquireSite(options(join(examples, 'no-such-store')))).rejects.toThrow(TargetError);
    await expect(acquireSite(options('ftp://shop.example/'))).rejects.toThrow(/unsupported target/);
  });
});
