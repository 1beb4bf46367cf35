/**
 * How careaudit finds the pages a shopper would find on real stores, and what it says about the ones it
 * cannot read: one small fixture store per case (test/fixtures/stores), audited over loopback HTTP.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acquireSite, type AcquireOptions } from '../../src/acquire/site.js';
import { auditSite } from '../../src/audit.js';
import { FORMATTERS } from '../../src/format/index.js';
import { FOLDER_ORIGIN } from '../../src/acquire/folder-source.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { cli as runCli } from '../cli/run.js';
import { serveFolder, type TestServer } from '../helpers/static-server.js';
import { acquireOptions } from '../helpers/acquire-options.js';

const stores = join(PACKAGE_ROOT, 'test', 'fixtures', 'stores');
const options = (target: string, extra: Partial<AcquireOptions> = {}): AcquireOptions => acquireOptions(target, { ignoreRobots: true, ...extra });

let ruleSet: RuleSet;
beforeAll(async () => {
  ruleSet = await loadRules([BUILTIN_RULES_DIR]);
});

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(store: string): Promise<TestServer> {
  const server = await serveFolder(join(stores, store));
  servers.push(server);
  return server;
}
async function audit(target: string, extra: Partial<AcquireOptions> = {}) {
  const report = await auditSite({ ruleSet, gate: { failOn: 'none' }, acquire: options(target, extra) });
  const rule = (id: string) => report.rules.find((r) => r.id === id)!;
  const role = (name: string) => report.roles.find((r) => r.role === name);
  return { report, rule, role };
}

describe('links to the live shop in a staging copy', () => {
  it('are read at the same path on the audited origin, never on the live host', async () => {
    const server = await serve('live-host');
    const { role, rule } = await audit(server.url);
    for (const name of ['contact', 'returns', 'shipping']) {
      expect(role(name)).toMatchObject({ available: true, url: expect.stringContaining(server.url.replace(/\/$/u, '')) });
    }
    expect(server.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/pages/contact', '/policies/refund-policy', '/pages/delivery']));
    expect(rule('returns.window').status).toBe('pass');
    expect(rule('shipping.costs').status).toBe('pass');
  });

  it('in a saved folder, are its files', async () => {
    const { role } = await audit(join(stores, 'live-host'));
    expect(role('returns')).toMatchObject({ available: true, url: `${FOLDER_ORIGIN}/policies/refund-policy` });
  });
});

describe('a customer-service hub', () => {
  it('is followed to the policies it links, two clicks from home', async () => {
    const server = await serve('hub');
    const { role, rule } = await audit(server.url);
    // "Kundenservice" is the contact page, and it links the policies
    expect(role('contact')?.url).toBe(`${server.url}kundenservice`);
    expect(role('returns')).toMatchObject({ available: true, reason: expect.stringContaining('on the contact page') });
    expect(role('shipping')).toMatchObject({ available: true, reason: expect.stringContaining('on the contact page') });
    // a legal notice is no role page, but it leads to the terms
    expect(role('terms')).toMatchObject({ available: true, url: `${server.url}rechtliches/agb`, reason: expect.stringContaining('/impressum') });
    expect(rule('returns.free').status).toBe('pass');
    expect(rule('shipping.delivery-time').status).toBe('pass');
  });
});

describe('candidate links', () => {
  it('fall back to the next link when the best answers 404, and never take a blog post or a product', async () => {
    const server = await serve('candidates');
    const { role } = await audit(server.url);
    expect(role('returns')).toMatchObject({ available: true, url: `${server.url}pages/returns-and-refunds` });
    expect(role('checkout')).toBeUndefined();
    expect(role('shipping')?.url).toBe(`${server.url}pages/shipping`);
    expect(server.requests.map((r) => r.path)).toContain('/returns');
  });
});

describe('sections of other pages', () => {
  it('stand in for a missing FAQ, returns or shipping page, with their own text and where they were found', async () => {
    const server = await serve('sections');
    const { role, rule } = await audit(server.url, { country: 'CZ' });
    expect(role('faq')).toMatchObject({ source: 'section', available: true, section: { heading: 'Časté dotazy' } });
    expect(role('returns')).toMatchObject({ source: 'section', section: { heading: '5. Odstoupení od smlouvy a vrácení zboží' } });
    expect(role('shipping')).toMatchObject({ source: 'section', section: { heading: '6. Dodání zboží' } });
    expect(rule('faq.present').status).toBe('pass');
    expect(rule('returns.window')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ value: '30 days' })] });
    // the returns chapter, not the whole terms: its cost sentence decides, the delivery chapter's prices do not
    expect(rule('returns.free').status).toBe('fail');
    expect(rule('returns.refund-time').status).toBe('pass');
    expect(rule('shipping.costs').status).toBe('pass');
  });
});

describe('a delivery chapter', () => {
  it('that states no delivery fact is no shipping policy', async () => {
    const server = await serve('delivery-vacuous');
    const { role, rule } = await audit(server.url, { country: 'DE' });
    // "goods are delivered according to the conditions at the product": named after delivery, says nothing about it
    expect(role('shipping')?.available ?? false).toBe(false);
    expect(rule('shipping.policy').status).toBe('fail');
    // the chapter beside it still stands in for the missing returns page
    expect(role('returns')).toMatchObject({ source: 'section', section: { heading: '§ 5 Widerrufsrecht' } });
  });

  it('gives way to a section that names a carrier and a delivery time, even one on the home page', async () => {
    const server = await serve('delivery-stated');
    const { role, rule } = await audit(server.url, { country: 'GB' });
    expect(role('shipping')).toMatchObject({ source: 'section', available: true, section: { heading: 'Delivery', of: expect.not.stringContaining('terms') } });
    expect(rule('shipping.policy').status).toBe('pass');
    expect(rule('shipping.delivery-time').status).toBe('pass');
  });
});

describe('terms and conditions', () => {
  it('are a page of their own role, and their returns chapter counts for the returns rules', async () => {
    const server = await serve('terms');
    const { role, rule } = await audit(server.url, { country: 'PL' });
    expect(role('terms')).toMatchObject({ available: true, url: `${server.url}regulamin` });
    expect(role('returns')?.url).toBe(`${server.url}zwroty`);
    expect(rule('returns.window')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ page: expect.stringContaining('regulamin') })] });
    expect(rule('returns.refund-time').status).toBe('pass');
  });
});

describe('chapters of the terms', () => {
  it('count for a rule about their subject only: an invoice "by post" or the delivery options are no ways of returning', async () => {
    const server = await serve('chapters');
    const { rule } = await audit(server.url, { country: 'PL' });
    expect(rule('returns.window')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ page: expect.stringContaining('regulamin#') })] });
    expect(rule('returns.methods').status).toBe('fail');
  });
});

describe('general terms under a policy title', () => {
  it('are read like the terms: only their returns article counts, so an invoice "by post" and a contract "signed in store" are no ways of returning', async () => {
    const server = await serve('terms-under-policy-title');
    const { role, rule } = await audit(server.url, { country: 'GB' });
    expect(role('returns')?.url).toBe(`${server.url}policies/refund-policy.html`);
    expect(rule('returns.policy').status).toBe('pass');
    expect(rule('returns.window')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ page: expect.stringContaining('refund-policy.html#article-4') })] });
    expect(rule('returns.methods').status).toBe('fail');
  });
});

describe('pages that cannot be read', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const folder = await serveFolder(join(stores, 'unread'));
    servers.push(folder);
    // the contact page fails on the server's side; everything else is the folder
    server = createServer((req, res) => {
      if (req.url === '/contact') return void res.writeHead(500).end('oops');
      void fetch(`${folder.url}${(req.url ?? '/').slice(1)}`).then(async (r) => res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'text/html' }).end(await r.text()));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return () => new Promise<void>((done) => server.close(() => done()));
  });

  it('a broken link fails its rules, a server error makes them errors, an empty page is broken', async () => {
    const { role, rule } = await audit(origin);
    expect(role('returns')).toMatchObject({ available: false, unread: 'broken', error: 'HTTP 404' });
    expect(rule('returns.policy')).toMatchObject({ status: 'fail', message: expect.stringContaining('broken') });
    expect(rule('returns.window')).toMatchObject({ status: 'fail', message: expect.stringMatching(/returns policy link is broken/u) });
    expect(role('contact')).toMatchObject({ available: false, unread: 'unreachable' });
    expect(rule('contact.page').status).toBe('error');
    expect(role('faq')).toMatchObject({ available: false, unread: 'broken', error: 'the page is empty' });
    expect(rule('faq.searchable').status).toBe('fail');
  });

  it('in a saved folder, a page that is not there leaves its rules not applicable', async () => {
    const { role, rule } = await audit(join(stores, 'unread'));
    expect(role('returns')).toMatchObject({ available: false, unread: 'not-read' });
    expect(rule('returns.window').status).toBe('na');
  });
});

describe('coverage', () => {
  it('is reported with a warning when the home page is built by script, and --min-coverage gates on it', async () => {
    const server = await serve('script-shell');
    const { report } = await audit(server.url);
    expect(report.coverage).toMatchObject({ rolesRead: 0, rolesLookedFor: 8 });
    expect(report.coverage?.warnings.join(' ')).toMatch(/built by script in the browser.*unreliable/u);
    expect(report.coverage?.warnings.join(' ')).toMatch(/could read only 0 of the 8/u);
    expect(report.coverage?.notScored.length).toBeGreaterThan(10);

    const run = await runCli([server.url, '--min-coverage', '50', '--fail-on', 'none', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).gate.reasons.join(' ')).toMatch(/could read 0 of the 8 kinds of page.*--min-coverage/u);
    const text = await runCli([server.url, '--fail-on', 'none']);
    expect(text.stdout).toMatch(/Coverage: 0 of 8 page roles read/u);
    expect(text.stdout.replace(/\s+/gu, ' ')).toMatch(/built by script in the browser/u);
  });
});

describe('country and language', () => {
  it('a store in a language careaudit does not read gets a warning, and its wording rules are not judged', async () => {
    const { report, rule, role } = await audit(join(stores, 'unread-language'));
    // the theme says lang="en" on every page; the text is Georgian
    expect(report.locale).toMatchObject({ language: 'ka', languageReason: expect.stringContaining('it declares "en"') });
    expect(report.coverage?.warnings.join(' ')).toMatch(/this store is in Georgian .*careaudit reads 28 languages but not this one, so rules that rest on wording .* are not judged/u);
    // the warning is in every format, SARIF's tool notifications included
    for (const format of ['text', 'markdown', 'html', 'junit', 'sarif'] as const) expect(FORMATTERS[format](report, { color: false })).toContain('this store is in Georgian');
    // the returns page says "14 days" in Georgian: not a failed window, but a window careaudit cannot read
    expect(role('returns')?.available).toBe(true);
    expect(rule('returns.window')).toMatchObject({ status: 'na', message: expect.stringContaining('the page is in Georgian, which careaudit does not read') });
    // no FAQ link found in words careaudit does not read is no proof there is none
    expect(rule('faq.present').status).toBe('na');
    // a phone number is a phone number in any language
    expect(rule('contact.phone-visible').status).toBe('pass');
    const english = await audit(join(stores, 'locale'));
    expect(english.report.coverage?.warnings.join(' ')).not.toMatch(/this store is in/u);
  });

  it('a theme’s lang="en" over Polish text is a Polish store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-pl-'));
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><body><h1>Ceramika z Bolesławca</h1><p>Wszystkie zamówienia wysyłamy w ciągu 24 godzin. Zwrot towaru jest możliwy w ciągu 30 dni od dnia dostawy, a pieniądze oddajemy na konto klienta.</p></body></html>',
    );
    const { report } = await audit(dir);
    expect(report.locale).toMatchObject({ language: 'pl', country: 'PL', languageReason: expect.stringContaining('text') });
  });

  it('are inferred from the home page and shown; --country overrides them', async () => {
    const server = await serve('locale');
    const inferred = await audit(server.url);
    expect(inferred.report.locale).toMatchObject({ country: 'GB', language: 'en', countryReason: expect.stringContaining('en-GB') });
    // a British store is judged by the UK's 14-day minimum, not as an American one
    expect(inferred.rule('returns.window').status).toBe('na');
    const snapshot = await acquireSite(options(server.url, { country: 'IE' }));
    expect(snapshot.locale).toMatchObject({ country: 'IE', countryReason: 'given with --country' });
    const text = await runCli([server.url, '--fail-on', 'none']);
    expect(text.stdout.replace(/\s+/gu, ' ')).toMatch(/Country: GB \(the home page's <html lang="en-GB">\) · language: en/u);
  });
});
