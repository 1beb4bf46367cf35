import { describe, expect, it } from 'vitest';
import { SiteContext } from '../../src/view/site-context.js';
import { compileCheck } from '../../src/rules/compile-check.js';
import { snapshotOf } from '../helpers/snapshot.js';

const check = compileCheck({ 'page-found': { role: 'faq' } }, []);

describe('page-found', () => {
  it('passes when the role was found, with the reason as evidence', () => {
    const site = new SiteContext(snapshotOf({ home: '<p>home</p>', faq: '<p>faq</p>' }));
    const result = check(site.pagesWithRole('home')[0]!, site);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ kind: 'FAQ / help centre found', text: 'test fixture' });
  });

  it('passes on a link whose page could not be read, and says so', () => {
    const snapshot = snapshotOf({ home: '<p>home</p>' });
    snapshot.roles.push({ role: 'faq', url: 'https://shop.example/faq', source: 'link', reason: 'link text "FAQ"', available: false, error: 'HTTP 404' });
    const site = new SiteContext(snapshot);
    const result = check(site.pagesWithRole('home')[0]!, site);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]?.kind).toContain('could not be read (HTTP 404)');
  });

  it('fails when no page of the role was found', () => {
    const site = new SiteContext(snapshotOf({ home: '<p>home</p>' }));
    expect(check(site.pagesWithRole('home')[0]!, site).status).toBe('fail');
  });
});
