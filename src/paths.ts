import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root: one level up from src/ (tests) and from dist/ (the built CLI). */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

export const TOOL_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const USER_AGENT = `careaudit/${TOOL_VERSION} (customer-support audit; +https://www.npmjs.com/package/careaudit)`;
