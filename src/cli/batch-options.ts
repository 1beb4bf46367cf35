import { parseShard, type Shard } from '../batch/shard.js';
import type { Config } from '../config/load-config.js';
import { mergeSettings, type Settings } from '../config/settings.js';
import type { ReportFormat } from '../format/format-names.js';

import { integer, parseAuditFlags, parseFormats, typedFlags, type RawAuditOptions } from './options.js';
import { UsageError } from '../errors.js';

/**
 * `careaudit batch SITES` options as commander hands them over (strings, before validation). The batch's own:
 * --out, --resume, --shard, --concurrency (sites at once), --per-host; the rest are the audit options that
 * apply to every site (--email, --page and --country are defaults a site's YAML entry overrides).
 */
export interface RawBatchOptions
  extends Pick<
    RawAuditOptions,
    'outputDir' | 'config' | 'minScore' | 'minCoverage' | 'failOn' | 'maxWarnings' | 'only' | 'skip' | 'rules' | 'email' | 'page' | 'country' | 'maxPages' | 'timeout' | 'ignoreRobots' | 'quiet'
  > {
  out?: string;
  /** Report formats written for every site to --output-dir (default html there). */
  format?: string;
  resume?: boolean;
  shard?: string;
  /** Sites audited at once, overall (default 8). */
  concurrency?: string;
  /** Sites of one host audited at once (default 2). */
  perHost?: string;
}

export const BATCH_DEFAULTS = { concurrency: '8', perHost: '2' } as const;

export interface BatchOptions {
  sitesFile: string;
  out: string;
  resume: boolean;
  shard?: Shard;
  concurrency: number;
  perHost: number;
  /** Where every site's reports (in `formats`) and an index.html of all of them are written. */
  outputDir?: string;
  formats: ReportFormat[];
  /**
   * The settings every site shares: flags, then the config file, validated as `careaudit <target>` validates them.
   * A config file's pages, email and request headers or cookies belong to one store, so a batch never takes them
   * from it: credentials meant for one site must not go to the others.
   */
  audit: Settings;
}

/** Requests in flight per site: the single audit's default, so a batch reads each site as `careaudit <target>` does. */
const REQUESTS_PER_SITE = 4;

/** The flags of the batch itself; --concurrency is sites at once, not requests per site. */
const BATCH_ONLY_FLAGS = new Set(['out', 'config', 'resume', 'shard', 'concurrency', 'perHost', 'format', 'outputDir']);

/** The config without what belongs to one store: its pages, checkout flow, headers and cookies. */
export const sharedConfig = (config: Config): Config => ({ ...config, pages: {}, checkoutFlow: undefined, request: { ...config.request, headers: {}, cookies: {} } });

/** Whether the config has settings of one store that a batch leaves out (said once, so nobody expects them used). */
export const hasOneStoreSettings = (config: Config): boolean =>
  Object.keys(config.request.headers).length > 0 || Object.keys(config.request.cookies).length > 0 || Object.keys(config.pages).length > 0;

export function parseBatchOptions(sitesFile: string, raw: RawBatchOptions, config?: Config, typed: ReadonlySet<string> = new Set(Object.keys(raw))): BatchOptions {
  if (!raw.out) throw new UsageError('--out FILE is required: batch writes one JSON line per site there', 'e.g. careaudit batch sites.txt --out results.jsonl');
  const flags = parseAuditFlags(typedFlags(raw, typed, BATCH_ONLY_FLAGS));
  const audit = mergeSettings(config && sharedConfig(config), { ...flags, concurrency: REQUESTS_PER_SITE });
  return {
    sitesFile,
    out: raw.out,
    resume: raw.resume ?? false,
    ...(raw.shard !== undefined ? { shard: parseShard(raw.shard) } : {}),
    concurrency: integer('--concurrency', raw.concurrency ?? BATCH_DEFAULTS.concurrency, 1, 256),
    perHost: integer('--per-host', raw.perHost ?? BATCH_DEFAULTS.perHost, 1, 64),
    ...(raw.outputDir !== undefined ? { outputDir: raw.outputDir } : {}),
    formats: raw.format === undefined ? (raw.outputDir === undefined ? [] : ['html']) : parseFormats(raw.format, raw.outputDir, true),
    audit,
  };
}
