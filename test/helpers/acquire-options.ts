import type { AcquireOptions } from '../../src/acquire/site.js';

/** Acquisition settings for tests: the CLI's defaults, a short timeout, robots.txt obeyed. */
export function acquireOptions(target: string, extra: Partial<AcquireOptions> = {}): AcquireOptions {
  return {
    target,
    pages: [],
    maxPages: 20,
    concurrency: 4,
    timeoutMs: 3000,
    maxBytes: 5 * 1024 * 1024,
    ignoreRobots: false,
    userAgent: 'careaudit-test',
    ...extra,
  };
}
