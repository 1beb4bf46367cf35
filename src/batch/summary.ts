import { BAND_LABEL } from '../format/helpers.js';
import { indexOrder } from './index-page.js';
import type { SummaryRow } from './jsonl.js';

/** The sites of a batch as a table: audited sites by score, then those without one, then those not audited. */
export function summaryTable(rows: SummaryRow[]): string {
  const cells = indexOrder(rows).map((r) =>
    r.status === 'failed'
      ? ['–', '–', 'error', r.id, r.error ?? '']
      : [r.score === null ? 'n/a' : String(r.score), r.band ? BAND_LABEL.en[r.band] : '–', r.gatePassed ? 'passed' : 'failed', r.id, ''],
  );
  const header = ['score', 'band', 'gate', 'site', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => [c[0]!.padStart(widths[0]!), ...c.slice(1, 4).map((x, i) => x.padEnd(widths[i + 1]!)), c[4]!].join('  ').trimEnd();
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

/** How many sites were audited, passed and failed the gate, or could not be audited. */
export function counts(rows: SummaryRow[]): string {
  const audited = rows.filter((r) => r.status === 'audited');
  const passed = audited.filter((r) => r.gatePassed).length;
  const failed = rows.length - audited.length;
  return `${rows.length} site(s): ${audited.length} audited (${passed} passed the gate, ${audited.length - passed} failed it), ${failed} could not be audited`;
}
