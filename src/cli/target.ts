import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { closestName } from '../rules/suggest.js';

/** File extensions that make a dotted name a file someone meant, not a host: `report.html` is never a store. */
const FILE_EXTENSIONS = /\.(html?|xhtml|eml|ya?ml|json|jsonl|txt|md|xml|csv|js|ts)$/i;

/** `shop.example`, `www.shop.example/path`, `localhost:8080`: a host, maybe a port and a path, and no scheme. */
const HOST_LIKE = /^(localhost|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*|\d{1,3}(?:\.\d{1,3}){3})(:\d{1,5})?([/?#]\S*)?$/u;

/** A scheme, but not a Windows drive (`C:\\`) nor a host's port (`localhost:8080`). */
const hasScheme = (target: string) => /^[a-z][a-z0-9+.-]*:(?!\d+([/?#]|$))/i.test(target) && !/^[a-z]:[\\/]/i.test(target);

/**
 * The target as careaudit will audit it: a scheme-less host that is not a file or folder here becomes its https
 * address (what a browser does with `shop.example`); the note says so. Anything else is left as it is.
 */
export function resolveTarget(target: string, cwd: string): { target: string; note?: string } {
  if (hasScheme(target) || existsSync(resolve(cwd, target))) return { target };
  const host = HOST_LIKE.exec(target);
  if (!host || FILE_EXTENSIONS.test(host[1]!) || (!host[3] && FILE_EXTENSIONS.test(target))) return { target };
  const url = `https://${target}`;
  return { target: url, note: `no file or folder named ${target} here: auditing ${url}` };
}

/**
 * A first word that is neither a file, a folder, a host nor a command, but reads like a misspelt command
 * (`careaudit rule list`): the command it was probably meant to be.
 */
export function misspeltCommand(word: string, commands: string[], cwd: string): string | undefined {
  if (word.startsWith('-') || commands.includes(word) || hasScheme(word) || HOST_LIKE.test(word) || existsSync(resolve(cwd, word))) return undefined;
  return closestName(word, commands);
}
