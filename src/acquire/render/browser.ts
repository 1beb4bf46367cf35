/** The system's Chromium: found on disk, launched headless once per audit. playwright-core downloads no browser. */
import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';
import { UsageError } from '../../errors.js';

/** Where Chromium, Chrome and Edge install themselves on Linux, macOS and Windows, most likely first. */
const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** --render was asked for and no browser is installed: a setup problem the user fixes, exit 2. */
export class BrowserNotFoundError extends UsageError {
  constructor(tried: string) {
    super(
      `--render needs Chromium, Chrome or Edge, and none was found (${tried})`,
      'install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or point CAREAUDIT_CHROMIUM at its executable',
    );
  }
}

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser to drive: CAREAUDIT_CHROMIUM when set (and it must then exist), else the first usual path that does. */
export function findBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean = isExecutable): string | undefined {
  const chosen = env.CAREAUDIT_CHROMIUM?.trim();
  if (chosen) return exists(chosen) ? chosen : undefined;
  return BROWSER_PATHS.find(exists);
}

/** The browser, or the error that says how to install one. */
export function requireBrowser(env: Record<string, string | undefined>): string {
  const path = findBrowser(env);
  if (path) return path;
  const chosen = env.CAREAUDIT_CHROMIUM?.trim();
  throw new BrowserNotFoundError(chosen ? `CAREAUDIT_CHROMIUM=${chosen} is not an executable` : 'looked in the usual install paths');
}

/**
 * Headless, without the sandbox's need for user namespaces (containers and CI runners often lack them), and
 * without a process per site: the audit reads one store, and every renderer process costs memory.
 */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--mute-audio', '--disable-features=IsolateOrigins,site-per-process', '--renderer-process-limit=2'];

export async function launchBrowser(executablePath: string): Promise<Browser> {
  // loaded here only: an audit without --render never pays for playwright-core
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}
