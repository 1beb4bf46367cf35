import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { categoryFileSchema, editorOneRuleFileSchema, editorRuleFileSchema } from '../rules/schema.js';
import { UsageError } from '../errors.js';

const schemaPath = (name: string) => join(PACKAGE_ROOT, 'src', 'schemas', `${name}.schema.json`);

export const REPORT_SCHEMA_PATH = schemaPath('report');
export const RULES_SCHEMA_PATH = schemaPath('rules');
export const RULE_SCHEMA_PATH = schemaPath('rule');
export const CATEGORY_SCHEMA_PATH = schemaPath('category');
export const BATCH_LINE_SCHEMA_PATH = schemaPath('batch-line');

/** Every schema `careaudit schema NAME` prints, with what it describes. */
export const SCHEMAS = {
  report: 'the JSON report (--format json)',
  'batch-line': "one line of a batch's --out JSONL file (its report refers to report.schema.json)",
  rules: 'files of several rules (for editors)',
  rule: 'a file of one rule, <category>/<rule-id>.yaml (for editors)',
  category: "a category folder's category.yaml (for editors)",
  config: 'careaudit.config.yaml',
} as const;

/** Schemas generated from the code (the rule schemas from the primitives), so they cannot drift. */
const GENERATED: Record<string, () => unknown> = { rules: editorRuleFileSchema, rule: editorOneRuleFileSchema, category: () => categoryFileSchema };

/** The text of a shipped schema. */
export function schemaText(which: string): string {
  const generated = GENERATED[which];
  if (generated) return `${JSON.stringify(generated(), null, 2)}\n`;
  if (which in SCHEMAS) return readFileSync(schemaPath(which), 'utf8');
  throw new UsageError(`unknown schema "${which}"`, `careaudit schema ${Object.keys(SCHEMAS).join(' | ')}`);
}

/** `careaudit schema` alone: which schemas there are. */
export function schemaList(): string {
  const width = Math.max(...Object.keys(SCHEMAS).map((name) => name.length));
  return `${Object.entries(SCHEMAS)
    .map(([name, what]) => `  ${name.padEnd(width)}  ${what}`)
    .join('\n')}\ncareaudit schema NAME prints one; they ship in src/schemas/NAME.schema.json.\n`;
}
