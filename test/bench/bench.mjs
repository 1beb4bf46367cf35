// `npm run bench`: careaudit's performance report. Never part of `npm test`; loopback servers and local files only.
//
//   node --expose-gc test/bench/bench.mjs [--quick] [--json FILE] [--only engine,e2e,startup,batch,hostile] [--rule-detail]
//                                         [--concurrency N] [--per-host N] [--ports N] [--sites 100,1000]
//
// Imports the BUILT code (dist/): run `npm run build` first (the npm script does). Prints a table of medians with
// the targets of the issue, then the machine. Always exits 0 when it could measure: a missed target is a finding.
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { load as cheerioLoad } from 'cheerio';
import { CLI_ENV, ROOT, median, runNode, startServer } from './measure.mjs';
import { engineCorpus } from './pages.mjs';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const QUICK = flag('--quick');
const JSON_OUT = value('--json');
const ONLY = new Set(value('--only', 'engine,e2e,startup,batch,hostile').split(','));
const CONCURRENCY = Number(value('--concurrency', '16'));
const PER_HOST = Number(value('--per-host', '2'));
const PORTS = Number(value('--ports', '8'));
const SITE_COUNTS = value('--sites', '100,1000').split(',').map(Number);
const REPS = QUICK ? 3 : 7;
const PROC_REPS = QUICK ? 3 : 9;
const BATCH_REPS = (n) => (QUICK ? 1 : n >= 1000 ? 2 : 3);

const dist = (file) => import(pathToFileURL(join(ROOT, 'dist', file)).href);
const gc = globalThis.gc ?? (() => {});
const log = (s) => process.stderr.write(`${s}\n`);

/**
 * rows of the table: { id, label, unit, runs: number[], median, cpuRuns?, cpuMedian?, target?: { op, value, text } }.
 * cpuRuns: the same figure computed from CPU time instead of wall time (less sensitive to a busy machine).
 * The verdict is on the wall-time median, as the issue states its targets.
 */
const rows = [];
const extra = {};
function row(id, label, unit, runs, target, cpuRuns) {
  const r = { id, label, unit, runs, median: median(runs), ...(cpuRuns?.length ? { cpuRuns, cpuMedian: median(cpuRuns) } : {}), ...(target ? { target } : {}) };
  if (target) r.verdict = (target.op === '<=' ? r.median <= target.value : r.median >= target.value) ? 'met' : 'missed';
  rows.push(r);
  return r;
}

// ---------------------------------------------------------------- 1. engine
async function benchEngine() {
  const { loadRules } = await dist('rules/load.js');
  const { evaluate } = await dist('rules/evaluate.js');
  const { parseHtml } = await dist('page/parse.js');
  const { parsePage } = await dist('view/page-data.js');
  const { PageView } = await dist('view/page-view.js');
  const { BUILTIN_RULES_DIR } = await dist('paths.js');
  const { rules } = await loadRules([BUILTIN_RULES_DIR]);
  const corpus = engineCorpus();
  const pages = corpus.flatMap((s) => s.pages);
  const bytes = pages.reduce((a, p) => a + Buffer.byteLength(p.html), 0);
  log(`engine: ${rules.length} rules, ${corpus.length} stores, ${pages.length} pages, ${(bytes / 1048576).toFixed(1)} MB (${Math.round(Math.min(...pages.map((p) => Buffer.byteLength(p.html))) / 1024)}–${Math.round(Math.max(...pages.map((p) => Buffer.byteLength(p.html))) / 1024)} KB each)`);

  // the snapshot as acquisition builds it; fresh Page objects each time, since parsing is cached per Page object
  const snapshotOf = (site) => ({
    target: site.pages[0].url,
    kind: 'url',
    pages: site.pages.map((p) => ({ url: p.url, roles: [p.role], status: 'ok', httpStatus: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, html: p.html, charset: 'utf-8', charsetSource: 'header' })),
    roles: site.pages.map((p) => ({ role: p.role, url: p.url, source: p.role === 'home' ? 'target' : 'link', reason: 'bench', available: true })),
    missingRoles: ['order-tracking'],
  });

  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  /** wall ms per run, with .cpu: CPU ms per run (this process, all threads: GC helpers included) */
  const timed = (fn) => {
    fn(); // warm-up: JIT, regex compilation, lazy module state
    const runs = [];
    runs.cpu = [];
    for (let i = 0; i < REPS; i++) {
      gc();
      const c = cpuNow();
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
      runs.cpu.push(cpuNow() - c);
    }
    return runs;
  };
  const timedTogether = (fns) => {
    const out = {};
    for (const [name, fn] of Object.entries(fns)) {
      fn(); // warm-up
      out[name] = Object.assign([], { cpu: [] });
    }
    for (let i = 0; i < REPS; i++) {
      for (const [name, fn] of Object.entries(fns)) {
        gc();
        const c = cpuNow();
        const t = performance.now();
        fn();
        out[name].push(performance.now() - t);
        out[name].cpu.push(cpuNow() - c);
      }
    }
    return out;
  };
  const perSecond = (runs) => runs.map((ms) => (pages.length * 1000) / ms);
  const ratio = (a, b) => a.map((ms, i) => ms / b[i]);

  let outcomes;
  // the rules' own share: pages parsed beforehand (the parse cache), fresh SiteContext/PageView each run
  const preParsed = corpus.map(snapshotOf);
  for (const s of preParsed) for (const p of s.pages) parsePage(p);
  // the four measurements take turns within each repetition, so a ratio compares runs of the same moment
  // (on a shared machine the load changes from one second to the next)
  const { full, parse, cheerio, rulesOnly } = timedTogether({
    full: () => {
      const counts = {};
      for (const site of corpus) for (const r of evaluate(rules, snapshotOf(site))) counts[r.status] = (counts[r.status] ?? 0) + 1;
      outcomes = counts;
    },
    parse: () => {
      for (const p of pages) parseHtml(p.html);
    },
    cheerio: () => {
      for (const p of pages) cheerioLoad(p.html);
    },
    rulesOnly: () => {
      for (const s of preParsed) evaluate(rules, s);
    },
  });

  row('engine.full', 'engine: rules+parse (full pack)', 'pages/s', perSecond(full), undefined, perSecond(full.cpu));
  row('engine.parseHtml', 'engine: parse only, parseHtml (htmlparser2)', 'pages/s', perSecond(parse), undefined, perSecond(parse.cpu));
  row('engine.cheerio', 'engine: parse only, cheerio.load (parse5)', 'pages/s', perSecond(cheerio), undefined, perSecond(cheerio.cpu));
  row('engine.rulesOnly', 'engine: rules only (pages pre-parsed)', 'pages/s', perSecond(rulesOnly), undefined, perSecond(rulesOnly.cpu));
  row('engine.ratio.parseHtml', 'engine: (rules+parse) / parseHtml', '×', ratio(full, parse), { op: '<=', value: 1.5, text: '≤ 1.5' }, ratio(full.cpu, parse.cpu));
  row('engine.ratio.cheerio', 'engine: (rules+parse) / cheerio.load', '×', ratio(full, cheerio), { op: '<=', value: 1.5, text: '≤ 1.5' }, ratio(full.cpu, cheerio.cpu));
  extra.engine = { rules: rules.length, stores: corpus.length, pages: pages.length, megabytes: +(bytes / 1048576).toFixed(2), outcomes };

  // where the rules' time goes: each PageView view computed alone on pre-parsed pages (ms over the whole corpus, mean)
  const views = ['visibleText', 'links', 'structuredData', 'scripts', 'phones'];
  const breakdown = {};
  for (const view of views) {
    timed(() => {
        for (const s of preParsed) for (const original of s.pages) {
          // a new page, parsed before the clock starts: every view is memoised per page, so a page seen before costs nothing
          const p = { ...original };
          parsePage(p);
          const v = new PageView(p, s.country);
          if (view === 'phones') void (v.visibleText, v.links, v.structuredData); // its inputs, so only its own cost counts below
          const t = performance.now();
          void v[view];
          breakdown[view] = (breakdown[view] ?? 0) + performance.now() - t;
        }
    });
  }
  // --rule-detail: each rule alone, its pages' views computed beforehand, so a rule's figure is its own check only
  if (flag('--rule-detail')) {
    const { SiteContext } = await dist('view/site-context.js');
    const { evaluateRule } = await dist('rules/evaluate.js');
    const contexts = preParsed.map((s) => {
      const site = new SiteContext(s);
      for (const v of site.sitePages()) void (v.visibleText, v.links, v.structuredData, v.scripts, v.phones);
      return site;
    });
    const perRule = rules.map((rule) => {
      const runs = timed(() => {
        for (const site of contexts) evaluateRule(rule, site);
      });
      return [rule.id, median(runs)];
    });
    perRule.sort((x, y) => y[1] - x[1]);
    extra.engine = { ...extra.engine, ruleMsPerCorpus: Object.fromEntries(perRule.map(([id, ms]) => [id, +ms.toFixed(1)])) };
    log(`rules by own time over the corpus (views precomputed), ms: ${perRule.slice(0, 12).map(([id, ms]) => `${id} ${ms.toFixed(1)}`).join(', ')}; all ${perRule.reduce((a, [, ms]) => a + ms, 0).toFixed(0)}`);
  }
  const viewMs = Object.fromEntries(views.map((v) => [v, +(breakdown[v] / (REPS + 1)).toFixed(1)])); // mean over the runs
  extra.engine.viewMsPerCorpus = viewMs;
  extra.engine.msPerCorpus = { full: +median(full).toFixed(1), parseHtml: +median(parse).toFixed(1), cheerio: +median(cheerio).toFixed(1), rulesOnly: +median(rulesOnly).toFixed(1) };
}

// ---------------------------------------------------------------- 2./3. processes
const CLI = join(ROOT, 'bin/careaudit.js');
const STRONG = 'examples/northwind-outfitters';
const STRONG_EMAIL = 'examples/northwind-outfitters.eml';

/** wall ms per run, with .cpu: the process's CPU ms per run. `bare`: run `node ...args` instead of the CLI. */
async function timedCli(args, reps, check, bare = false) {
  const argv = bare ? args : [CLI, ...args];
  const first = await runNode(argv); // warm-up (disk cache): not counted
  check?.(first);
  const runs = [];
  runs.cpu = [];
  for (let i = 0; i < reps; i++) {
    const r = await runNode(argv);
    check?.(r);
    runs.push(r.ms);
    if (r.cpuMs !== undefined) runs.cpu.push(r.cpuMs);
  }
  return runs;
}
const cliRow = (id, label, runs, target) => row(id, label, 'ms', runs, target, runs.cpu);

const auditOk = (what) => (r) => {
  if (r.code !== 0 && r.code !== 1) throw new Error(`${what}: careaudit exited ${r.code}: ${r.stderr.slice(0, 500)}`);
};

async function benchE2e() {
  const server = await startServer(['folder', join(ROOT, STRONG)]);
  try {
    const url = `http://127.0.0.1:${server.ports[0]}/`;
    const probe = await runNode([CLI, url, '--email', STRONG_EMAIL, '--quiet', '--format', 'json']);
    auditOk('loopback')(probe);
    const report = JSON.parse(probe.stdout);
    extra.e2e = { score: report.score, pages: (report.pages ?? report.snapshot?.pages ?? []).length || undefined };
    log(`e2e: ${STRONG} over loopback scores ${report.score}`);
    cliRow('e2e.loopback', `strong store end to end, loopback (${STRONG})`, await timedCli([url, '--email', STRONG_EMAIL, '--quiet'], PROC_REPS, auditOk('loopback')), { op: '<=', value: 500, text: '≤ 500 ms' });
    await benchRender(url);
  } finally {
    await server.stop();
  }
  cliRow('e2e.folder', 'strong store end to end, from its folder', await timedCli([STRONG, '--email', STRONG_EMAIL, '--quiet'], PROC_REPS, auditOk('folder')));
}

/** --render over loopback: wall time, and peak memory of careaudit with its browser processes. */
async function benchRender(url) {
  const { findBrowser } = await dist('acquire/render/browser.js');
  const browser = findBrowser(process.env);
  if (!browser) {
    log('e2e.render: skipped, no Chromium, Chrome or Edge found (set CAREAUDIT_CHROMIUM)');
    return;
  }
  const env = { ...CLI_ENV, CAREAUDIT_CHROMIUM: browser };
  const args = [CLI, url, '--email', STRONG_EMAIL, '--quiet', '--render'];
  auditOk('render')(await runNode(args, { env }));
  const runs = [];
  const peaks = [];
  for (let i = 0; i < (QUICK ? 3 : 5); i++) {
    const r = await runNode(args, { env, treeRss: true });
    auditOk('render')(r);
    runs.push(r.ms);
    if (r.peakRssKb) peaks.push(r.peakRssKb / 1024);
  }
  row('e2e.render', `strong store end to end, loopback, --render (every page in Chromium)`, 'ms', runs, { op: '<=', value: 5000, text: '≤ 5 s' });
  if (peaks.length) row('e2e.render.memory', 'peak memory of a rendered audit, browser processes included', 'MB', peaks, { op: '<=', value: 700, text: '≤ 700 MB' });
}

async function benchStartup() {
  const ok = (r) => {
    if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  };
  cliRow('startup.node', 'start-up floor: node -e 0 (for reference)', await timedCli(['-e', '0'], PROC_REPS, ok, true));
  cliRow('startup.version', 'start-up: careaudit --version', await timedCli(['--version'], PROC_REPS, ok), { op: '<=', value: 150, text: '≤ 150 ms' });
  cliRow('startup.help', 'start-up: careaudit --help', await timedCli(['--help'], PROC_REPS, ok), { op: '<=', value: 150, text: '≤ 150 ms' });
}

// ---------------------------------------------------------------- 4. batch
async function benchBatch() {
  const most = Math.max(...SITE_COUNTS);
  const server = await startServer(['stores', String(most), String(PORTS)]);
  const dir = mkdtempSync(join(tmpdir(), 'careaudit-bench-'));
  const peaks = {};
  try {
    for (const n of SITE_COUNTS) {
      const sites = join(dir, `sites-${n}.txt`);
      writeFileSync(sites, Array.from({ length: n }, (_, i) => `http://127.0.0.1:${server.ports[i % PORTS]}/s${i + 1}/`).join('\n') + '\n');
      const rates = [];
      rates.cpu = [];
      const rss = [];
      for (let rep = 0; rep < BATCH_REPS(n); rep++) {
        const out = join(dir, `out-${n}-${rep}.jsonl`);
        const r = await runNode([CLI, 'batch', sites, '--out', out, '--concurrency', String(CONCURRENCY), '--per-host', String(PER_HOST), '--quiet'], { rss: true });
        const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        const audited = records.filter((x) => x.status === 'audited').length;
        if (records.length !== n || audited !== n) log(`batch ${n}: ${records.length} records, ${audited} audited (exit ${r.code}) ${records.find((x) => x.error)?.error ?? ''}`);
        rates.push((n * 1000) / r.ms);
        if (r.cpuMs) rates.cpu.push((n * 1000) / r.cpuMs);
        rss.push(r.peakRssKb / 1024);
        log(`batch ${n} #${rep + 1}: ${(r.ms / 1000).toFixed(2)} s wall, ${((r.cpuMs ?? NaN) / 1000).toFixed(2)} s CPU, ${((n * 1000) / r.ms).toFixed(1)} sites/s, peak RSS ${(r.peakRssKb / 1024).toFixed(0)} MB, ${audited}/${n} audited`);
        if (rep === 0) extra[`batch${n}`] = { scores: [...new Set(records.map((x) => x.score))].sort((a, b) => a - b) };
        rmSync(out, { force: true });
      }
      row(`batch.${n}.rate`, `batch: ${n} small stores, loopback`, 'sites/s', rates, { op: '>=', value: 100, text: '≥ 100 sites/s' }, rates.cpu);
      peaks[n] = row(`batch.${n}.rss`, `batch: ${n} small stores, peak RSS`, 'MB', rss, { op: '<=', value: 300, text: '≤ 300 MB' });
    }
    if (SITE_COUNTS.length > 1) {
      const [lo, hi] = [Math.min(...SITE_COUNTS), most];
      row('batch.rssGrowth', `batch: peak RSS ${hi} vs ${lo} sites`, '×', [peaks[hi].median / peaks[lo].median], { op: '<=', value: 1.1, text: '≤ 1.10' });
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 5. hostile inputs
/** Pages built to make parsing or patterns slow, each audited alone as a file: minutes or never before the fixes. */
const HOSTILE = [
  ['tables', '5 MB of nested tables', () => `<html><body>${'<table><tr><td>'.repeat(Math.floor((5 * 1024 * 1024 - 40) / 15))}</body></html>`],
  ['digits', '2 MB of digits', () => `<html><body><p>${'7'.repeat(2 * 1024 * 1024)}</p></body></html>`],
  ['links', '200,000 unclosed links', () => `<html><body>${'<a href="/p">'.repeat(200_000)}</body></html>`],
];

async function benchHostile() {
  const dir = mkdtempSync(join(tmpdir(), 'careaudit-bench-hostile-'));
  try {
    for (const [id, what, build] of HOSTILE) {
      const file = join(dir, `${id}.html`);
      writeFileSync(file, build());
      const runs = await timedCli([file, '--quiet', '--fail-on', 'none'], QUICK ? 1 : 3, auditOk(what));
      cliRow(`hostile.${id}`, `hostile inputs: ${what}, audited alone`, runs, { op: '<=', value: 10_000, text: '≤ 10 s' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report
const fmt = (x, unit) => (unit === '×' ? x.toFixed(2) : x >= 100 ? x.toFixed(0) : x.toFixed(1));

function printTable() {
  const header = ['measurement', 'median', 'by CPU time', 'runs (min–max)', 'target', 'verdict'];
  const cells = rows.map((r) => [
    r.label,
    `${fmt(r.median, r.unit)} ${r.unit}`,
    r.cpuMedian !== undefined ? `${fmt(r.cpuMedian, r.unit)} ${r.unit}` : '',
    r.runs.length > 1 ? `${r.runs.length} (${fmt(Math.min(...r.runs), r.unit)}–${fmt(Math.max(...r.runs), r.unit)})` : '1',
    r.target?.text ?? '–',
    r.verdict ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 1 || i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  process.stdout.write(`\n${out.join('\n')}\n`);
}

const machine = () => ({
  cores: cpus().length,
  cpu: cpus()[0]?.model?.trim() ?? 'unknown',
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  totalMemoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  freeMemoryGB: +(freemem() / 2 ** 30).toFixed(1),
  loadavg: loadavg().map((x) => +x.toFixed(2)),
});

const started = performance.now();
const config = { quick: QUICK, reps: REPS, processReps: PROC_REPS, batch: { concurrency: CONCURRENCY, perHost: PER_HOST, ports: PORTS, sites: SITE_COUNTS }, gcBetweenRuns: Boolean(globalThis.gc) };
const before = machine();
try {
  if (ONLY.has('engine')) await benchEngine();
  if (ONLY.has('startup')) await benchStartup();
  if (ONLY.has('e2e')) await benchE2e();
  if (ONLY.has('batch')) await benchBatch();
  if (ONLY.has('hostile')) await benchHostile();
} catch (error) {
  log(`bench: ${error.stack ?? error}`);
  process.exitCode = 1;
}
printTable();
const m = machine();
const lines = [
  `machine: ${m.cores} cores (${m.cpu}), Node ${m.node}, ${m.platform}, ${m.totalMemoryGB} GB RAM (${m.freeMemoryGB} GB free), load average ${before.loadavg.join(' ')} before / ${m.loadavg.join(' ')} after`,
  `batch: --concurrency ${CONCURRENCY} --per-host ${PER_HOST}, stores spread over ${PORTS} loopback ports (one server child process); rate = sites / wall time of the whole process, start-up included`,
  '"by CPU time": the same figure from CPU time (user+sys) instead of wall time; on a busy machine it is the steadier one. Verdicts use wall time.',
  `process times: wall time spawn→exit of \`node bin/careaudit.js …\` (NO_COLOR=1 CI=1), median of ${PROC_REPS} after a warm-up (hostile inputs: of ${QUICK ? 1 : 3}); engine: median of ${REPS} after a warm-up${globalThis.gc ? ', GC between runs' : ''}`,
  extra.engine ? `engine corpus: ${extra.engine.pages} pages / ${extra.engine.megabytes} MB; ms per corpus: ${JSON.stringify(extra.engine.msPerCorpus)}; PageView views alone: ${JSON.stringify(extra.engine.viewMsPerCorpus)}; outcomes ${JSON.stringify(extra.engine.outcomes)}` : '',
  'note: the machine may be shared with other work; treat single figures as noisy and compare medians.',
  `bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
].filter(Boolean);
process.stdout.write(`\n${lines.join('\n')}\n`);
const missed = rows.filter((r) => r.verdict === 'missed');
process.stdout.write(missed.length ? `targets missed: ${missed.map((r) => r.id).join(', ')}\n` : 'all targets met\n');
if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ machine: m, config, results: rows, extra }, null, 2)}\n`);
