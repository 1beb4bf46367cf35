import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGE_ROLES } from '../snapshot.js';
import { CONFIG_FILE_NAMES, findConfig } from './load-config.js';

/** One setting of the starter config: comment lines, then the YAML, commented out unless `on`. */
interface Section {
  comment: string[];
  yaml: string[];
  on?: boolean;
}

const SECTIONS: Section[] = [
  {
    comment: ['The built-in rule pack. Without this line only the rules of ruleFolders run.'],
    yaml: ['extends: recommended'],
    on: true,
  },
  {
    comment: ['Per rule id: off, a severity (error | warn | info), or { severity, weight, options }.', 'options tune a rule made of one check, e.g. the number of steps of checkout.max-steps.'],
    yaml: ['rules:', '  contact.live-chat: off', '  faq.searchable: warn', '  checkout.max-steps: { weight: 3, options: { max: 4 } }'],
  },
  {
    comment: ['Extra folders of rule files, relative to this file.'],
    yaml: ['ruleFolders: [./careaudit-rules]'],
  },
  {
    comment: ['The page of a role instead of discovering it: an http(s) URL or a path relative to this file.', `Roles: ${PAGE_ROLES.join(', ')} (email: the order-confirmation .eml file).`],
    yaml: ['pages:', '  contact: https://shop.example/contact', '  checkout: ./dist/checkout.html'],
  },
  {
    comment: ['The steps of a checkout that shows no step indicator, in order: checkout.max-steps counts them.'],
    yaml: ['checkoutFlow:', '  - https://shop.example/checkout/address', '  - https://shop.example/checkout/payment'],
  },
  {
    comment: ["The store's country (ISO code): default region for phone numbers, legal minimum return window."],
    yaml: ['country: US'],
  },
  {
    comment: ["The store's languages: rule patterns written per language run only for these."],
    yaml: ['languages: [en]'],
  },
  {
    comment: ['The gate (exit code 1): minimum scores (0-100), overall and per category.'],
    yaml: ['thresholds:', '  score: 80', '  categories:', '    contact: 90', '    returns: 70'],
  },
  {
    comment: ['Failing rules of this severity or worse fail the gate: error | warn | info | none.'],
    yaml: ['failOn: error'],
  },
  {
    comment: ['The gate fails when more than this many warn rules fail.'],
    yaml: ['maxWarnings: 10'],
  },
  {
    comment: [
      'How pages are fetched. For a staging site behind a login, send headers or cookies;',
      'keep secrets out of this file: ${NAME} is read from the environment ($${ is a literal ${).',
    ],
    yaml: [
      'request:',
      '  headers:',
      '    Authorization: "Bearer ${STAGING_TOKEN}"',
      '  cookies:',
      '    session: "${STAGING_SESSION}"',
      '  userAgent: "careaudit (staging)"',
      '  concurrency: 4      # requests in flight per host',
      '  timeout: 15         # seconds per request',
      '  maxPages: 20',
      '  ignoreRobots: false',
    ],
  },
];

/** The starter config; `allOn` uncomments every setting (the tests check that each example is valid). */
export function starterConfig(allOn = false): string {
  const header = [
    '# yaml-language-server: $schema=./node_modules/careaudit/src/schemas/config.schema.json',
    '# careaudit settings for this folder. Command-line flags override them.',
    '# Uncomment a setting to use it.',
  ];
  const body = SECTIONS.map(({ comment, yaml, on }) => [...comment.map((c) => `# ${c}`), ...yaml.map((y) => (on || allOn ? y : `# ${y}`))].join('\n'));
  return `${header.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Write a starter careaudit.config.yaml into dir, unless a config is already there. */
export async function initConfig(dir: string): Promise<{ written: boolean; path: string }> {
  const existing = findConfig(dir);
  if (existing) return { written: false, path: existing };
  const path = join(dir, CONFIG_FILE_NAMES[0]);
  try {
    // 'wx' fails if the file appeared since findConfig: never overwrite, even in a race
    await writeFile(path, starterConfig(), { flag: 'wx' });
    return { written: true, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { written: false, path };
    throw error;
  }
}
