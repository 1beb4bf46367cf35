/** What --render and --walk-checkout ask of acquisition, resolved against the browsers installed. */
import { findBrowser, requireBrowser } from './browser.js';
import type { Browser } from 'playwright-core';
import type { RenderMode } from './rendering-source.js';

export interface RenderSettings {
  mode: RenderMode;
  /** The browser's executable; `auto` without one reads pages as served. */
  browserPath?: string;
  /** A browser shared across audits, never closed by one (batch, tests). */
  browser?: Browser;
}

/**
 * The render settings for an audit, or undefined when it needs no browser. `on` or a checkout walk without a
 * browser is an error that says how to install one; `auto` without one keeps reading pages as served.
 */
export function renderSettings(mode: RenderMode, env: Record<string, string | undefined>, walk = false): RenderSettings | undefined {
  if (mode === 'off' && !walk) return undefined;
  const browserPath = mode === 'on' || walk ? requireBrowser(env) : findBrowser(env);
  return browserPath ? { mode, browserPath } : undefined;
}
