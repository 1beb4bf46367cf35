/** A page body turned into text, with where its encoding came from. */
export interface DecodedHtml {
  html: string;
  /** WHATWG encoding name, e.g. 'utf-8', 'windows-1251'. */
  charset: string;
  /**
   * - 'bom': a byte-order mark
   * - 'header': the Content-Type header's charset
   * - 'meta': `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 2048 bytes
   * - 'utf8-bytes': the bytes are valid UTF-8 with multi-byte characters (no declaration, or a legacy one that lied)
   * - 'lang': not UTF-8, and the legacy encoding was guessed from `<html lang>`
   * - 'default': nothing to go on: plain ASCII read as UTF-8, or non-UTF-8 bytes without a lang read as windows-1252
   */
  source: 'bom' | 'header' | 'meta' | 'utf8-bytes' | 'lang' | 'default';
}

const PRESCAN_BYTES = 2048;

// Labels seen on real (mostly Russian/Polish) shops that the WHATWG table does not know.
const EXTRA_LABEL = /^(?:win|windows|cp|ms)[-_]?(125[0-8])$/;

/** The WHATWG name for an encoding label, or undefined when Node's TextDecoder does not know it. */
export function resolveCharsetLabel(label: string): string | undefined {
  let l = label.trim().toLowerCase();
  if (!l) return undefined;
  const extra = EXTRA_LABEL.exec(l);
  if (extra) l = `windows-${extra[1] ?? ''}`;
  try {
    const enc = new TextDecoder(l).encoding;
    return enc === 'replacement' ? undefined : enc;
  } catch {
    return undefined;
  }
}

// WHATWG windows-1252 for bytes 0x80–0x9F (the rest equals ISO-8859-1).
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
// Node 20's TextDecoder reads 'windows-1252' (and so 'latin1', 'iso-8859-1', 'ascii') as ISO-8859-1,
// turning curly quotes, dashes and € into C1 control characters. Detected once, patched by hand.
const CP1252_BROKEN = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20ac';

function decode(body: Buffer, charset: string): string {
  if (charset === 'windows-1252' && CP1252_BROKEN) {
    return body.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)));
  }
  // ignoreBOM false: a BOM matching the encoding is stripped rather than kept as U+FEFF
  return new TextDecoder(charset).decode(body);
}

interface Utf8Scan {
  /** Well-formed multi-byte sequences. */
  multi: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number;
}

/** Counts well-formed multi-byte sequences and stray bytes; a sequence cut off at the very end (a capped body) is not an error. */
function scanUtf8(b: Buffer): Utf8Scan {
  let multi = 0;
  let invalid = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    let j = 1;
    for (; j < len; j++) {
      if (i + j >= n) break; // truncated at the end of the buffer
      const d = b[i + j] ?? 0;
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (d < min || d > max) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      invalid++;
      i++;
      continue;
    }
    if (i + j >= n && j < len) break; // trailing partial character
    multi++;
    i += len;
  }
  return { multi, invalid };
}

/**
 * Whether bytes should be read as UTF-8. A few stray bytes among many well-formed multi-byte characters
 * (a pasted Windows-1252 quote in a UTF-8 page) do not make a page legacy-encoded; reading the whole page
 * as windows-125x would garble every other character.
 */
function fitsUtf8(s: Utf8Scan): boolean {
  return s.invalid === 0 || s.multi >= 10 * s.invalid;
}

// ---- a small tokenizer for the prescan (WHATWG "prescan a byte stream", simplified) ----

interface Attr {
  name: string;
  value: string;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
}

/** Reads one attribute at `pos`; returns it and the new position, or undefined at the end of the tag. */
function readAttr(s: string, pos: number): { attr?: Attr; pos: number } {
  let i = pos;
  while (i < s.length && (isSpace(s[i]) || s[i] === '/')) i++;
  if (i >= s.length || s[i] === '>') return { pos: i };
  let name = '';
  while (i < s.length && !isSpace(s[i]) && s[i] !== '=' && s[i] !== '>' && s[i] !== '/') {
    name += s[i];
    i++;
  }
  while (i < s.length && isSpace(s[i])) i++;
  if (s[i] !== '=') return { attr: { name: name.toLowerCase(), value: '' }, pos: i };
  i++;
  while (i < s.length && isSpace(s[i])) i++;
  let value = '';
  const q = s[i];
  if (q === '"' || q === "'") {
    i++;
    while (i < s.length && s[i] !== q) {
      value += s[i];
      i++;
    }
    i++;
  } else {
    while (i < s.length && !isSpace(s[i]) && s[i] !== '>') {
      value += s[i];
      i++;
    }
  }
  return { attr: { name: name.toLowerCase(), value }, pos: i };
}

interface Tag {
  name: string;
  attrs: Attr[];
}

/** Start tags in the head of the document, skipping comments, end tags and declarations. */
function* startTags(s: string): Generator<Tag> {
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) return;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    const next = s[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = s.indexOf('>', lt);
      if (end < 0) return;
      i = end + 1;
      continue;
    }
    const isEnd = next === '/';
    const nameStart = isEnd ? lt + 2 : lt + 1;
    if (!/[A-Za-z]/.test(s[nameStart] ?? '')) {
      i = lt + 1;
      continue;
    }
    let j = nameStart;
    while (j < s.length && !isSpace(s[j]) && s[j] !== '/' && s[j] !== '>') j++;
    const name = s.slice(nameStart, j).toLowerCase();
    const attrs: Attr[] = [];
    // Attributes are parsed even for tags we skip so a '<meta' inside an attribute value is not mistaken for a tag.
    for (;;) {
      const r = readAttr(s, j);
      j = r.pos;
      if (!r.attr) break;
      attrs.push(r.attr);
    }
    i = j + 1;
    if (!isEnd) yield { name, attrs };
  }
}

/** `charset=…` inside a Content-Type value (header or http-equiv). */
function charsetParam(contentType: string): string | undefined {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

interface Prescan {
  charset?: string;
  lang?: string;
}

function prescan(head: string): Prescan {
  const out: Prescan = {};
  for (const tag of startTags(head)) {
    if (tag.name === 'html' && out.lang === undefined) {
      const lang = tag.attrs.find((a) => a.name === 'lang' || a.name === 'xml:lang')?.value.trim();
      if (lang) out.lang = lang;
    } else if (tag.name === 'meta' && out.charset === undefined) {
      const get = (n: string): string | undefined => tag.attrs.find((a) => a.name === n)?.value;
      const cs = get('charset');
      if (cs !== undefined && cs.trim()) {
        out.charset = cs.trim();
      } else if (get('http-equiv')?.trim().toLowerCase() === 'content-type') {
        const fromContent = charsetParam(get('content') ?? '');
        if (fromContent) out.charset = fromContent;
      }
    }
  }
  return out;
}

/** The legacy encoding a page in this language most likely uses. */
export function legacyCharsetForLang(lang: string | undefined): string {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (['ru', 'uk', 'bg', 'be', 'sr', 'mk'].includes(primary)) return 'windows-1251';
  if (['pl', 'cs', 'sk', 'hu', 'ro', 'hr', 'sl', 'bs'].includes(primary)) return 'windows-1250';
  if (['lt', 'lv', 'et'].includes(primary)) return 'windows-1257';
  return 'windows-1252';
}

/**
 * Decode an HTML body: BOM, then the Content-Type header charset, then a `<meta>` prescan of the first
 * 2048 bytes, then the bytes themselves. Declarations that contradict the bytes are overruled:
 * valid multi-byte UTF-8 under a legacy label is read as UTF-8, and invalid UTF-8 under a UTF-8 label
 * is read in the legacy encoding guessed from `<html lang>`.
 */
export function decodeHtml(body: Buffer, contentType?: string): DecodedHtml {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    return { html: decode(body, 'utf-8'), charset: 'utf-8', source: 'bom' };
  }
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) {
    return { html: decode(body, 'utf-16le'), charset: 'utf-16le', source: 'bom' };
  }
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) {
    return { html: decode(body, 'utf-16be'), charset: 'utf-16be', source: 'bom' };
  }

  // latin1 maps each byte to one code unit, so the prescan sees ASCII markup whatever the encoding.
  const info = prescan(body.subarray(0, PRESCAN_BYTES).toString('latin1'));
  let lazyScan: Utf8Scan | undefined;
  const scan = (): Utf8Scan => (lazyScan ??= scanUtf8(body));

  const legacy = (): DecodedHtml => {
    const charset = legacyCharsetForLang(info.lang);
    return { html: decode(body, charset), charset, source: info.lang ? 'lang' : 'default' };
  };

  const declared = (charset: string, source: 'header' | 'meta'): DecodedHtml => {
    if (charset === 'utf-8') {
      return fitsUtf8(scan()) ? { html: decode(body, 'utf-8'), charset, source } : legacy();
    }
    // Strictly valid only: the page declared something else, so overrule it only on clear evidence.
    const s = scan();
    if (s.multi > 0 && s.invalid === 0) return { html: decode(body, 'utf-8'), charset: 'utf-8', source: 'utf8-bytes' };
    return { html: decode(body, charset), charset, source };
  };

  // UTF-16 and x-user-defined labels on an ASCII-compatible byte stream are ignored, as browsers do for
  // <meta>; we treat the header the same unless the bytes look like UTF-16 (NULs between ASCII letters).
  const usable = (charset: string | undefined, allowUtf16: boolean): charset is string =>
    charset !== undefined && (!charset.startsWith('utf-16') || allowUtf16);
  const looksUtf16 = body.subarray(0, 1024).includes(0);

  const fromHeader = contentType ? charsetParam(contentType) : undefined;
  const headerCharset = fromHeader ? resolveCharsetLabel(fromHeader) : undefined;
  if (usable(headerCharset, looksUtf16)) {
    if (headerCharset.startsWith('utf-16')) return { html: decode(body, headerCharset), charset: headerCharset, source: 'header' };
    return declared(headerCharset, 'header');
  }

  const metaCharset = info.charset ? resolveCharsetLabel(info.charset) : undefined;
  if (usable(metaCharset, false)) return declared(metaCharset, 'meta');

  const s = scan();
  if (s.multi > 0 && fitsUtf8(s)) return { html: decode(body, 'utf-8'), charset: 'utf-8', source: 'utf8-bytes' };
  if (s.invalid === 0) return { html: decode(body, 'utf-8'), charset: 'utf-8', source: 'default' };
  return legacy();
}

const BINARY_TYPES = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|x-zip-compressed|gzip|x-gzip|x-rar-compressed|x-7z-compressed|msword|vnd\.ms-|vnd\.openxmlformats)/i;

function startsWith(body: Buffer, bytes: readonly number[]): boolean {
  return body.length >= bytes.length && bytes.every((b, i) => body[i] === b);
}

/**
 * Whether a body is a binary file rather than text, whatever it claims to be: a PDF or image served
 * as text/html should be reported, not parsed into garbage.
 */
export function isProbablyBinary(body: Buffer, contentType?: string): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim() ?? '';
  if (type && BINARY_TYPES.test(type)) return true;
  if (startsWith(body, [0xef, 0xbb, 0xbf]) || startsWith(body, [0xff, 0xfe]) || startsWith(body, [0xfe, 0xff])) {
    return false; // a text BOM; UTF-16 text is full of NULs
  }
  const magic: readonly (readonly number[])[] = [
    [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], // GIF87a
    [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
    [0x50, 0x4b, 0x03, 0x04], // ZIP (also docx/xlsx)
    [0x50, 0x4b, 0x05, 0x06], // empty ZIP
    [0x1f, 0x8b], // gzip that was not decompressed
  ];
  if (magic.some((m) => startsWith(body, m))) return true;
  if (body.length >= 12 && body.toString('latin1', 0, 4) === 'RIFF' && body.toString('latin1', 8, 12) === 'WEBP') return true;
  const declaresUtf16 = /charset\s*=\s*["']?utf-16/i.test(contentType ?? '');
  return !declaresUtf16 && body.subarray(0, 1024).includes(0);
}
