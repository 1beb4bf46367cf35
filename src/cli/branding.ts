import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { BRAND_COLOR, type Branding } from '../format/html.js';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../format/i18n.js';
import type { RawAuditOptions } from './options.js';
import { UsageError } from '../errors.js';

/** A logo is embedded in every report: it must stay small. */
export const MAX_LOGO_BYTES = 256 * 1024;

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** --title, --client, --brand-logo and --brand-color, checked: a bad one is a usage error, exit 2. */
export async function readBranding(raw: Pick<RawAuditOptions, 'title' | 'client' | 'brandLogo' | 'brandColor'>, cwd: string): Promise<Branding> {
  if (raw.brandColor !== undefined && !BRAND_COLOR.test(raw.brandColor)) {
    throw new UsageError(`--brand-color must be a colour as #rgb or #rrggbb (got "${raw.brandColor}")`, 'e.g. --brand-color "#0b5fff"');
  }
  let logo: string | undefined;
  if (raw.brandLogo !== undefined) {
    const type = IMAGE_TYPES[extname(raw.brandLogo).toLowerCase()];
    if (!type) throw new UsageError(`--brand-logo must be a PNG, JPEG, GIF, WebP or SVG file (got "${raw.brandLogo}")`);
    const file = resolve(cwd, raw.brandLogo);
    const size = (await stat(file).catch(() => undefined))?.size;
    if (size === undefined) throw new UsageError(`--brand-logo: cannot read ${raw.brandLogo}`);
    if (size > MAX_LOGO_BYTES) throw new UsageError(`--brand-logo: ${raw.brandLogo} is ${Math.ceil(size / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB, as it is embedded in every report`);
    logo = `data:${type};base64,${(await readFile(file)).toString('base64')}`;
  }
  return {
    ...(raw.title ? { title: raw.title } : {}),
    ...(raw.client ? { client: raw.client } : {}),
    ...(logo ? { logo } : {}),
    ...(raw.brandColor ? { color: raw.brandColor } : {}),
  };
}

/** --report-language, checked; undefined: the store's language. */
export function reportLanguage(value: string | undefined): ReportLanguage | undefined {
  if (value === undefined) return undefined;
  const lang = value.toLowerCase();
  if (!isReportLanguage(lang)) throw new UsageError(`--report-language must be one of ${REPORT_LANGUAGES.join(', ')} (got "${value}")`);
  return lang;
}
