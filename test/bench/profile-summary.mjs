// Benchmark-only: summarise a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time and by
// inclusive time, and self time per file.
//   node test/bench/profile-summary.mjs FILE.cpuprofile [--top 25] [--grep TEXT]
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary.mjs FILE.cpuprofile [--top N] [--grep TEXT]\n');
  process.exit(2);
}
const opt = (name, fallback) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : fallback);
const TOP = Number(opt('--top', '25'));
const GREP = opt('--grep');

const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const short = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'nm:').replace(/^.*\/(dist|src|test)\//, '$1/');
const keyOf = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url ? `${short(f.url)}:${f.lineNumber + 1}` : ''}`.trim();
};

const self = new Map();
const inclusive = new Map();
const perFile = new Map();
let total = 0;
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) {
  const dt = (timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const leaf = byId.get(samples[i]);
  const k = keyOf(leaf);
  self.set(k, (self.get(k) ?? 0) + dt);
  const fileKey = leaf.callFrame.url ? short(leaf.callFrame.url) : leaf.callFrame.functionName;
  perFile.set(fileKey, (perFile.get(fileKey) ?? 0) + dt);
  const seen = new Set();
  for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
    const key = keyOf(byId.get(id));
    if (!seen.has(key)) {
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  }
}

const show = (title, map) => {
  const entries = [...map].filter(([k]) => !GREP || k.includes(GREP)).sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`\n${title}`);
  for (const [k, ms] of entries) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
show('self time by function', self);
show('self time by file', perFile);
show('inclusive time by function', inclusive);
