// Benchmark-only helpers: medians, timed child processes with peak-RSS polling, the loopback server child.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = fileURLToPath(new URL('./server.mjs', import.meta.url));
const PRELOAD = fileURLToPath(new URL('./usage-preload.cjs', import.meta.url));
const USAGE_DIR = mkdtempSync(join(tmpdir(), 'careaudit-bench-usage-'));
process.on('exit', () => rmSync(USAGE_DIR, { recursive: true, force: true }));
let usageSeq = 0;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A stable environment for the CLI: no colour, no spinner, nothing inherited that changes Node's behaviour. */
export const CLI_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', NO_COLOR: '1', CI: '1' };

function peakRssKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined; // exited between polls, or no /proc
  }
}

/**
 * Memory of a process and all its descendants (a browser's renderer and GPU processes), in kB: the sum of their
 * proportional set sizes, so pages the processes share are counted once, not once per process.
 */
function treeRssKb(root) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited while listed
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    try {
      total += Number(/Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited between the listing and the read
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total || undefined;
}

/**
 * Run `node ...args` and time it from spawn to exit. With `rss`, polls VmHWM (the kernel's own peak resident
 * set size, so nothing between polls is missed except the last ≤20 ms) of the process every 20 ms. The process's
 * own CPU time (user+sys) and getrusage peak RSS come back too, through a tiny --require preload.
 */
export function runNode(args, { cwd = ROOT, env = CLI_ENV, rss = false, treeRss = false, nodeArgs = [] } = {}) {
  return new Promise((done, fail) => {
    const usageFile = join(USAGE_DIR, `${usageSeq++}.json`);
    const started = performance.now();
    const child = spawn(process.execPath, ['--require', PRELOAD, ...nodeArgs, ...args], { cwd, env: { ...env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let peak;
    // treeRss: the process and its children (a browser) together, sampled, so short peaks can be missed
    const poll = rss || treeRss
      ? setInterval(() => {
          const kb = treeRss ? treeRssKb(child.pid) : peakRssKb(child.pid);
          if (kb !== undefined) peak = Math.max(peak ?? 0, kb);
        }, 20)
      : undefined;
    child.on('error', (e) => {
      clearInterval(poll);
      fail(e);
    });
    child.on('exit', (code, signal) => {
      const ms = performance.now() - started;
      clearInterval(poll);
      child.on('close', () => {
        let usage = {};
        try {
          usage = JSON.parse(readFileSync(usageFile, 'utf8'));
          rmSync(usageFile, { force: true });
        } catch {
          // killed by a signal: no usage written
        }
        const peakRssKb = Math.max(peak ?? 0, usage.maxRssKb ?? 0) || undefined;
        done({ ms, cpuMs: usage.cpuMs, code, signal, peakRssKb, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
      });
    });
  });
}

/** Start the loopback server child (see server.mjs); resolves with its ports and a stop function. */
export function startServer(args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SERVER, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`the bench server exited early (code ${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const { ports } = JSON.parse(line);
      done({
        ports,
        stop: () =>
          new Promise((stopped) => {
            child.removeAllListeners('exit');
            child.once('exit', () => stopped());
            child.stdin.end();
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
          }),
      });
    });
  });
}
