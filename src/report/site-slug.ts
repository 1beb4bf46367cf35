import { basename, dirname, resolve } from 'node:path';
import type { ReportSite } from './report.js';

/**
 * A file name for a site's reports: its host (`shop.example`), or its folder's name (`corner-shop`, also for
 * its index.html). A loopback or bare IP address names no store: the store's name does (`corner-shop`).
 */
export function siteSlug(target: string, site?: ReportSite): string {
  const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  let name: string;
  try {
    const url = new URL(target);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not a web address');
    const host = url.hostname.replace(/^www\./, '');
    const anonymous = host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
    name = anonymous && site && site.nameSource !== 'the host' ? site.name : host;
  } catch {
    const path = resolve(target);
    const file = basename(path);
    name = /^index\.x?html?$/i.test(file) ? basename(dirname(path)) : file.replace(/\.x?html?$/i, '');
  }
  return slug(name) || 'site';
}
