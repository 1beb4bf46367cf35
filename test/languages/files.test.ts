import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { commonWords, languageCodes, languages } from '../../src/languages/load.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'src', 'schemas', 'language.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

/** A week that starts on a Monday, for Intl's weekday names. */
const MONDAY = Date.UTC(2024, 0, 1);

describe('language files', () => {
  it('are the 24 official EU languages, Norwegian, Ukrainian, Russian and Turkish', () => {
    expect(languageCodes()).toEqual(
      ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sv', 'tr', 'uk'],
    );
  });

  it.each(languageCodes())('%s follows the schema and is named for its code', (code) => {
    const language = languages().find((l) => l.code === code);
    expect(validate(language), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(languageCodes())('%s: every pattern compiles', (code) => {
    const language = languages().find((l) => l.code === code)!;
    const patterns = JSON.stringify(language, (key, value: unknown) => (key === 'numbers' ? undefined : value)).match(/"(?:[^"\\]|\\.)*"/gu) ?? [];
    for (const quoted of patterns) expect(() => new RegExp(JSON.parse(quoted) as string, 'u')).not.toThrow();
  });

  it.each(languageCodes())("%s: the weekday names Intl gives are read as the right day", (code) => {
    const language = languages().find((l) => l.code === code)!;
    const names = new Intl.DateTimeFormat(code, { weekday: 'long', timeZone: 'UTC' });
    language.hours.days.forEach((day, i) => {
      const name = names.format(MONDAY + i * 86_400_000);
      const strong = new RegExp(`^(?:${day.strong.map((p) => p.replaceAll(' ', '\\s{1,3}')).join('|')})$`, 'iu');
      expect(name, `${code} day ${i}`).toMatch(strong);
    });
  });

  it('give each language its common words, and the most frequent ones tell languages apart', () => {
    const words = commonWords();
    expect([...words.keys()]).toEqual(languageCodes());
    expect(words.get('de')?.has('und')).toBe(true);
    expect(words.get('pl')?.has('und')).toBe(false);
    expect(words.get('ga')?.has('agus')).toBe(true);
  });
});
