import { resolve } from 'node:path';
import type { Agent } from 'undici';
import { isUrl, type PageOverride } from '../acquire/site.js';
import { auditSite } from '../audit.js';
import type { BatchRecord } from '../batch/jsonl.js';
import type { BatchSite } from '../batch/sites-file.js';
import type { Settings } from '../config/settings.js';
import type { RuleSet } from '../rules/types.js';
import { acquireOptions } from './audit-session.js';
import { exitCodeOf, isKnownFailure } from './failure.js';
import { EXIT } from './io.js';

/** Where a batch's site is read from: its sites file's folder, for relative paths, and the batch's keep-alive pool. */
export interface BatchSiteContext {
  siteDir: string;
  cwd: string;
  agent: Agent;
}

/**
 * Audit one site of a batch with the shared settings, its own entry of the sites file winning; never throws: a
 * site that cannot be audited becomes a `failed` record with the reason and the exit code `careaudit <target>` gives.
 */
export async function auditBatchSite(site: BatchSite, ruleSet: RuleSet, audit: Settings, { siteDir, cwd, agent }: BatchSiteContext): Promise<BatchRecord> {
  const local = (location: string) => (isUrl(location) ? location : resolve(siteDir, location)); // paths in the file are relative to it
  const pages: PageOverride[] = [
    ...audit.pages.filter((p) => !site.pages?.some((own) => own.role === p.role)),
    ...(site.pages ?? []).map((p) => ({ role: p.role, location: local(p.location) })),
  ];
  const acquire = acquireOptions(
    audit,
    { target: local(site.target), pages, email: site.email !== undefined ? local(site.email) : audit.email, country: site.country ?? audit.country, agent },
    cwd,
  );
  try {
    const report = await auditSite({ acquire, ruleSet, gate: audit.gate });
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
    const reason = isKnownFailure(error) ? error.message : `internal error: ${(error as Error).message}`;
    return {
      id: site.id,
      target: site.target,
      status: 'failed',
      exitCode: exitCodeOf(error),
      score: null,
      band: null,
      gate: { passed: false, reasons: [`not audited: ${reason}`] },
      error: reason,
      finishedAt: new Date().toISOString(),
    };
  }
}
