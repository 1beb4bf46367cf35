import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAIL_ON } from '../../src/config/settings.js';
import { checkRuleIds, configSchema, findConfig, interpolate, loadConfig, type Config } from '../../src/config/load-config.js';
import { SEVERITIES } from '../../src/rules/types.js';
import { PAGE_ROLES } from '../../src/snapshot.js';
import { SourceFileError } from '../../src/errors.js';

const FILE = 'careaudit.config.yaml';

/** A fresh folder holding the config text (and a my-rules folder, so ruleFolders can point at it). */
async function folderWith(text: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careaudit-config-'));
  await mkdir(join(dir, 'my-rules'));
  await writeFile(join(dir, FILE), text);
  return dir;
}

async function load(text: string | Buffer, env: Record<string, string | undefined> = {}): Promise<{ config: Config; dir: string }> {
  const dir = await folderWith(text);
  return { config: await loadConfig(join(dir, FILE), env, dir), dir };
}

async function errorOf(text: string | Buffer, env: Record<string, string | undefined> = {}): Promise<SourceFileError> {
  const error: unknown = await load(text, env).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof SourceFileError) return error;
  throw new Error(`expected a SourceFileError, got ${String(error)}`);
}

const full = `# yaml-language-server: $schema=../src/schemas/config.schema.json
extends: recommended
rules:
  contact.live-chat: off
  faq.searchable: warn
  checkout.max-steps: { weight: 3, options: { max: 4 } }
ruleFolders: [./my-rules]
pages: { contact: https://shop.example/kontakt, checkout: ./dist/checkout.html }
country: pl
languages: [pl, en]
thresholds: { score: 80, categories: { contact: 90, returns: 70 } }
failOn: warn
maxWarnings: 10
request:
  headers: { Authorization: "Bearer \${STAGING_TOKEN}" }
  cookies: { session: "\${STAGING_SESSION}" }
  userAgent: "careaudit (staging)"
  concurrency: 4
  timeout: 2.5
  maxPages: 20
  ignoreRobots: false
`;
const env = { STAGING_TOKEN: 's3cret', STAGING_SESSION: 'abc123' };

describe('loadConfig', () => {
  it('loads a full config: rules normalised, paths resolved against its folder, secrets from the environment', async () => {
    const { config, dir } = await load(full, env);
    expect(config).toMatchObject({
      path: join(dir, FILE),
      file: FILE,
      extends: 'recommended',
      rules: {
        'contact.live-chat': { off: true },
        'faq.searchable': { off: false, severity: 'warn' },
        'checkout.max-steps': { off: false, weight: 3, options: { max: 4 } },
      },
      ruleFolders: [join(dir, 'my-rules')],
      pages: { contact: 'https://shop.example/kontakt', checkout: join(dir, 'dist', 'checkout.html') },
      country: 'PL',
      languages: ['pl', 'en'],
      thresholds: { score: 80, categories: { contact: 90, returns: 70 } },
      failOn: 'warn',
      maxWarnings: 10,
      request: {
        headers: { Authorization: 'Bearer s3cret' },
        cookies: { session: 'abc123' },
        userAgent: 'careaudit (staging)',
        concurrency: 4,
        timeout: 2.5,
        maxPages: 20,
        ignoreRobots: false,
      },
    });
    expect(Object.keys(config.rules)).toEqual(['contact.live-chat', 'faq.searchable', 'checkout.max-steps']);
  });

  it('loads a minimal config with empty defaults', async () => {
    const { config } = await load('extends: recommended\n');
    expect(config).toMatchObject({ extends: 'recommended', rules: {}, ruleFolders: [], pages: {}, thresholds: { categories: {} }, request: { headers: {}, cookies: {} } });
    expect(config.country).toBeUndefined();
    expect(config.failOn).toBeUndefined();
  });

  it('reads a file with a byte-order mark and Windows line ends', async () => {
    const { config } = await load('\uFEFFextends: recommended\r\ncountry: lt\r\n');
    expect(config).toMatchObject({ extends: 'recommended', country: 'LT' });
  });

  it('interpolates ${VAR} in every string value; $${ is a literal ${', async () => {
    const text = `pages:\n  home: "\${STAGING_URL}/"\n  contact: \${STAGING_URL}/contact\nrequest:\n  headers:\n    X-Literal: "$\${NOT_A_VAR} and \${A}\${B}"\n  userAgent: "bot \${A}"\n`;
    const { config } = await load(text, { STAGING_URL: 'https://staging.shop.example', A: 'x', B: 'y' });
    expect(config.pages).toEqual({ home: 'https://staging.shop.example/', contact: 'https://staging.shop.example/contact' });
    expect(config.request.headers).toEqual({ 'X-Literal': '${NOT_A_VAR} and xy' });
    expect(config.request.userAgent).toBe('bot x');
  });

  it('validates values that came from the environment', async () => {
    const error = await errorOf('country: ${COUNTRY}\n', { COUNTRY: 'Poland' });
    expect([error.line, error.column, error.reason]).toEqual([1, 10, 'must be a two-letter country code such as US, GB, PL']);
  });

  it('reports a missing environment variable at the ${VAR} in its value', async () => {
    const text = 'extends: recommended\nrequest:\n  headers:\n    Authorization: "Bearer ${STAGING_TOKEN}"\n';
    const error = await errorOf(text, { OTHER: 'x' });
    expect(error.message).toBe(`${FILE}:4:28: environment variable STAGING_TOKEN is not set`);
    expect(error.expected).toMatch(/STAGING_TOKEN set in the environment/);
    expect(error.format()).toContain('> 4 |     Authorization: "Bearer ${STAGING_TOKEN}"\n    |                            ^');
  });

  it('reports an empty environment variable (an unset CI secret) as an error', async () => {
    const error = await errorOf('request:\n  cookies:\n    session: ${STAGING_SESSION}\n', { STAGING_SESSION: '' });
    expect([error.line, error.column, error.reason]).toEqual([3, 14, 'environment variable STAGING_SESSION is empty']);
  });

  it('says when the config file does not exist', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-config-'));
    const error = await loadConfig(join(dir, 'missing.yaml'), {}, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).message).toBe('missing.yaml:1:1: config file not found');
  });

  // Each broken config: where the mistake is (line, column) and what the message says.
  const broken: [string, string | Buffer, number, number, string | RegExp][] = [
    ['a tab for indentation', 'extends: recommended\nrequest:\n\tconcurrency: 4\n', 3, 1, 'YAML syntax error: Tabs are not allowed as indentation'],
    ['a misspelt top-level key', 'extends: recommended\ncountyr: PL\n', 2, 1, 'unknown key "countyr" (did you mean "country"?)'],
    ['a misspelt nested key', 'request:\n  concurrency: 2\n  timeot: 5\n', 3, 3, 'unknown key "timeot" (did you mean "timeout"?)'],
    ['a misspelt key of a rule override', 'rules:\n  faq.searchable: { wieght: 2 }\n', 2, 21, 'unknown key "wieght" (did you mean "weight"?)'],
    ['a list where a mapping belongs', '- extends\n', 1, 1, 'must be a mapping'],
    ['languages as text', 'languages: pl\n', 1, 12, 'must be a list'],
    ['a number as the country', 'country: 48\n', 1, 10, 'must be text'],
    ['a three-letter country', 'country: POL\n', 1, 10, 'must be a two-letter country code such as US, GB, PL'],
    ['a bad language code', 'languages: [pl, English]\n', 1, 17, 'must be a language code such as en, pl, ru'],
    ['a fractional concurrency', 'request:\n  concurrency: 2.5\n', 2, 16, 'must be a whole number'],
    ['a yes/no instead of a boolean', 'request:\n  ignoreRobots: yes\n', 2, 17, 'must be true or false'],
    ['options that are not a mapping', 'rules:\n  checkout.max-steps: { options: [1] }\n', 2, 34, 'must be a mapping'],
    ['a bad severity', 'rules:\n  faq.searchable: critical\n', 2, 19, 'must be one of: off, error, warn, info'],
    ['a bad severity in a mapping', 'rules:\n  faq.searchable: { severity: fatal }\n', 2, 31, 'must be one of: error, warn, info'],
    ['a negative weight', 'rules:\n  faq.searchable: { weight: -1 }\n', 2, 29, 'must be >= 0'],
    ['a bad failOn', 'failOn: warning\n', 1, 9, 'must be one of: error, warn, info, none (did you mean "warn"?)'],
    ['an unknown page role', 'pages:\n  contact: ./contact.html\n  basket: ./cart.html\n', 3, 3, 'unknown key "basket"'],
    ['a misspelt page role', 'pages:\n  contcat: ./contact.html\n', 2, 3, 'unknown key "contcat" (did you mean "contact"?)'],
    ['an ftp page', 'pages:\n  contact: ftp://shop.example/c\n', 2, 12, 'only http(s) URLs can be read (got "ftp://shop.example/c")'],
    ['the email as a URL', 'pages:\n  email: https://shop.example/order.eml\n', 2, 10, 'the email is read from a file, not a URL'],
    ['a negative score threshold', 'thresholds:\n  score: -5\n', 2, 10, 'must be >= 0'],
    ['a category threshold above 100', 'thresholds:\n  categories:\n    contact: 120\n', 3, 14, 'must be <= 100'],
    ['a zero timeout', 'request:\n  timeout: 0\n', 2, 12, 'must be > 0'],
    ['an unknown extends', 'extends: strict\n', 1, 10, 'must be one of: recommended, none'],
    ['a missing rule folder', 'ruleFolders: [./my-rules, ./nope]\n', 1, 27, 'rule folder not found: ./nope'],
    ['a header name with a space', 'request:\n  headers:\n    "X Token": abc\n', 3, 5, '"X Token" is not a valid header name'],
    ['a ";" in a cookie', 'request:\n  cookies:\n    session: "a; admin=1"\n', 3, 14, 'the cookie session contains a ";"'],
    ['a line break in a header', 'request:\n  headers:\n    X-Token: "a\\r\\nX-Admin: 1"\n', 3, 14, 'the header X-Token contains a line break or NUL'],
    ['a control character in a header', 'request:\n  headers:\n    X-Token: "a\\u0001b"\n', 3, 14, 'the header X-Token contains a control character or a character beyond Latin-1'],
    ['an unclosed ${', 'request:\n  userAgent: bot ${NAME\n', 2, 18, '"${" is not closed with "}"'],
    ['a bad variable name', 'request:\n  userAgent: "bot ${1X}"\n', 2, 19, '"${1X}" is not a variable name'],
    ['an empty file', '', 1, 1, 'the file is empty'],
    ['comments only', '# extends: recommended\n', 1, 1, 'the file is empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 1, 1, 'not a text file (it contains NUL bytes)'],
    [
      'an alias bomb',
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      1,
      1,
      /^cannot read the YAML: Excessive alias count/,
    ],
    ['a duplicate key', 'country: PL\nlanguages: [pl]\ncountry: LT\n', 3, 1, 'YAML syntax error: Map keys must be unique'],
  ];

  it.each(broken)('%s', async (_name, text, line, column, reason) => {
    const error = await errorOf(text);
    expect([error.file, error.line, error.column]).toEqual([FILE, line, column]);
    if (typeof reason === 'string') expect(error.reason).toBe(reason);
    else expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${FILE}:${line}:${column}: ${error.reason}`);
  });

  it('shows a code frame and what was expected', async () => {
    const error = await errorOf('extends: recommended\nrequest:\n  concurrency: 200\n');
    expect(error.format()).toBe(
      [
        `${FILE}:3:16: must be <= 64`,
        '  1 | extends: recommended',
        '  2 | request:',
        '> 3 |   concurrency: 200',
        '    |                ^',
        '  4 | ',
        'expected: Requests in flight per host, 1 to 64, as --concurrency. Default: 4.',
      ].join('\n'),
    );
  });
});

describe('findConfig', () => {
  it('finds careaudit.config.yaml, then .yml, and ignores a folder of that name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-find-'));
    expect(findConfig(dir)).toBeUndefined();
    await mkdir(join(dir, 'careaudit.config.yaml'));
    expect(findConfig(dir)).toBeUndefined();
    await writeFile(join(dir, 'careaudit.config.yml'), 'extends: recommended\n');
    expect(findConfig(dir)).toBe(join(dir, 'careaudit.config.yml'));
    const other = await mkdtemp(join(tmpdir(), 'careaudit-find-'));
    await writeFile(join(other, 'careaudit.config.yml'), 'extends: recommended\n');
    await writeFile(join(other, 'careaudit.config.yaml'), 'extends: recommended\n');
    expect(findConfig(other)).toBe(join(other, 'careaudit.config.yaml'));
  });
});

describe('interpolate', () => {
  it('replaces variables and keeps other dollars', () => {
    expect(interpolate('$HOME ${A}-$${B} $5 $', { A: '1' })).toBe('$HOME 1-${B} $5 $');
    expect(interpolate('${A}', {})).toMatchObject({ reason: 'environment variable A is not set', needle: '${A}' });
  });
});

describe('checkRuleIds', () => {
  const known = ['contact.phone-visible', 'contact.page', 'faq.searchable', 'checkout.max-steps'];
  const categories = ['contact', 'self-service', 'checkout', 'returns'];

  it('accepts known rule and category ids', async () => {
    const { config } = await load('rules:\n  faq.searchable: warn\nthresholds:\n  categories: { contact: 90 }\n');
    expect(checkRuleIds(config, known, categories)).toBeUndefined();
  });

  it('points at the first unknown id in the file, with a suggestion', async () => {
    const { config } = await load('thresholds:\n  categories:\n    contact: 90\n    retruns: 50\nrules:\n  contact.phone-visibel: off\n');
    const error = checkRuleIds(config, known, categories);
    expect(error?.message).toBe(`${FILE}:4:5: unknown category "retruns" (did you mean "returns"?)`);
    expect(error?.format()).toContain('> 4 |     retruns: 50');
  });

  it('suggests the closest rule id', async () => {
    const { config } = await load('rules:\n  faq.searchable: warn\n  contact.phone-visibel: off\n');
    expect(checkRuleIds(config, known, categories)?.message).toBe(`${FILE}:3:3: unknown rule "contact.phone-visibel" (did you mean "contact.phone-visible"?)`);
  });

  it('explains that a category is not a rule id', async () => {
    const { config } = await load('rules:\n  contact: off\n');
    const error = checkRuleIds(config, known, categories);
    expect(error?.reason).toBe('"contact" is a category, not a rule');
    expect(error?.expected).toMatch(/contact\.phone-visible.*--skip contact/);
  });
});

describe('the shipped schema', () => {
  const schema = configSchema() as { properties: Record<string, { properties?: Record<string, unknown>; enum?: unknown[] }> };

  it('lists the page roles, severities and failOn values the code knows', () => {
    expect(Object.keys(schema.properties.pages!.properties!)).toEqual([...PAGE_ROLES]);
    expect(schema.properties.failOn!.enum).toEqual([...FAIL_ON]);
    const override = (schema.properties.rules as unknown as { additionalProperties: { anyOf: { enum?: string[]; properties?: { severity: { enum: string[] } } }[] } }).additionalProperties;
    expect(override.anyOf[0]!.enum).toEqual(['off', ...SEVERITIES]);
    expect(override.anyOf[1]!.properties!.severity.enum).toEqual([...SEVERITIES]);
  });

  it('describes every key, so editors show help', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (typeof n.description !== 'string' || n.description.length < 10) undescribed.push(where || '(root)');
      for (const [key, child] of Object.entries((n.properties as Record<string, unknown> | undefined) ?? {})) visit(child, `${where}.${key}`);
      if (typeof n.additionalProperties === 'object') visit(n.additionalProperties, `${where}.*`);
      if (typeof n.items === 'object') visit(n.items, `${where}[]`);
      for (const [i, branch] of ((n.anyOf as unknown[] | undefined) ?? []).entries()) visit(branch, `${where}|${i}`);
    };
    visit(schema, '');
    expect(undescribed).toEqual([]);
  });
});
