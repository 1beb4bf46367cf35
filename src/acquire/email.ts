/**
 * The order-confirmation email: an .eml (RFC 822 bytes, as mail clients save or "show original" them)
 * or a saved .html email, turned into a Page with role 'email' so that rules read it like any page.
 */
import { readFile, stat } from 'node:fs/promises';
import { EmailParseError } from '../errors.js';
import { escapeHtml } from '../page/escape-html.js';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import PostalMime, { type Address, type Email } from 'postal-mime';
import type { EmailHeaders, Page } from '../snapshot.js';
import { decodeHtml, isProbablyBinary, resolveCharsetLabel } from './charset.js';
import { decodedPage } from './source.js';
import { collapseWhitespace } from '../text.js';
import { parsePage } from '../view/page-data.js';

/** Confirmation emails are tens of KB; anything far larger is not one (or is mostly attachments). */
const MAX_EMAIL_BYTES = 25 * 1024 * 1024;
/** The header block is searched this far; real ones are a few KB even with long Received chains. */
const MAX_HEADER_BYTES = 256 * 1024;

// Fields that every real message has at least one of; a "Key: value" text file has none.
const KNOWN_FIELDS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'received', 'return-path', 'delivered-to', 'sender', 'reply-to']);

/** Reads and parses an email file. Errors (missing file, empty, not an email) are EmailParseErrors naming `path`. */
export async function readEmailFile(path: string): Promise<Page> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new EmailParseError(`${path} is not a file`);
    if (info.size > MAX_EMAIL_BYTES) throw new EmailParseError(`${path} is too large for an email (over ${MAX_EMAIL_BYTES / 1024 / 1024} MB)`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof EmailParseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new EmailParseError(code === 'ENOENT' ? `${path}: file not found` : `cannot read ${path} (${code ?? (error as Error).message})`);
  }
  const page = await parse(bytes, pathToFileURL(resolve(path)).href, path, /\.html?$/i.test(path));
  page.path = path;
  return page;
}

/** Parses email bytes (RFC 822 or a saved HTML email) into a Page; `url` names it (a file: URL for files). */
export async function parseEmail(bytes: Buffer, url: string): Promise<Page> {
  let label = url;
  let pathname = url;
  try {
    const parsed = new URL(url);
    pathname = parsed.pathname;
    if (parsed.protocol === 'file:') label = fileURLToPath(parsed);
  } catch {
    // not a URL: name it as given
  }
  return parse(bytes, url, label, /\.html?$/i.test(pathname));
}

function stripBom(bytes: Buffer): Buffer {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

async function parse(bytes: Buffer, url: string, label: string, htmlByName: boolean): Promise<Page> {
  if (bytes.toString('latin1').trim() === '') throw new EmailParseError(`${label} is not an email: the file is empty`);
  if (isProbablyBinary(bytes)) throw new EmailParseError(`${label} is not an email: binary content`);
  const body = stripBom(bytes);
  const startsWithTag = /^\s*</.test(body.subarray(0, 1024).toString('latin1'));
  if (htmlByName || startsWithTag) return htmlEmail(bytes, url);

  const head = headerBlock(body);
  if (!head) throw new EmailParseError(`${label} is not an email: no headers found`);
  let email: Email;
  try {
    email = await PostalMime.parse(body);
  } catch (error) {
    throw new EmailParseError(`${label} is not an email: ${(error as Error).message}`);
  }
  return mimeEmail(email, body, url);
}

/**
 * The message's header block (latin1), or undefined when the bytes do not start with one: the first
 * line must be a header field, and the block must hold at least one field every message has.
 */
function headerBlock(body: Buffer): string | undefined {
  const text = body.subarray(0, MAX_HEADER_BYTES).toString('latin1');
  const lines = text.split(/\r?\n/);
  // an mbox export starts with a "From sender date" envelope line before the headers
  if (lines[0]?.startsWith('From ')) lines.shift();
  const fields: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line === '') break;
    if (/^[ \t]/.test(line) && i > 0) continue; // folded continuation
    const m = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/.exec(line);
    if (!m) break;
    fields.push((m[1] ?? '').toLowerCase());
  }
  if (fields.length === 0 || !fields.some((f) => KNOWN_FIELDS.has(f))) return undefined;
  return text;
}


function formatAddress(a: Address): string {
  if (a.group) return `${a.name}: ${a.group.map(formatAddress).join(', ')};`;
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

/** The Content-Type header of the first MIME part of this type (the whole message's, for a single-part one). */
function partContentType(raw: string, type: 'text/html' | 'text/plain'): string | undefined {
  const re = new RegExp(`^content-type:[ \\t]*${type.replace('/', '\\/')}\\b((?:[^\\r\\n]|\\r?\\n[ \\t])*)`, 'im');
  return re.exec(raw)?.[0];
}

function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m?.[1] ? resolveCharsetLabel(m[1]) : undefined;
}

function mimeEmail(email: Email, body: Buffer, url: string): Page {
  // postal-mime also renders a text-only message as HTML (<div>…<br />…</div>); we want to know
  // whether the sender wrote an HTML part, so the raw headers decide, not email.html.
  // (latin1 keeps byte offsets and ASCII header names whatever the parts' charsets.)
  const raw = body.toString('latin1');
  const htmlType = partContentType(raw, 'text/html');
  const plainType = partContentType(raw, 'text/plain');
  const text = email.text ?? '';
  let html: string;
  let chosenType: string | undefined;
  if (htmlType && email.html) {
    html = email.html;
    chosenType = htmlType;
  } else if (/^\s*<(?:!doctype|html|head|body|table|div|p)\b/i.test(text)) {
    // HTML sent without a Content-Type (defaults to text/plain): show it as the HTML it is
    html = text;
    chosenType = plainType;
  } else {
    html = `<pre>${escapeHtml(text)}</pre>`;
    chosenType = plainType;
  }
  const declared = charsetOf(chosenType);

  const headers: Record<string, string> = {};
  for (const h of email.headers) if (!(h.key in headers)) headers[h.key] = h.value;

  const meta: EmailHeaders = {};
  if (email.subject) meta.subject = email.subject;
  if (email.from) meta.from = formatAddress(email.from);
  if (email.to?.length) meta.to = email.to.map(formatAddress).join(', ');
  if (email.date) meta.date = email.date;

  return {
    url,
    roles: ['email'],
    status: 'ok',
    // the message's own headers (lowercased names, first occurrence): rules about the email read them here
    headers,
    html,
    // no declared charset: RFC 2045 says US-ASCII, which reads the same as UTF-8
    charset: declared ?? 'utf-8',
    charsetSource: declared ? 'header' : 'default',
    email: meta,
  };
}

/** A saved .html email: decoded like any HTML page (BOM, <meta charset>, else UTF-8); the subject from <title>. */
function htmlEmail(bytes: Buffer, url: string): Page {
  const meta: EmailHeaders = {};
  const page = decodedPage(url, decodeHtml(bytes), { roles: ['email'], email: meta });
  // parsed through the page, so the rules later read the same DOM instead of parsing it again
  const title = collapseWhitespace(parsePage(page)('title').first().text());
  if (title) meta.subject = title;
  return page;
}
