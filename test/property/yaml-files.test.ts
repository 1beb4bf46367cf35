/**
 * The three YAML (or text) files a user writes — rule files, careaudit.config.yaml and batch sites files —
 * either load or fail with a SourceFileError that points at a real line and column (the CLI prints it with a
 * code frame, exit 2). Any other exception would reach the user as "internal error".
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSitesFile } from '../../src/batch/sites-file.js';
import { loadConfig } from '../../src/config/load-config.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { parseRuleFile } from '../../src/rules/load.js';
import { OUTCOMES } from '../../src/rules/types.js';
import { checkSpec, damaged, plausibleRule, ruleFileData, ruleSpec, yamlOf } from './arbitraries.js';
import { SourceFileError } from '../../src/errors.js';

/** Runs `load`; a SourceFileError must be located inside the source, anything else fails the property. */
function loadedOrLocated<T>(source: string, load: () => T): T | SourceFileError {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof SourceFileError)) {
      throw new Error(`threw ${(error as Error)?.constructor?.name}: ${String(error)} for ${JSON.stringify(source.slice(0, 400))}`, { cause: error });
    }
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(error.line) && Number.isInteger(error.column)).toBe(true);
    // the line exists in the file (an empty file has line 1)
    expect(error.line).toBeLessThanOrEqual(Math.max(1, source.split(/\r\n|\r|\n/).length + 1));
    expect(error.reason.length).toBeGreaterThan(0);
    expect(() => error.format()).not.toThrow();
    return error;
  }
}

let builtinSources: string[] = [];
let dir: string;
beforeAll(async () => {
  const files = (await readdir(BUILTIN_RULES_DIR)).filter((f) => f.endsWith('.yaml')).sort();
  builtinSources = await Promise.all(files.map((f) => readFile(join(BUILTIN_RULES_DIR, f), 'utf8')));
  dir = await mkdtemp(join(tmpdir(), 'careaudit-prop-yaml-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Texts that are mostly YAML of the right shape, mostly-right YAML text, and anything at all. */
function yamlTexts(data: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
    { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 80 }) },
    { weight: 3, arbitrary: yamlOf(data) },
    { weight: 3, arbitrary: damaged(yamlOf(data)) },
  );
}

describe('rule files', () => {
  const file = 'mine.yaml';

  it('random text and random rule-file YAML: rules, or a located SourceFileError', () => {
    fc.assert(
      fc.property(yamlTexts(ruleFileData), (source) => {
        const result = loadedOrLocated(source, () => parseRuleFile(file, source));
        if (!(result instanceof SourceFileError)) {
          for (const rule of result.rules) {
            expect(rule.category).toBe(result.category.id);
            expect(rule.source.line).toBeGreaterThanOrEqual(1);
            expect(rule.check !== undefined || rule.manual !== undefined).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it('one random rule inside a valid file: compiled, or located at or after its line', () => {
    const header = 'category:\n  id: gifts\n  title: Gifts\nrules:\n';
    const rules = fc.oneof(
      { weight: 3, arbitrary: plausibleRule },
      // a plausible rule with one key replaced by anything, or a random check
      { weight: 1, arbitrary: fc.tuple(plausibleRule, ruleSpec).map(([rule, extra]) => ({ ...rule, ...extra })) },
      { weight: 1, arbitrary: fc.tuple(plausibleRule, checkSpec).map(([rule, check]) => ({ ...rule, check })) },
    );
    fc.assert(
      fc.property(yamlOf(rules.map((rule) => [rule])), (body) => {
        const source = header + body.replace(/^/gm, '  ');
        const result = loadedOrLocated(source, () => parseRuleFile(file, source));
        if (result instanceof SourceFileError) expect(result.line).toBeGreaterThanOrEqual(4); // the header itself is fine
      }),
      { numRuns: 250 },
    );
  }, 20_000);

  it('the built-in rule files, damaged in a few places: still only SourceFileErrors', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100 }), fc.nat(), (which, seed) => {
        const original = builtinSources[which % builtinSources.length]!;
        const source = fc.sample(damaged(fc.constant(original)), { numRuns: 1, seed })[0]!;
        loadedOrLocated(source, () => parseRuleFile(file, source));
      }),
      { numRuns: 150 },
    );
  }, 20_000);

  it('the shipped outcome list is what the report schema promises', () => {
    // guards the evaluate property, which checks statuses against OUTCOMES
    expect([...OUTCOMES]).toEqual(['pass', 'fail', 'na', 'manual', 'error']);
  });
});

/** Config files as data: the documented keys with random (often wrong) values, ${VAR}s included. */
const configValue = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -3, max: 2000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('${TOKEN}', 'Bearer ${TOKEN}', '${UNSET}', '${EMPTY}', '${', '$${TOKEN}', '${1BAD}', 'a\nb', 'x;y', 'recommended', 'none', 'US', 'pl', 'error', 'https://shop.example/contact', 'ftp://x/y', 'http://[', './rules', 'contact.page', 'contact'),
);
const configData: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        extends: configValue,
        rules: fc.dictionary(fc.constantFrom('contact.page', 'contact', 'nope', 'faq.present'), fc.oneof(configValue, fc.dictionary(fc.constantFrom('severity', 'weight', 'options', 'off'), configValue, { maxKeys: 2 }))),
        ruleFolders: fc.array(configValue, { maxLength: 2 }),
        pages: fc.dictionary(fc.constantFrom('home', 'contact', 'email', 'basket'), configValue, { maxKeys: 2 }),
        country: configValue,
        languages: fc.array(configValue, { maxLength: 2 }),
        thresholds: fc.record({ score: configValue, categories: fc.dictionary(fc.constantFrom('contact', 'x'), configValue, { maxKeys: 2 }) }, { requiredKeys: [] }),
        failOn: configValue,
        maxWarnings: configValue,
        request: fc.record(
          {
            headers: fc.dictionary(fc.constantFrom('Authorization', 'X-Token', 'Bad Name', 'a:b', ''), configValue, { maxKeys: 2 }),
            cookies: fc.dictionary(fc.constantFrom('session', 'a b', ''), configValue, { maxKeys: 2 }),
            userAgent: configValue,
            concurrency: configValue,
            timeout: configValue,
            maxPages: configValue,
            ignoreRobots: configValue,
          },
          { requiredKeys: [] },
        ),
        bogus: configValue,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

describe('config files', () => {
  const env = { TOKEN: 's3cret', EMPTY: '' };

  it('random text and random config YAML: a Config, or a located SourceFileError', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(yamlTexts(configData), async (source) => {
        const path = join(dir, `careaudit.config.${n++}.yaml`);
        await writeFile(path, source);
        let result: Awaited<ReturnType<typeof loadConfig>> | SourceFileError;
        try {
          result = await loadConfig(path, env, dir);
        } catch (error) {
          result = loadedOrLocated(source, () => {
            throw error;
          });
        }
        if (!(result instanceof SourceFileError)) {
          // interpolated: no ${...} survives, and every header value is a single line
          for (const value of Object.values(result.request.headers)) expect(value).not.toMatch(/[\r\n\0]/);
          expect(result.path).toBe(path);
        }
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it('random bytes as a config file: a Config, or a located SourceFileError', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const path = join(dir, `bytes.${n++}.yaml`);
        await writeFile(path, bytes);
        const source = Buffer.from(bytes).toString('utf8');
        try {
          await loadConfig(path, env, dir);
        } catch (error) {
          loadedOrLocated(source, () => {
            throw error;
          });
        }
      }),
      { numRuns: 150 },
    );
  }, 20_000);
});

describe('batch sites files', () => {
  const siteEntry = fc.oneof(
    fc.constantFrom('https://shop.example/', 'examples/corner-shop', '  ', '', 'file:///x', 'https://shop.example/#frag'),
    fc.record(
      {
        target: fc.oneof(fc.webUrl(), fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
        id: fc.oneof(fc.constantFrom('a', 'b', 'a'), fc.string({ maxLength: 4 }), fc.integer()),
        email: fc.oneof(fc.constantFrom('order.eml', ''), fc.integer()),
        country: fc.oneof(fc.constantFrom('PL', 'pl', 'POL', 'U1', ''), fc.integer()),
        pages: fc.oneof(fc.dictionary(fc.constantFrom('contact', 'faq', 'basket', 'email'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer())), fc.string()),
        tagret: fc.string({ maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
  );
  const sitesData = fc.oneof({ weight: 5, arbitrary: fc.array(siteEntry, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
  const textList = fc.array(fc.oneof(fc.webUrl(), fc.constantFrom('# comment', '  ', 'https://a.example/#x # note', 'dup', 'dup', '\ufeffhttps://b.example/'), fc.string({ maxLength: 12 })), { maxLength: 6 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

  function checkSites(file: string, source: string): void {
    const result = loadedOrLocated(source, () => parseSitesFile(file, source));
    if (result instanceof SourceFileError) return;
    expect(result.length).toBeGreaterThan(0);
    // ids are unique: they key --resume and --shard
    expect(new Set(result.map((s) => s.id)).size).toBe(result.length);
    for (const site of result) {
      expect(site.target).toBe(site.target.trim());
      expect(site.target.length).toBeGreaterThan(0);
      expect(site.line).toBeGreaterThanOrEqual(1);
      if (site.country !== undefined) expect(site.country).toMatch(/^[A-Z]{2}$/);
    }
  }

  it('.yaml: random text and random YAML lists: sites, or a located SourceFileError', () => {
    fc.assert(fc.property(yamlTexts(sitesData), (source) => checkSites('sites.yaml', source)), { numRuns: 300 });
  }, 20_000);

  it('.txt: random lines: sites, or a located SourceFileError', () => {
    fc.assert(fc.property(fc.oneof(textList, fc.string({ maxLength: 80 }), fc.fullUnicodeString({ maxLength: 60 })), (source) => checkSites('sites.txt', source)), { numRuns: 300 });
  });
});
