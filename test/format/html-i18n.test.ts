import { load } from 'cheerio';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/format/html.js';
import { REPORT_LANGUAGES, reportLanguageOf, STRINGS } from '../../src/format/i18n.js';
import type { Report } from '../../src/report/report.js';
import { cli } from '../cli/run.js';
import { exampleReport } from './hostile.js';

const weak = await exampleReport('corner-shop');
const inLanguage = (language: string): Report => ({ ...weak, locale: { country: 'DE', countryReason: 'from --country', language, languageReason: "the pages' lang attribute" } });

describe('HTML report in the store’s language', () => {
  it.each(REPORT_LANGUAGES.filter((l) => l !== 'en'))('%s: headings, labels, verdicts and the comparison table in that language; rule text marked as English', (lang) => {
    const t = STRINGS[lang];
    const $ = load(formatHtml(inLanguage(lang), { gate: true }));
    expect($('html').attr('lang')).toBe(lang);
    expect($('.eyebrow').text()).toBe(t.eyebrow);
    expect($('.priorities h2').text()).toBe(t.whatToFix);
    expect($('.benchmarks h2').text()).toBe(t.howYouCompare);
    expect($('table.bench thead th').map((_, el) => $(el).text()).get()).toEqual([t.check, t.yourStore, t.benchmark]);
    expect($('table.cats thead th').first().text()).toBe(t.category);
    expect($('article[id="rule-checkout.guest"] .badge').text()).toBe(t.verdict.fail);
    expect($('.gate b').text()).toBe(`${t.gateTitle}: ${t.gateFailed}`);
    expect($('.coverage h2').text()).toBe(t.coverageTitle);
    expect($('.pagetable tbody th').first().text()).toBe(t.roles.home);
    // what the rule pack says stays English, and says so
    expect($('article[id="rule-checkout.guest"] h4 [lang="en"]').text()).toBe('Shoppers can buy without creating an account');
    expect($('.findings > p.lead').text()).toBe(t.englishNote);
    expect(t.englishNote).not.toBe('');
    // every word of the chrome is translated: no English label is left over
    for (const english of ['What to fix first', 'How you compare', 'Your store', 'Scores by category', 'Why it matters', 'How to fix']) expect($('body').text(), english).not.toContain(english);
  });

  it('every language has every string (and English marks nothing)', () => {
    const keys = Object.keys(STRINGS.en).sort();
    for (const lang of REPORT_LANGUAGES) expect(Object.keys(STRINGS[lang]).sort(), lang).toEqual(keys);
    const $ = load(formatHtml(weak));
    expect($('html').attr('lang')).toBe('en');
    expect($('[lang="en"]').length).toBe(1); // the document itself
  });

  it('takes the language from the store (de-AT → de; a language without a translation → English)', () => {
    expect(reportLanguageOf('de-AT')).toBe('de');
    expect(reportLanguageOf('pl')).toBe('pl');
    expect(reportLanguageOf('lt')).toBe('en');
    expect(reportLanguageOf(undefined)).toBe('en');
    expect(load(formatHtml(inLanguage('nl-BE')))('html').attr('lang')).toBe('nl');
  });

  it('--report-language chooses it; an unknown one is a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-lang-'));
    const out = join(dir, 'r.html');
    const run = await cli(['examples/corner-shop', '--format', 'html', '--output', out, '--report-language', 'pl', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    const $ = load(await readFile(out, 'utf8'));
    expect($('html').attr('lang')).toBe('pl');
    expect($('.priorities h2').text()).toBe('Co poprawić najpierw');
    expect($('.score .band-word').text()).toBe('Słaby');
    const bad = await cli(['examples/corner-shop', '--format', 'html', '--report-language', 'xx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--report-language must be one of en, de, fr, es, pl, it, nl/);
  });
});
