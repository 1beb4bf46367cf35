import type { Report, ReportRule } from '../../src/report/report.js';
import { cli } from '../cli/run.js';

/** What a hostile store could put in its pages and emails, and so in evidence, messages and URLs. */
export const PAYLOADS = {
  script: '<script>window.__pwned = 1; alert(1)</script>',
  img: '"><img src=x onerror="window.__pwned = 1; alert(1)">',
  mdLink: '[click me](javascript:window.__pwned=1)',
  table: '| a | b |\n|---|---|',
  backticks: '``` `code` ```',
  cdata: ']]> <![CDATA[ x ]]>',
  control: 'bell\u0007 nul\u0000 esc\u001b[31m rlo\u202Egnp.exe lone\uD800 end',
  mention: '@octocat please look',
  style: '</style><style>body{background:url(https://evil.example/x.png)}</style>',
  svg: '<svg onload="window.__pwned=1"></svg>',
} as const;

export const HOSTILE_URL = 'https://evil.example/contact?q="><script>window.__pwned=1</script>&x=<img src=x onerror=alert(1)>';
export const JAVASCRIPT_URL = 'javascript:window.__pwned=1';

const ALL = Object.values(PAYLOADS).join(' ');

function rule(id: string, category: string, status: ReportRule['status'], severity: ReportRule['severity']): ReportRule {
  return {
    id,
    category,
    title: `${id} title ${PAYLOADS.script}`,
    status,
    severity,
    weight: 2,
    message: `${status} because ${PAYLOADS.mdLink} ${PAYLOADS.img} ${PAYLOADS.table} ${PAYLOADS.mention}`,
    evidence: [
      { page: HOSTILE_URL, kind: `link text ${PAYLOADS.script}`, text: ALL, selector: `a[href="${PAYLOADS.img}"]` },
      { page: JAVASCRIPT_URL, kind: 'text', text: `${PAYLOADS.backticks} ${PAYLOADS.cdata} ${PAYLOADS.control}`, value: PAYLOADS.svg },
      { page: 'site/contact/index.html', kind: 'phone', value: 42 },
    ],
    description: `why ${PAYLOADS.style}`,
    fix: `fix ${PAYLOADS.mdLink} ${PAYLOADS.cdata}`,
    benchmark: `benchmark ${PAYLOADS.table}`,
  };
}

/** A report whose every page-derived string is an attack; structurally valid, one rule of each outcome. */
export function hostileReport(): Report {
  const rules = [
    rule('contact.hostile-fail', 'contact', 'fail', 'error'),
    rule('contact.hostile-pass', 'contact', 'pass', 'warn'),
    rule('returns.hostile-na', 'returns', 'na', 'info'),
    rule('returns.hostile-manual', 'returns', 'manual', 'info'),
    rule('email.hostile-error', 'order-email', 'error', 'warn'),
    rule('email.hostile-fail', 'order-email', 'fail', 'warn'),
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'careaudit', version: '0.1.0' },
    target: `https://evil.example/${PAYLOADS.script}`,
    startedAt: '2026-01-02T03:04:05.000Z',
    durationMs: 1234,
    score: 50,
    band: 'needs-improvement',
    categories: [
      { id: 'contact', title: `Contact ${PAYLOADS.img}`, score: 50, band: 'needs-improvement' },
      { id: 'returns', title: 'Returns', score: null, band: null },
      { id: 'order-email', title: 'Order email', score: 0, band: 'poor' },
    ],
    rules,
    pages: [
      { url: HOSTILE_URL, roles: ['home', 'contact'], status: 'ok' },
      { url: JAVASCRIPT_URL, roles: ['faq'], status: 'failed', error: `timeout ${PAYLOADS.script}` },
      { url: 'file:///tmp/order.eml', path: 'mail/order "1".eml', roles: ['email'], status: 'ok' },
    ],
    roles: [
      { role: 'home', url: HOSTILE_URL, source: 'target', reason: `the target ${PAYLOADS.table}`, available: true },
      { role: 'faq', url: JAVASCRIPT_URL, source: 'link', reason: `link text ${PAYLOADS.img}`, available: false, error: PAYLOADS.script },
      { role: 'email', url: 'file:///tmp/order.eml', path: 'mail/order "1".eml', source: 'flag', reason: 'given with --email', available: true },
    ],
    missingRoles: ['checkout'],
    summary: { pass: 1, fail: 2, na: 1, manual: 1, error: 1 },
    gate: { passed: false, reasons: [`1 rule(s) failed: ${PAYLOADS.script}`] },
  };
}

/** The JSON report of a bundled example store, audited in-process as a user would. */
export async function exampleReport(store: 'corner-shop' | 'northwind-outfitters'): Promise<Report> {
  const run = await cli([`examples/${store}`, '--email', `examples/${store}.eml`, '--format', 'json']);
  return JSON.parse(run.stdout) as Report;
}
