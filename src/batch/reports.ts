import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatBatchIndex } from './index-page.js';
import type { ReportFormat } from '../format/format-names.js';
import { FILE_EXTENSIONS, FORMATTERS } from '../format/index.js';
import type { Report } from '../report/report.js';
import { siteSlug } from '../report/site-slug.js';
import { writeFileAtomic } from '../write-file.js';
import type { SummaryRow } from './jsonl.js';

/**
 * Writes each audited site's reports to a batch's --output-dir, named after the store (a second store of the
 * same name gets `-2`), and at the end an index.html of them all. Names taken by an earlier, resumed run stay
 * taken, so resuming never overwrites another store's reports.
 */
export class ReportWriter {
  readonly #taken: Set<string>;

  private constructor(
    readonly dir: string,
    readonly formats: ReportFormat[],
    taken: Iterable<string>,
  ) {
    this.#taken = new Set(taken);
  }

  static async open(dir: string, formats: ReportFormat[], done: SummaryRow[]): Promise<ReportWriter> {
    await mkdir(dir, { recursive: true });
    return new ReportWriter(dir, formats, done.flatMap((r) => (r.reportName ? [r.reportName] : [])));
  }

  /** Write a site's reports; the name they were written under. */
  async write(report: Report, target: string): Promise<string> {
    const base = siteSlug(target, report.site);
    let name = base;
    for (let n = 2; this.#taken.has(name) || name === 'index'; n++) name = `${base}-${n}`;
    this.#taken.add(name); // taken before the first await: audits finishing together never pick the same name
    for (const format of this.formats) {
      await writeFileAtomic(join(this.dir, `${name}.${FILE_EXTENSIONS[format]}`), FORMATTERS[format](report, { color: false }));
    }
    return name;
  }

  /** index.html, linking each store to its HTML report (else its first format); the file written. */
  async writeIndex(rows: SummaryRow[]): Promise<string> {
    const file = join(this.dir, 'index.html');
    const format = this.formats.includes('html') ? 'html' : this.formats[0]!;
    await writeFileAtomic(file, formatBatchIndex(rows, { extension: FILE_EXTENSIONS[format], generatedAt: new Date() }));
    return file;
  }
}
