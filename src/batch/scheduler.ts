import { resolve } from 'node:path';
import { isUrl } from '../acquire/site.js';
import type { BatchSite } from './sites-file.js';

/**
 * The host a site counts against for --per-host: its URL's host, or for a local folder the folder itself (each is
 * a host of its own: nothing to be polite to). Local paths are relative to the sites file's folder.
 */
export function hostKey(site: BatchSite, siteDir: string): string {
  if (isUrl(site.target)) {
    try {
      return new URL(site.target).host.toLowerCase();
    } catch {
      return site.target; // an invalid URL fails fast in its audit; it needs no host of its own
    }
  }
  return `file:${resolve(siteDir, site.target)}`;
}

/**
 * Hands out sites in list order, skipping ahead past hosts that already have `perHost` audits running. Queues
 * are per host, so picking the next site costs at most one look per busy host, not a scan of the whole list.
 */
export class HostScheduler {

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
}
