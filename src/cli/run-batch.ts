import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createAgent } from '../acquire/http.js';
import { heapKeeper } from '../batch/heap.js';
import { JsonlAppender, readDone, summaryOf, type SummaryRow } from '../batch/jsonl.js';
import { lockOutput, type OutputLock } from '../batch/lock.js';
import { ReportWriter } from '../batch/reports.js';
import { HostScheduler, hostKey } from '../batch/scheduler.js';
import { inShard } from '../batch/shard.js';
import { readSitesFile, type BatchSite } from '../batch/sites-file.js';
import { counts, summaryTable } from '../batch/summary.js';
import { redactDeep } from '../redact.js';
import type { RuleSet } from '../rules/types.js';
import { sameFile, writeProblem } from '../write-file.js';
import { loadRuleSet, openConfig } from './audit-session.js';
import { hasOneStoreSettings, parseBatchOptions, type BatchOptions, type RawBatchOptions } from './batch-options.js';
import { auditBatchSite } from './batch-site.js';
import { reportFailure } from './failure.js';
import { EXIT, type CliIO } from './io.js';
import { UsageError } from '../errors.js';

/** How an embedding program (or a test) stops a batch without a signal: aborting acts like Ctrl-C. */
export interface BatchControl {
  signal?: AbortSignal;
}

const shortName = (site: BatchSite) => (site.id !== site.target ? site.id : site.target.replace(/^https?:\/\//i, '').replace(/\/$/, ''));

/** 0 every site passed its gate; 3 no site could be audited; 1 otherwise (a gate failed, or some sites could not be audited). */
function batchExitCode(rows: SummaryRow[]): number {
  if (!rows.length || rows.every((r) => r.status === 'audited' && r.gatePassed)) return EXIT.passed;
  if (rows.every((r) => r.status === 'failed')) return EXIT.unaudited;
  return EXIT.gateFailed;
}

/** The command that continues this batch where it stopped. */
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
    const { config } = await openConfig(raw.config, io);
    options = parseBatchOptions(sitesFile, raw, config, typed);
    if (config && hasOneStoreSettings(config) && !options.audit.quiet) {
      log(`careaudit: ${config.file}: its pages, headers and cookies belong to one store and are not used by batch`);
    }
    const sitesPath = resolve(io.cwd, sitesFile);
    if (await sameFile(outPath(), sitesPath)) throw new UsageError(`--out ${options.out} is the sites file itself`, 'write the results to a .jsonl file of their own');
    const listed = await readSitesFile(sitesPath, sitesFile);
    sites = options.shard ? listed.filter((s) => inShard(s, options.shard!)) : listed;
    // the rules load once and every audit shares them: compiling checks per site would dominate a large batch
    ruleSet = await loadRuleSet(options.audit, config, io.cwd);
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
  const scheduler = new HostScheduler(todo, (site) => hostKey(site, siteDir), options.perHost);
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
      void auditBatchSite(job.site, ruleSet, options.audit, { siteDir, cwd: io.cwd, agent })
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
  return batchExitCode(summary);
}
