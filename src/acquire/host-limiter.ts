/** Waiters for a slot per origin; a released slot is handed straight to the next waiter. */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> }>();
  constructor(private readonly limit: number) {}

  async acquire(origin: string): Promise<() => void> {
    let host = this.hosts.get(origin);
    if (!host) {
      host = { active: 0, waiting: [] };
      this.hosts.set(origin, host);
    }
    const h = host;
    if (h.active < this.limit) {
      h.active++;
    } else {
      await new Promise<void>((resolve, reject) => h.waiting.push({ resolve, reject }));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = h.waiting.shift();
      if (next) return next.resolve();
      h.active--;
      if (h.active === 0 && this.hosts.get(origin) === h) this.hosts.delete(origin);
    };
  }

  rejectAll(err: Error): void {
    for (const h of this.hosts.values()) {
      for (const w of h.waiting.splice(0)) w.reject(err);
    }
  }
}
