import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRuleOverrides } from '../../src/config/apply-config.js';
import { mergeSettings } from '../../src/config/settings.js';
import { initConfig, starterConfig } from '../../src/config/init.js';
import { configSchema, loadConfig } from '../../src/config/load-config.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRules } from '../../src/rules/load.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'careaudit-init-'));

describe('careaudit init', () => {
  it('writes a commented starter config that loads and validates', async () => {
    const dir = await tempDir();
    const result = await initConfig(dir);
    expect(result).toEqual({ written: true, path: join(dir, 'careaudit.config.yaml') });
    const text = await readFile(result.path, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/careaudit/src/schemas/config.schema.json');
    const config = await loadConfig(result.path, {}, dir);
    expect(config).toMatchObject({ extends: 'recommended', rules: {}, pages: {}, request: { headers: {}, cookies: {} } });
    expect(mergeSettings(config, {}).builtinRules).toBe(true);
  });

  it('never overwrites an existing config', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'careaudit.config.yaml'), 'country: PL\n');
    expect(await initConfig(dir)).toEqual({ written: false, path: join(dir, 'careaudit.config.yaml') });
    expect(await readFile(join(dir, 'careaudit.config.yaml'), 'utf8')).toBe('country: PL\n');

    const other = await tempDir();
    await writeFile(join(other, 'careaudit.config.yml'), 'country: LT\n');
    expect(await initConfig(other)).toEqual({ written: false, path: join(other, 'careaudit.config.yml') });
    expect(await readdir(other)).toEqual(['careaudit.config.yml']);
  });

  it('does not overwrite its own file when run twice', async () => {
    const dir = await tempDir();
    await initConfig(dir);
    await writeFile(join(dir, 'careaudit.config.yaml'), 'extends: recommended\n# mine\n');
    expect((await initConfig(dir)).written).toBe(false);
    expect(await readFile(join(dir, 'careaudit.config.yaml'), 'utf8')).toBe('extends: recommended\n# mine\n');
  });

  it('shows every top-level key of the schema, most of them commented out', () => {
    const text = starterConfig();
    const keys = Object.keys((configSchema() as { properties: Record<string, unknown> }).properties);
    for (const key of keys) expect(text).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    expect(text.match(/^[a-z]\w*:/gm)).toEqual(['extends:']);
  });

  it('has only valid examples: with every setting uncommented it still loads, and its rule overrides apply', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'careaudit-rules'));
    await writeFile(join(dir, 'careaudit.config.yaml'), starterConfig(true));
    const config = await loadConfig(join(dir, 'careaudit.config.yaml'), { STAGING_TOKEN: 't', STAGING_SESSION: 's' }, dir);
    expect(config.request).toMatchObject({ headers: { Authorization: 'Bearer t' }, cookies: { session: 's' }, timeout: 15 });
    // contact.live-chat may not be in the pack yet: the overrides of ids it has must apply cleanly
    const builtin = await loadRules([BUILTIN_RULES_DIR]);
    const applied = applyRuleOverrides(builtin, config);
    expect(applied.rules.find((r) => r.id === 'checkout.max-steps')).toMatchObject({ weight: 3, spec: { check: { 'checkout-steps': { max: 4 } } } });
  });
});
