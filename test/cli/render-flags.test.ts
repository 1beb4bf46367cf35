import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/acquire/render/browser.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { cli } from './run.js';

const store = join(PACKAGE_ROOT, 'examples', 'northwind-outfitters');

describe('--render and --walk-checkout on the command line', { timeout: 30_000 }, () => {
  it('without a browser, exit 2 and say how to install one', async () => {
    const run = await cli(['http://127.0.0.1:9/', '--render'], { env: { CAREAUDIT_CHROMIUM: '/nonexistent/chromium' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--render needs Chromium, Chrome or Edge.*CAREAUDIT_CHROMIUM=\/nonexistent\/chromium is not an executable.*apt-get install chromium/su);
  });

  it('--render takes on, auto or off', async () => {
    const run = await cli([store, '--render', 'sometimes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--render takes on, auto or off (got "sometimes")');
  });

  it('finds the browser CAREAUDIT_CHROMIUM names, else the usual paths', () => {
    const exists = (path: string) => path === '/opt/chrome' || path === '/usr/bin/google-chrome';
    expect(findBrowser({ CAREAUDIT_CHROMIUM: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(findBrowser({}, exists)).toBe('/usr/bin/google-chrome');
    expect(findBrowser({}, () => false)).toBeUndefined();
  });

  it('--walk-checkout walks a live store only', async () => {
    const browser = findBrowser(process.env);
    const run = await cli([store, '--walk-checkout'], { env: browser ? { CAREAUDIT_CHROMIUM: browser } : {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(browser ? /--walk-checkout walks a live store: give its http\(s\) URL/u : /needs Chromium/u);
  });
});
