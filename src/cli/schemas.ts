import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { editorRuleFileSchema } from '../rules/schema.js';
import { UsageError } from '../errors.js';

const schemaPath = (name: string) => join(PACKAGE_ROOT, 'src', 'schemas', `${name}.schema.json`);

export const REPORT_SCHEMA_PATH = schemaPath('report');
export const RULES_SCHEMA_PATH = schemaPath('rules');
export const BATCH_LINE_SCHEMA_PATH = schemaPath('batch-line');

/** Every schema `careaudit schema NAME` prints, with what it describes. */
export const SCHEMAS = {
  report: 'the JSON report (--format json)',
  'batch-line': "one line of a batch's --out JSONL file (its report refers to report.schema.json)",
  rules: 'rule files (for editors)',
  config: 'careaudit.config.yaml',
} as const;

/** The text of a shipped schema; the rules schema is generated from the primitives, so it cannot drift. */
export function schemaText(which: string): string {
  if (which === 'rules') return `${JSON.stringify(editorRuleFileSchema(), null, 2)}\n`;
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
