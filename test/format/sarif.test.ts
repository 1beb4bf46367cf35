import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatGithub } from '../../src/format/github.js';
import { readSources } from '../../src/cli/sources.js';
import { formatSarif } from '../../src/format/sarif.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { compareReports } from '../../src/report/compare.js';
import type { Report } from '../../src/report/report.js';
import { exampleReport, HOSTILE_URL, hostileReport } from './hostile.js';

const LEVELS: Record<string, string> = { error: 'error', warn: 'warning', info: 'note' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((at, key) => (isObject(at) ? at[key as string] : Array.isArray(at) ? at[key as number] : undefined), v);
const text = (v: unknown) => typeof v === 'string' && v.length > 0;

/**
 * The parts of SARIF 2.1.0 that GitHub code scanning reads, checked offline: every problem as a sentence,
 * so a failure says what is wrong. Not the full OASIS schema (that would need the network or a copy).
 */
function sarifProblems(log: unknown, report: Report): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(get(log, 'version') === '2.1.0', 'version is not "2.1.0"');
  need(/sarif-2\.1\.0/.test(String(get(log, '$schema'))), '$schema is not the SARIF 2.1.0 schema');
  const runs = get(log, 'runs');
  need(Array.isArray(runs) && runs.length === 1, 'runs is not one run');
  const driver = get(log, 'runs', 0, 'tool', 'driver');
  need(get(driver, 'name') === 'careaudit', 'tool.driver.name is not careaudit');
  need(get(driver, 'version') === report.tool.version, 'tool.driver.version is not the report version');
  need(/^https:\/\//.test(String(get(driver, 'informationUri'))), 'tool.driver.informationUri is not an https URL');
  const rules = get(driver, 'rules');
  if (!Array.isArray(rules)) return [...problems, 'tool.driver.rules is not an array'];
  need(JSON.stringify(rules.map((r) => get(r, 'id'))) === JSON.stringify(report.rules.map((r) => r.id)), 'rule ids differ from the report');
  rules.forEach((rule, i) => {
    const source = report.rules[i]!;
    need(/^[A-Za-z][A-Za-z0-9]*$/.test(String(get(rule, 'name'))), `rules[${i}].name is not an identifier`);
    for (const key of [['shortDescription', 'text'], ['fullDescription', 'text'], ['help', 'text'], ['help', 'markdown']]) need(text(get(rule, ...key)), `rules[${i}].${key.join('.')} is missing`);
    need(get(rule, 'defaultConfiguration', 'level') === LEVELS[source.severity], `rules[${i}] level does not follow severity ${source.severity}`);
    need(get(rule, 'properties', 'category') === source.category, `rules[${i}].properties.category is wrong`);
    need(get(rule, 'properties', 'benchmark') === source.benchmark, `rules[${i}].properties.benchmark is wrong`);
  });
  const results = get(log, 'runs', 0, 'results');
  if (!Array.isArray(results)) return [...problems, 'results is not an array'];
  need(results.length === report.rules.filter((r) => r.status === 'fail').length, 'not one result per failing rule');
  results.forEach((result, i) => {
    const index = get(result, 'ruleIndex');
    need(typeof index === 'number' && get(rules[index], 'id') === get(result, 'ruleId'), `results[${i}].ruleIndex does not point at its ruleId`);
    need(get(result, 'level') === get(rules[index as number], 'defaultConfiguration', 'level'), `results[${i}].level differs from its rule`);
    need(text(get(result, 'message', 'text')), `results[${i}].message.text is missing`);
    need(isObject(get(result, 'partialFingerprints')), `results[${i}] has no partialFingerprints`);
    const artifact = get(result, 'locations', 0, 'physicalLocation', 'artifactLocation');
    const uri = String(get(artifact, 'uri'));
    // a URI reference without spaces or raw specials; code scanning accepts only file: or relative ones
    need(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(uri), `results[${i}] uri "${uri}" is not a URI reference`);
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1];
    need(scheme === undefined || scheme === 'file', `results[${i}] uri has the scheme ${scheme}, which code scanning rejects`);
    need(scheme !== undefined || get(artifact, 'uriBaseId') === '%SRCROOT%' || !uri.includes(':'), `results[${i}] relative uri without %SRCROOT%`);
    need(get(result, 'locations', 0, 'physicalLocation', 'region', 'startLine') === 1, `results[${i}] has no region.startLine`);
  });
  return problems;
}

const parse = (report: Report, comparison?: ReturnType<typeof compareReports>) => JSON.parse(formatSarif(report, comparison ? { comparison } : {})) as unknown;
const resultOf = (log: unknown, ruleId: string) => (get(log, 'runs', 0, 'results') as unknown[]).find((r) => get(r, 'ruleId') === ruleId);
const uriOf = (log: unknown, ruleId: string) => get(resultOf(log, ruleId), 'locations', 0, 'physicalLocation', 'artifactLocation');

const weak = await exampleReport('corner-shop');
const strong = await exampleReport('northwind-outfitters');

describe('SARIF report', () => {
  it.each([
    ['corner-shop', weak],
    ['northwind-outfitters', strong],
  ])('of %s has the shape code scanning reads', (_, report) => {
    expect(sarifProblems(parse(report), report)).toEqual([]);
  });

  it('locates a result on the file its evidence came from, else the page of the role it looks at, else the home page', () => {
    const log = parse(weak);
    expect(uriOf(log, 'checkout.max-steps')).toEqual({ uri: 'examples/corner-shop/checkout/index.html', uriBaseId: '%SRCROOT%' });
    expect(uriOf(log, 'email.phone')).toEqual({ uri: 'examples/corner-shop.eml', uriBaseId: '%SRCROOT%' });
    expect(weak.rules.find((r) => r.id === 'contact.phone-visible')?.evidence).toEqual([]);
    expect(uriOf(log, 'contact.phone-visible')).toEqual({ uri: 'examples/corner-shop/index.html', uriBaseId: '%SRCROOT%' });
    expect(uriOf(log, 'checkout.costs-upfront')).toEqual({ uri: 'examples/corner-shop/cart/index.html', uriBaseId: '%SRCROOT%' });
    // no result points at the folder: every one names a page
    for (const result of get(log, 'runs', 0, 'results') as unknown[]) expect(String(get(result, 'locations', 0, 'physicalLocation', 'artifactLocation', 'uri'))).toMatch(/\.(html|eml)$/);
    expect(get(resultOf(log, 'checkout.max-steps'), 'message', 'text')).toMatch(/7 steps[\s\S]*Fix: Merge steps/);
  });

  it('gives the line of the evidence when the page was read from disk', async () => {
    const sources = await readSources(weak, PACKAGE_ROOT);
    const log = JSON.parse(formatSarif(weak, { sources })) as unknown;
    const lineOf = (id: string) => get(resultOf(log, id), 'locations', 0, 'physicalLocation', 'region', 'startLine') as number;
    const checkout = (await readFile(join(PACKAGE_ROOT, 'examples/corner-shop/checkout/index.html'), 'latin1')).split('\n');
    expect(checkout[lineOf('checkout.guest') - 1]).toMatch(/You must register/);
    expect(lineOf('checkout.max-steps')).toBeGreaterThan(1);
    expect(lineOf('contact.phone-visible')).toBe(1); // nothing found: the page, from its top
  });

  it('annotates every failing rule on GitHub with its file, and a line where one was found', async () => {
    const annotations = formatGithub(weak, { sources: await readSources(weak, PACKAGE_ROOT) }).trim().split('\n');
    const rules = annotations.filter((l) => !l.includes('careaudit gate'));
    expect(rules).toHaveLength(weak.summary.fail);
    for (const line of rules) expect(line).toMatch(/^::(error|warning|notice) title=careaudit [\w.-]+,file=examples\/corner-shop[^,:]*\.(html|eml)[,:]/);
    expect(annotations.find((l) => l.includes('checkout.guest'))).toMatch(/,file=examples\/corner-shop\/checkout\/index\.html,line=\d+::/);
    expect(annotations.find((l) => l.includes('contact.phone-visible'))).toMatch(/,file=examples\/corner-shop\/index\.html::/);
  });

  it('fingerprints results the same way on every run', async () => {
    const again = await exampleReport('corner-shop');
    const prints = (log: unknown) => new Map((get(log, 'runs', 0, 'results') as unknown[]).map((r) => [get(r, 'ruleId'), JSON.stringify(get(r, 'partialFingerprints'))]));
    const first = prints(parse(weak));
    const second = prints(parse(again));
    expect(first.size).toBeGreaterThan(0);
    for (const [id, print] of first) if (second.has(id)) expect(second.get(id), String(id)).toBe(print);
    const all = [...first.values()];
    expect(new Set(all).size).toBe(all.length);
  });

  it('marks results as new or unchanged against a baseline', () => {
    const log = parse(weak, compareReports(strong, weak));
    expect(get(resultOf(log, 'contact.phone-visible'), 'baselineState')).toBe('new');
    expect(get(parse(weak, compareReports(weak, weak)), 'runs', 0, 'results', 0, 'baselineState')).toBe('unchanged');
    expect(get(parse(weak), 'runs', 0, 'results', 0, 'baselineState')).toBeUndefined();
  });

  it('turns web addresses, absolute and Windows paths into URIs code scanning accepts', () => {
    const report = structuredClone(weak);
    const rule = report.rules.find((r) => r.id === 'checkout.max-steps')!;
    const located = (page: Report['pages'][number]) => {
      report.pages = [page];
      rule.evidence = [{ kind: 'x', page: page.path ?? page.url }];
      return uriOf(parse(report), rule.id);
    };
    expect(located({ url: 'http://localhost:8080/a b/c?q=1', roles: ['checkout'], status: 'ok' })).toEqual({ uri: 'localhost_8080/a%20b/c' });
    expect(located({ url: 'file:///srv/site/c.html', path: '/srv/site/c.html', roles: ['checkout'], status: 'ok' })).toEqual({ uri: 'file:///srv/site/c.html' });
    expect(located({ url: 'file:///x', path: 'site\\my shop\\#1.html', roles: ['checkout'], status: 'ok' })).toEqual({ uri: 'site/my%20shop/%231.html', uriBaseId: '%SRCROOT%' });
    expect(get(resultOf(parse(report), rule.id), 'properties', 'url')).toBeUndefined();
  });

  it('keeps a hostile report valid JSON with usable locations and no control characters', () => {
    const report = hostileReport();
    const raw = formatSarif(report);
    const log = JSON.parse(raw) as unknown;
    expect(sarifProblems(log, report)).toEqual([]);
    expect(uriOf(log, 'contact.hostile-fail')).toEqual({ uri: 'evil.example/contact' });
    expect(get(resultOf(log, 'contact.hostile-fail'), 'properties', 'url')).toBe(HOSTILE_URL);
    expect(raw).not.toMatch(/\\u000[0-8]|\\u001b|\\u007f|\\u202e|\\ud800/i);
    expect(JSON.stringify(log)).not.toMatch(/"uri":"javascript/);
  });

  it('(the structural check itself rejects what code scanning would)', () => {
    const log = parse(weak) as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'https://shop.example/a b';
    log.runs[0]!.results[1]!.level = 'warning2';
    expect(sarifProblems(log, weak)).toEqual([
      'results[0] uri "https://shop.example/a b" is not a URI reference',
      'results[0] uri has the scheme https, which code scanning rejects',
      'results[1].level differs from its rule',
    ]);
  });
});
