/** --render and --render auto, in the system's headless Chromium, on loopback fixture stores. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/acquire/render/browser.js';
import type { RenderMode } from '../../src/acquire/render/rendering-source.js';
import { auditSite } from '../../src/audit.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';
import { acquireOptions } from '../helpers/acquire-options.js';
import { serveFolder, type TestServer } from '../helpers/static-server.js';

const browserPath = findBrowser(process.env);
if (!browserPath) console.warn('render tests skipped: no Chromium, Chrome or Edge found (set CAREAUDIT_CHROMIUM)');

describe.skipIf(!browserPath)('rendering in the browser', { timeout: 60_000 }, () => {
  let browser: Browser;
  let ruleSet: RuleSet;
  let server: TestServer;
  beforeAll(async () => {
    [browser, ruleSet, server] = await Promise.all([launchBrowser(browserPath!), loadRules([BUILTIN_RULES_DIR]), serveFolder(join(PACKAGE_ROOT, 'test', 'fixtures', 'render', 'script-built'))]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  const audit = (target: string, mode?: RenderMode) =>
    auditSite({ ruleSet, gate: { failOn: 'none' }, acquire: acquireOptions(target, mode ? { render: { mode, browserPath, browser } } : {}) });
  const CONTACT_RULES = ['contact.phone-visible', 'contact.page', 'contact.email-or-form', 'contact.hours', 'contact.live-chat', 'faq.present', 'faq.searchable'];
  const verdicts = (report: Awaited<ReturnType<typeof audit>>) => Object.fromEntries(report.rules.filter((r) => CONTACT_RULES.includes(r.id)).map((r) => [r.id, r.status]));

  it('gives a store built by script the verdicts of the same store written as HTML', async () => {
    const [served, rendered, plain] = await Promise.all([audit(server.url), audit(server.url, 'on'), audit(`${server.url}plain.html`)]);
    expect(verdicts(plain)).toEqual(Object.fromEntries(CONTACT_RULES.map((id) => [id, 'pass'])));
    expect(verdicts(rendered)).toEqual(verdicts(plain));
    // as served, the shell has none of it, and says its verdicts are unreliable
    expect(verdicts(served)['contact.phone-visible']).toBe('fail');
    expect(served.coverage?.warnings.join(' ')).toMatch(/built by script.*--render/u);
    expect(rendered.coverage?.warnings.join(' ') ?? '').not.toMatch(/built by script/u);
  });

  it('with auto, renders only the pages served as shells and says why', async () => {
    const report = await audit(server.url, 'auto');
    const rendered = report.pages.filter((p) => p.rendered);
    expect(rendered.map((p) => new URL(p.url).pathname)).toEqual(['/']);
    expect(rendered[0]!.rendered!.reason).toMatch(/almost no text \(0 characters\) and an empty app root \(#app\)/u);
    expect(rendered[0]!.screenshot).toMatch(/^data:image\/jpeg;base64,/u);
    expect(report.rules.find((r) => r.id === 'contact.phone-visible')!.status).toBe('pass');
  });

  it('reads each page once, and sends no image request', async () => {
    server.requests.length = 0;
    await audit(server.url, 'on');
    const paths = server.requests.map((r) => r.path);
    expect(paths.filter((p) => p === '/')).toHaveLength(1);
    expect(paths).toContain('/app.js');
  });
});
