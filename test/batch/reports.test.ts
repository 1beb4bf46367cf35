import { load } from 'cheerio';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { batch, records } from './run.js';

const examples = join(PACKAGE_ROOT, 'examples');

/** A sites file listing the three example stores (and, with `twice`, the weak one again under another id). */
async function sitesFile(twice = false): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careaudit-batch-reports-'));
  const entries = [
    `- target: ${join(examples, 'corner-shop')}\n  email: ${join(examples, 'corner-shop.eml')}`,
    `- target: ${join(examples, 'northwind-outfitters')}`,
    `- target: ${join(examples, 'sklep-rowerowy')}\n  country: PL`,
    ...(twice ? [`- id: corner-again\n  target: ${join(examples, 'corner-shop')}`] : []),
  ];
  await writeFile(join(dir, 'sites.yaml'), `${entries.join('\n')}\n`);
  return dir;
}

describe('careaudit batch --output-dir', () => {
  it("writes every store's reports, named after it, and an index sorted by score with the top fixes", async () => {
    const dir = await sitesFile();
    const run = await batch(dir, 'sites.yaml', { out: 'out.jsonl', format: 'html,json', outputDir: 'reports' });
    expect(run.code).toBe(1); // the weak store fails its gate
    expect((await readdir(join(dir, 'reports'))).sort()).toEqual(
      ['corner-shop', 'northwind-outfitters', 'sklep-rowerowy'].flatMap((n) => [`${n}.html`, `${n}.json`]).concat('index.html').sort(),
    );
    // the terminal table stays
    expect(run.stdout).toMatch(/^score +band +gate +site$/m);
    const lines = await records(join(dir, 'out.jsonl'));
    expect(new Set(lines.map((r) => r.reportName))).toEqual(new Set(['corner-shop', 'northwind-outfitters', 'sklep-rowerowy']));
    const $ = load(await readFile(join(dir, 'reports', 'index.html'), 'utf8'));
    const rows = $('table.stores tbody tr').toArray().map((tr) => $(tr));
    expect(rows.map((r) => r.find('.name').text())).toEqual(['Northwind Outfitters', 'Sklep rowerowy Szprycha', 'Corner Shop']);
    const scores = rows.map((r) => Number(r.find('td.score').text()));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows.map((r) => r.find('a').attr('href'))).toEqual(['northwind-outfitters.html', 'sklep-rowerowy.html', 'corner-shop.html']);
    const weak = rows[2]!;
    expect(weak.find('td').eq(2).text()).toBe('Poor');
    expect(weak.find('ol li')).toHaveLength(3);
    expect(weak.find('ol li').first().text()).toMatch(/^Show your customer-service number in the header or footer/);
    expect($('script').length).toBe(0);
  });

  it('gives a second store of the same name its own files, and keeps the names on --resume', async () => {
    const dir = await sitesFile(true);
    await batch(dir, 'sites.yaml', { out: 'out.jsonl', outputDir: 'reports', shard: '1/2' });
    await batch(dir, 'sites.yaml', { out: 'out.jsonl', outputDir: 'reports', resume: true });
    const files = (await readdir(join(dir, 'reports'))).sort();
    expect(files).toEqual(['corner-shop-2.html', 'corner-shop.html', 'index.html', 'northwind-outfitters.html', 'sklep-rowerowy.html']);
    const $ = load(await readFile(join(dir, 'reports', 'index.html'), 'utf8'));
    expect($('table.stores tbody tr')).toHaveLength(4);
  });

  it('--format without --output-dir is a usage error (exit 2)', async () => {
    const dir = await sitesFile();
    const run = await batch(dir, 'sites.yaml', { out: 'out.jsonl', format: 'html' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format html writes several reports: give --output-dir DIR/);
  });
});
