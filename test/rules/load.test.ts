import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules, parseRuleFile } from '../../src/rules/load.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { SourceFileError } from '../../src/errors.js';

const valid = `category:
  id: custom
  title: Custom
rules:
  - id: custom.gift-wrap
    title: Gift wrapping is offered
    failureTitle: No gift wrapping
    description: Shoppers buy gifts.
    fix: Offer gift wrapping.
    severity: info
    weight: 1
    pages: [cart]
    check:
      text:
        patterns: ['gift wrap']
`;

function errorOf(source: string): SourceFileError {
  try {
    parseRuleFile('my-rules.yaml', source);
  } catch (error) {
    if (error instanceof SourceFileError) return error;
    throw error;
  }
  throw new Error('expected a SourceFileError');
}

describe('rule files', () => {
  it('loads a valid rule file', () => {
    const { category, rules } = parseRuleFile('my-rules.yaml', valid);
    expect(category).toEqual({ id: 'custom', title: 'Custom' });
    expect(rules[0]).toMatchObject({ id: 'custom.gift-wrap', whenPageMissing: 'na', source: { file: 'my-rules.yaml', line: 5, column: 5 } });
  });

  it('loads the built-in pack', async () => {
    const { rules } = await loadRules([BUILTIN_RULES_DIR]);
    expect(rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['contact.phone-visible', 'contact.page', 'faq.present', 'faq.searchable', 'checkout.max-steps', 'returns.policy', 'returns.unified', 'email.phone']),
    );
  });

  // Each broken file: where the mistake is (line, column) and what the message says.
  const broken: [string, string, number, number, RegExp][] = [
    ['YAML syntax error', valid.replace('  title: Custom', '  title: [Custom'), 4, 1, /YAML syntax error/],
    ['a tab for indentation', valid.replace('    title: Gift', '\ttitle: Gift'), 6, 1, /YAML syntax error/],
    ['unknown key at the top', `${valid}extra: 1\n`, 16, 1, /unknown key "extra"/],
    ['misspelt rule key', valid.replace('failureTitle', 'failTitle'), 7, 5, /unknown key "failTitle" \(did you mean "failureTitle"\?\)/],
    ['wrong severity', valid.replace('severity: info', 'severity: critical'), 10, 15, /must be one of: error, warn, info/],
    ['weight as text', valid.replace('weight: 1', 'weight: heavy'), 11, 13, /must be a number/],
    ['unknown page role', valid.replace('pages: [cart]', 'pages: [basket]'), 12, 13, /must be one of: home/],
    ['missing title', valid.replace('    title: Gift wrapping is offered\n', ''), 5, 5, /missing required key "title"/],
    ['bad rule id', valid.replace('custom.gift-wrap', 'Gift Wrap'), 5, 9, /must match pattern/],
    ['unknown primitive', valid.replace('      text:', '      txt:'), 14, 7, /unknown check "txt" \(did you mean "text"\?\)/],
    ['invalid regular expression', valid.replace("['gift wrap']", "['gift (wrap']"), 15, 20, /invalid regular expression/],
    ['primitive option of the wrong type', valid.replace("patterns: ['gift wrap']", 'patterns: 42'), 15, 19, /must be a list or a mapping/],
    ['two keys in one check', valid.replace("        patterns: ['gift wrap']", "        patterns: ['gift wrap']\n      link: { href: ['x'] }"), 14, 7, /exactly one key/],
    ['neither check nor manual', valid.split('    check:')[0]!, 5, 9, /neither a check nor manual/],
    ['empty file', '', 1, 1, /empty/],
    ['a comment only', '# nothing here\n', 1, 1, /empty/],
    ['a list instead of a mapping', '- a\n- b\n', 1, 1, /must be a mapping/],
    ['duplicate key', valid.replace('    weight: 1\n', '    weight: 1\n    weight: 2\n'), 12, 5, /YAML syntax error: Map keys must be unique/],
    ['binary file', 'category:\u0000\u0001\u0002', 1, 1, /not a text file/],
    ['alias bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n', 1, 1, /cannot read the YAML|alias/i],
    ['empty combinator', valid.replace("      text:\n        patterns: ['gift wrap']", '      any: []'), 14, 12, /non-empty list/],
  ];

  it.each(broken)('reports %s at its line and column', (_name, source, line, column, message) => {
    const error = errorOf(source);
    expect(error.reason).toMatch(message);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.format()).toContain(`my-rules.yaml:${line}:${column}`);
    if (error.frame) expect(error.frame).toMatch(new RegExp(`^> +${line} \\|`, 'm'));
  });

  it('rejects a rule id used twice across folders, naming the first place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-rules-'));
    await writeFile(join(dir, 'dup.yaml'), valid.replace('custom.gift-wrap', 'contact.phone-visible'));
    await expect(loadRules([BUILTIN_RULES_DIR, dir], dir)).rejects.toThrow(/duplicate rule id "contact.phone-visible" \(already defined at .*contact.yaml:\d+\)/);
  });

  it('reports a missing rule folder', async () => {
    await expect(loadRules(['/nonexistent/rules'])).rejects.toThrow(/rule folder or file not found/);
  });
});
