import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Agent } from 'undici';
import { EmailParseError } from '../acquire/email.js';
import { createAgent } from '../acquire/http.js';
import { isUrl, SiteUnreachableError, TargetError, type AcquireOptions, type PageOverride } from '../acquire/site.js';
import { auditSite } from '../audit.js';
import { reportFailure } from '../cli/failure.js';
import { EXIT, UsageError, type CliIO } from '../cli/io.js';
import { selectRules } from '../rules/select.js';
import { integer, parseFormats, type RawAuditOptions, type ReportFormat } from '../cli/options.js';
import { sameFile, writeProblem } from '../cli/write-file.js';
import { lockOutput, type OutputLock } from './lock.js';
import { redactDeep } from '../redact.js';
import { applyRuleOverrides, mergeOptions, type Settings } from '../config/apply-config.js';
import { checkRuleIds, findConfig, loadConfig, type Config } from '../config/load-config.js';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { loadRules } from '../rules/load.js';
import type { RuleSet } from '../rules/types.js';
import { BAND_LABEL } from '../format/helpers.js';
import { heapKeeper } from './heap.js';
import { ReportWriter } from './reports.js';
import { JsonlAppender, readDone, summaryOf, type BatchRecord, type SummaryRow } from './jsonl.js';
import { inShard, parseShard, type Shard } from './shard.js';
import { readSitesFile, type BatchSite } from './sites-file.js';

/**
 * `careaudit batch SITES` options as commander hands them over (strings, before validation). The batch's own:
 * --out, --resume, --shard, --concurrency (sites at once), --per-host; the rest are the audit options that
 * apply to every site (--email, --page and --country are defaults a site's YAML entry overrides).
 */
export interface RawBatchOptions {
  out?: string;
  /** Report formats written for every site to --output-dir (default html there). */
  format?: string;
  outputDir?: string;
  config?: string;
  resume?: boolean;
  shard?: string;
  /** Sites audited at once, overall (default 8). */
  concurrency?: string;
  /** Sites of one host audited at once (default 2). */
  perHost?: string;
  minScore?: string;
  failOn?: string;
  maxWarnings?: string;
  only?: string;
  skip?: string;
  rules?: string[];
  email?: string;
  page?: string[];
  country?: string;
  maxPages?: string;
  timeout?: string;
  ignoreRobots?: boolean;
  quiet?: boolean;
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
  /** The shared audit settings: flags, then the config file, validated as `careaudit <target>` validates them. */
  audit: BatchAuditSettings;
}

/** How an embedding program (or a test) stops a batch without a signal: aborting acts like Ctrl-C. */
export interface BatchControl {
  signal?: AbortSignal;
}

/** Requests in flight per site: the single audit's default, so a batch reads each site as `careaudit <target>` does. */
const REQUESTS_PER_SITE = 4;
const MAX_BYTES = 5 * 1024 * 1024;


/**
 * What every site of a batch shares. A config file's pages, email and request headers or cookies belong to
 * one store, so a batch never takes them from it: credentials meant for one site must not go to the others.
 */
export type BatchAuditSettings = Omit<Settings, 'headers'>;

const BATCH_ONLY_FLAGS = new Set(['out', 'config', 'resume', 'shard', 'concurrency', 'perHost', 'format', 'outputDir']);

export function parseBatchOptions(sitesFile: string, raw: RawBatchOptions, config?: Config, typed: ReadonlySet<string> = new Set(Object.keys(raw))): BatchOptions {
  if (!raw.out) throw new UsageError('--out FILE is required: batch writes one JSON line per site there', 'e.g. careaudit batch sites.txt --out results.jsonl');
  const flags = Object.fromEntries(Object.entries(raw).filter(([key]) => typed.has(key) && !BATCH_ONLY_FLAGS.has(key))) as Partial<RawAuditOptions>;
  const shared = config ? { ...config, pages: {}, checkoutFlow: undefined, request: { ...config.request, headers: {}, cookies: {} } } : undefined;
  const { headers: _none, ...audit } = mergeOptions(shared, { ...flags, format: 'json', concurrency: String(REQUESTS_PER_SITE) });
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


/**
 * Hands out sites in list order, skipping ahead past hosts that already have `perHost` audits running. Queues
 * are per host, so picking the next site costs at most one look per busy host, not a scan of the whole list.
 */
class HostScheduler {
  readonly #queues = new Map<string, { sites: BatchSite[]; next: number }>();
  readonly #active = new Map<string, number>();

  constructor(
    sites: BatchSite[],
    readonly hostOf: (site: BatchSite) => string,
    readonly perHost: number,
  ) {
    for (const site of sites) {
      const host = hostOf(site);
      const queue = this.#queues.get(host) ?? { sites: [], next: 0 };
      queue.sites.push(site);
      this.#queues.set(host, queue);
    }
  }

  take(): { site: BatchSite; host: string } | undefined {
    for (const [host, queue] of this.#queues) {
      const active = this.#active.get(host) ?? 0;
      if (active >= this.perHost) continue;
      const site = queue.sites[queue.next++]!;
      if (queue.next >= queue.sites.length) this.#queues.delete(host);
      this.#active.set(host, active + 1);
      return { site, host };
    }
    return undefined;
  }

  release(host: string): void {
    this.#active.set(host, (this.#active.get(host) ?? 1) - 1);
  }

  get waiting(): number {
    let n = 0;
    for (const queue of this.#queues.values()) n += queue.sites.length - queue.next;
    return n;
  }
}

const shortName = (site: BatchSite) => (site.id !== site.target ? site.id : site.target.replace(/^https?:\/\//i, '').replace(/\/$/, ''));

/** Audit one site; never throws: a site that cannot be audited becomes a `failed` record with the reason. */
async function auditOne(site: BatchSite, ruleSet: RuleSet, options: BatchOptions, siteDir: string, io: CliIO, agent: Agent): Promise<BatchRecord> {
  const local = (location: string) => (isUrl(location) ? location : resolve(siteDir, location)); // paths in the file are relative to it
  const { audit } = options;
  const pages: PageOverride[] = [
    ...audit.pages.filter((p) => !site.pages?.some((own) => own.role === p.role)),
    ...(site.pages ?? []).map((p) => ({ role: p.role, location: local(p.location) })),
  ];
  const acquire: AcquireOptions = {
    target: local(site.target),
    pages,
    email: site.email !== undefined ? local(site.email) : audit.email,
    country: site.country ?? audit.country,
    maxPages: audit.maxPages,
    userAgent: audit.userAgent,
    concurrency: REQUESTS_PER_SITE,
    timeoutMs: audit.timeoutMs,
    maxBytes: MAX_BYTES,
    ignoreRobots: audit.ignoreRobots,
    cwd: io.cwd,
    agent,
  };
  const failed = (exitCode: number, error: string): BatchRecord => ({
    id: site.id,
    target: site.target,
    status: 'failed',
    exitCode,
    score: null,
    band: null,
    gate: { passed: false, reasons: [`not audited: ${error}`] },
    error,
    finishedAt: new Date().toISOString(),
  });
  try {
    const report = await auditSite({
      acquire,
      ruleSet,
      gate: { minScore: audit.minScore, minCoverage: audit.minCoverage, failOn: audit.failOn, categoryMinimums: audit.categoryThresholds, maxWarnings: audit.maxWarnings },
    });
    report.target = site.target; // as the sites file says it, not the resolved path of this machine
    return {
      id: site.id,
      target: site.target,
      status: 'audited',
      exitCode: report.gate.passed ? EXIT.passed : EXIT.gateFailed,
      score: report.score,
      band: report.band,
      gate: report.gate,
      report,
      finishedAt: new Date().toISOString(),
    };
  } catch (error) {
    // the exit code `careaudit <target>` would give: a bad target or email is a usage error there
    if (error instanceof TargetError || error instanceof EmailParseError) return failed(EXIT.usage, error.message);
    if (error instanceof SiteUnreachableError) return failed(EXIT.unaudited, error.message);
    return failed(EXIT.unaudited, `internal error: ${(error as Error).message}`);
  }
}

function summaryTable(rows: SummaryRow[]): string {
  const order = (r: SummaryRow) => (r.status === 'failed' ? 2 : r.score === null ? 1 : 0);
  const sorted = [...rows].sort((a, b) => order(a) - order(b) || (b.score ?? 0) - (a.score ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cells = sorted.map((r) =>
    r.status === 'failed'
      ? ['–', '–', 'error', r.id, r.error ?? '']
      : [r.score === null ? 'n/a' : String(r.score), r.band ? BAND_LABEL.en[r.band] : '–', r.gatePassed ? 'passed' : 'failed', r.id, ''],
  );
  const header = ['score', 'band', 'gate', 'site', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => [c[0]!.padStart(widths[0]!), ...c.slice(1, 4).map((x, i) => x.padEnd(widths[i + 1]!)), c[4]!].join('  ').trimEnd();
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

function counts(rows: SummaryRow[]): string {
  const audited = rows.filter((r) => r.status === 'audited');
  const passed = audited.filter((r) => r.gatePassed).length;
  const failed = rows.length - audited.length;
  return `${rows.length} site(s): ${audited.length} audited (${passed} passed the gate, ${audited.length - passed} failed it), ${failed} could not be audited`;
}

/** 0 every site passed its gate; 3 no site could be audited; 1 otherwise (a gate failed, or some sites could not be audited). */
function exitCodeOf(rows: SummaryRow[]): number {
  if (!rows.length || rows.every((r) => r.status === 'audited' && r.gatePassed)) return EXIT.passed;
  if (rows.every((r) => r.status === 'failed')) return EXIT.unaudited;
  return EXIT.gateFailed;
}

function resumeCommand(options: BatchOptions): string {
  const quote = (s: string) => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return `careaudit batch ${quote(options.sitesFile)} --out ${quote(options.out)} --resume${options.shard ? ` --shard ${options.shard.index}/${options.shard.count}` : ''} (with the same options)`;
}

/** `careaudit batch SITES`: audit every site of the file (or of one shard of it), one JSONL record each. */
export async function runBatch(sitesFile: string, raw: RawBatchOptions, io: CliIO, control: BatchControl = {}, typed?: ReadonlySet<string>): Promise<number> {
  const log = (line: string) => io.stderr.write(`${line}\n`);
  let options: BatchOptions;
  let sites: BatchSite[];
  let ruleSet: RuleSet;
  let rows: Map<string, SummaryRow>;
  const outPath = () => resolve(io.cwd, options.out);
  let lock: OutputLock | undefined;
  try {
    const configPath = raw.config ? resolve(io.cwd, raw.config) : findConfig(io.cwd);
    const config = configPath ? await loadConfig(configPath, io.env, io.cwd) : undefined;
    options = parseBatchOptions(sitesFile, raw, config, typed);
    if (config && (Object.keys(config.request.headers).length || Object.keys(config.request.cookies).length || Object.keys(config.pages).length) && !options.audit.quiet) {
      log(`careaudit: ${config.file}: its pages, headers and cookies belong to one store and are not used by batch`);
    }
    const sitesPath = resolve(io.cwd, sitesFile);
    if (await sameFile(outPath(), sitesPath)) throw new UsageError(`--out ${options.out} is the sites file itself`, 'write the results to a .jsonl file of their own');
    const listed = await readSitesFile(sitesPath, sitesFile);
    sites = options.shard ? listed.filter((s) => inShard(s, options.shard!)) : listed;
    // the rules load once and every audit shares them: compiling checks per site would dominate a large batch
    let loaded = await loadRules([...(options.audit.builtinRules ? [BUILTIN_RULES_DIR] : []), ...options.audit.rules.map((dir) => resolve(io.cwd, dir))], io.cwd, {
      languages: options.audit.languages,
    });
    if (config) {
      const unknown = checkRuleIds(config, loaded.rules.map((r) => r.id), loaded.categories.map((c) => c.id));
      if (unknown) throw unknown;
      loaded = applyRuleOverrides(loaded, config);
    }
    ruleSet = selectRules(loaded, options.audit.only, options.audit.skip);
    lock = await lockOutput(outPath(), options.out);
    if (options.resume) {
      const done = await readDone(outPath(), options.out);
      if (done.dropped && !options.audit.quiet) log(`careaudit: removed an incomplete last line (${done.dropped} bytes) from ${options.out}; that site will be audited again`);
      if (done.duplicates.length && !options.audit.quiet) {
        const shown = done.duplicates.slice(0, 5).join(', ') + (done.duplicates.length > 5 ? ', …' : '');
        log(`careaudit: ${options.out} has more than one record of ${done.duplicates.length} site(s) (${shown}); the last record of each counts`);
      }
      const wanted = new Set(sites.map((s) => s.id));
      rows = new Map([...done.rows].filter(([id]) => wanted.has(id))); // records of other shards or lists stay in the file, out of this summary
    } else {
      const existing = await stat(outPath()).catch(() => undefined);
      if (existing && existing.size > 0) throw new UsageError(`${options.out} exists; use --resume to continue it or remove it`, 'batch never overwrites results; --resume audits only the sites not yet in the file');
      rows = new Map();
    }
  } catch (error) {
    await lock?.release();
    return reportFailure(error, io);
  }
  const held = lock;

  const total = sites.length;
  const todo = sites.filter((s) => !rows.has(s.id));
  const progressOn = !options.audit.quiet && Boolean(io.stderr.isTTY) && !io.env.CI;
  const siteDir = dirname(resolve(io.cwd, sitesFile));
  const hostOf = (site: BatchSite) => {
    if (isUrl(site.target)) {
      try {
        return new URL(site.target).host.toLowerCase();
      } catch {
        return site.target; // an invalid URL fails fast in its audit; it needs no host of its own
      }
    }
    return `file:${resolve(siteDir, site.target)}`; // each folder is a host of its own: nothing to be polite to
  };
  const scheduler = new HostScheduler(todo, hostOf, options.perHost);
  const shardText = options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : '';
  if (progressOn) log(`careaudit: auditing ${todo.length} of ${total} site(s)${shardText}${rows.size ? `, ${rows.size} already in ${options.out}` : ''}`);

  const keepHeapFlat = heapKeeper();
  // one keep-alive pool for every site: a new pool per site would cost a fresh set of sockets each time
  const agent = createAgent({ timeoutMs: options.audit.timeoutMs });
  let appender: JsonlAppender;
  let reports: ReportWriter | undefined;
  try {
    if (options.outputDir) reports = await ReportWriter.open(resolve(io.cwd, options.outputDir), options.formats, [...rows.values()]);
    appender = await JsonlAppender.open(outPath());
  } catch (error) {
    await held.release();
    await agent.destroy();
    return reportFailure(writeProblem(error, options.out) ?? new UsageError(`cannot write ${options.out}: ${(error as Error).message}`), io);
  }

  let interrupted: 'SIGINT' | 'SIGTERM' | undefined;
  let stopping = false;
  let abandoned = false;
  let writeError: Error | undefined;
  let active = 0;
  let finished = rows.size;
  let settle = () => {};
  const allSettled = new Promise<void>((done) => (settle = done));

  const pump = () => {
    while (!stopping && active < options.concurrency) {
      const job = scheduler.take();
      if (!job) break;
      active++;
      void auditOne(job.site, ruleSet, options, siteDir, io, agent)
        .then(async (result) => {
          const record = redactDeep(result); // its target as the sites file says it: without secrets in URLs
          if (abandoned) return; // the run has ended: a late result is not written, the site is audited again on resume
          try {
            // the reports first: a site in the JSONL file has its reports written
            if (reports && record.report) record.reportName = await reports.write(record.report, record.target);
            await appender.append(record);
          } catch (error) {
            writeError ??= error as Error;
            stopping = true;
            return;
          }
          rows.set(record.id, summaryOf(record));
          finished++;
          keepHeapFlat();
          if (progressOn) log(`[${finished}/${total}] ${shortName(job.site)} ${record.status === 'failed' ? `could not be audited: ${record.error}` : `${record.score ?? 'n/a'}${record.gate.passed ? '' : ' (gate failed)'}`}`);
        })
        .finally(() => {
          active--;
          scheduler.release(job.host);
          pump();
        });
    }
    if (active === 0) settle();
  };

  const stop = (signal: 'SIGINT' | 'SIGTERM') => {
    interrupted ??= signal;
    // SIGTERM (a runner shutting down, usually with a kill soon after) and a second Ctrl-C end at once
    if (stopping || signal === 'SIGTERM') {
      if (!abandoned && active > 0) log(`careaudit: abandoning ${active} audit(s) in flight; they will run again on resume`);
      abandoned = true;
      stopping = true;
      settle();
      return;
    }
    stopping = true;
    if (active > 0) log(`careaudit: interrupted; finishing the ${active} audit(s) in flight (Ctrl-C again to abandon them)`);
    pump();
  };
  const onSigint = () => stop('SIGINT');
  const onSigterm = () => stop('SIGTERM');
  const onAbort = () => stop('SIGINT');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  control.signal?.addEventListener('abort', onAbort);
  let viaProcessSignal = false;
  try {
    if (control.signal?.aborted) stop('SIGINT');
    pump();
    await allSettled;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    control.signal?.removeEventListener('abort', onAbort);
    viaProcessSignal = interrupted !== undefined && !control.signal?.aborted;
    await appender.close().catch((error: Error) => (writeError ??= error));
    await agent.destroy().catch(() => {}); // sockets of abandoned audits; nothing to report
    await held.release();
  }

  const summary = [...rows.values()];
  if (reports && !writeError) {
    const index = await reports.writeIndex(summary).catch((error: Error) => (writeError ??= error));
    if (typeof index === 'string' && !options.audit.quiet) log(`careaudit: reports of ${summary.filter((r) => r.reportName).length} site(s) and their index in ${index}`);
  }
  if (summary.length) io.stdout.write(`${summaryTable(summary)}\n`);
  io.stdout.write(`${counts(summary)}${shardText}; results in ${options.out}\n`);
  if (writeError) {
    log(`careaudit: cannot write ${options.out}: ${writeError.message}`);
    log(`careaudit: the results written so far are kept; after fixing this, resume with: ${resumeCommand(options)}`);
    return EXIT.unaudited;
  }
  if (interrupted) {
    log(`careaudit: stopped with ${total - rows.size} of ${total} site(s) not audited yet; resume with: ${resumeCommand(options)}`);
    const code = interrupted === 'SIGINT' ? 130 : 143;
    // abandoned audits still hold sockets and timers; after a real signal the process must end now, not when they time out
    if (abandoned && viaProcessSignal) setTimeout(() => process.exit(code), 200).unref();
    return code;
  }
  return exitCodeOf(summary);
}
