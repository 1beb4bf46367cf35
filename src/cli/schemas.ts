import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { editorRuleFileSchema } from '../rules/schema.js';
import { UsageError } from './io.js';

export const REPORT_SCHEMA_PATH = join(PACKAGE_ROOT, 'src', 'schemas', 'report.schema.json');
export const RULES_SCHEMA_PATH = join(PACKAGE_ROOT, 'src', 'schemas', 'rules.schema.json');

/** The text of a shipped schema; the rules schema is generated from the primitives, so it cannot drift. */
export function schemaText(which: string): string {
  if (which === 'rules') return `${JSON.stringify(editorRuleFileSchema(), null, 2)}\n`;
  if (which === 'report') return readFileSync(REPORT_SCHEMA_PATH, 'utf8');
  throw new UsageError(`unknown schema "${which}"`, 'careaudit schema rules | careaudit schema report');
}
