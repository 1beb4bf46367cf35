import { describe, expect, it } from 'vitest';
import { decodeHtml, isProbablyBinary, legacyCharsetForLang, resolveCharsetLabel } from '../../src/acquire/charset.js';
import { encodeLegacy as encode } from '../helpers/legacy-encode.js';


const RU = 'Доставка и возврат: звоните нам, ответим за 24 часа. Ёлка';
const PL = 'Zwroty i reklamacje: łatwo, szybko — Żółć, gęś, źdźbło, ŚĆŃ';
const LT = 'Grąžinimas per 14 dienų, pristatymas į namus: Čia, Šiauliai, Ūkis, Žemė, Ėjo';

const page = (head: string, text: string, lang = ''): string =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}<title>Shop</title></head><body><p>${text}</p></body></html>`;

describe('the test encoder', () => {
  it('produces real windows-1251/1250/1257 bytes', () => {
    expect([...encode('Привет', 'windows-1251')]).toEqual([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect([...encode('łąś', 'windows-1250')]).toEqual([0xb3, 0xb9, 0x9c]);
    expect([...encode('ąšž', 'windows-1257')]).toEqual([0xe0, 0xf0, 0xfe]);
  });
});

describe('decodeHtml: declared encodings', () => {
  it('windows-1251 from the Content-Type header', () => {
    const d = decodeHtml(encode(page('', RU), 'windows-1251'), 'text/html; charset=windows-1251');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'header' });
    expect(d.html).toContain(RU);
  });

  it.each(['cp1251', 'CP1251', 'x-cp1251', 'win-1251', '"windows-1251"'])('header label %s', (label) => {
    const d = decodeHtml(encode(page('', RU), 'windows-1251'), `text/html;charset=${label}`);
    expect(d.charset).toBe('windows-1251');
    expect(d.html).toContain(RU);
  });

  it('windows-1250 from <meta charset>', () => {
    const d = decodeHtml(encode(page('<meta charset="windows-1250">', PL), 'windows-1250'), 'text/html');
    expect(d).toMatchObject({ charset: 'windows-1250', source: 'meta' });
    expect(d.html).toContain(PL);
  });

  it('windows-1257 from <meta http-equiv="Content-Type">', () => {
    const head = '<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=windows-1257">';
    const d = decodeHtml(encode(page(head, LT), 'windows-1257'));
    expect(d).toMatchObject({ charset: 'windows-1257', source: 'meta' });
    expect(d.html).toContain(LT);
  });

  it.each([`<meta charset='windows-1251'>`, '<meta charset=cp1251>', '<meta CHARSET = "Windows-1251" />', '<meta content="text/html;charset=windows-1251" http-equiv="Content-Type">'])(
    'meta variant %s',
    (head) => {
      const d = decodeHtml(encode(page(head, RU), 'windows-1251'));
      expect(d).toMatchObject({ charset: 'windows-1251', source: 'meta' });
      expect(d.html).toContain(RU);
    },
  );

  it('the header wins over the meta', () => {
    const d = decodeHtml(encode(page('<meta charset="windows-1250">', RU), 'windows-1251'), 'text/html; charset=windows-1251');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'header' });
  });

  it('an unknown header label falls through to the meta', () => {
    const d = decodeHtml(encode(page('<meta charset="windows-1251">', RU), 'windows-1251'), 'text/html; charset=no-such-thing');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'meta' });
  });

  it('latin1 means windows-1252, with its curly quotes, dashes and euro sign', () => {
    // "Café’s price — 5 €" in windows-1252; Node 20's own decoder gets 0x80–0x9F wrong.
    const body = Buffer.concat([Buffer.from('<p>Caf', 'latin1'), Buffer.from([0xe9, 0x92]), Buffer.from('s price ', 'latin1'), Buffer.from([0x97]), Buffer.from(' 5 ', 'latin1'), Buffer.from([0x80]), Buffer.from('</p>', 'latin1')]);
    const d = decodeHtml(body, 'text/html; charset=latin1');
    expect(d).toMatchObject({ charset: 'windows-1252', source: 'header' });
    expect(d.html).toBe('<p>Caf\u00e9\u2019s price \u2014 5 \u20ac</p>');
  });

  it('ignores a meta after the first 2048 bytes, or inside a comment or attribute', () => {
    const filler = `<!-- ${'x'.repeat(2100)} -->`;
    const late = decodeHtml(encode(page(`${filler}<meta charset="windows-1251">`, RU), 'windows-1251'));
    expect(late.source).not.toBe('meta');
    const commented = decodeHtml(encode(page('<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">', RU), 'windows-1251'));
    expect(commented).toMatchObject({ charset: 'windows-1251', source: 'meta' });
    const inAttr = decodeHtml(encode(page('<link title="<meta charset=koi8-r>"><meta charset="windows-1251">', RU), 'windows-1251'));
    expect(inAttr).toMatchObject({ charset: 'windows-1251', source: 'meta' });
  });

  it('ignores x-user-defined and UTF-16 metas in an ASCII-compatible page', () => {
    for (const label of ['x-user-defined', 'utf-16', 'UTF-16LE']) {
      const d = decodeHtml(Buffer.from(page(`<meta charset="${label}">`, RU), 'utf8'));
      expect(d).toMatchObject({ charset: 'utf-8', source: 'utf8-bytes' });
      expect(d.html).toContain(RU);
    }
  });
});

describe('decodeHtml: byte-order marks', () => {
  it('UTF-8 BOM wins over a header and is stripped', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', RU), 'utf8')]);
    const d = decodeHtml(body, 'text/html; charset=windows-1251');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(d.html.startsWith('<!doctype')).toBe(true);
    expect(d.html).toContain(RU);
  });

  it('UTF-16LE and UTF-16BE BOMs', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', RU), 'utf16le')]);
    expect(decodeHtml(le)).toMatchObject({ charset: 'utf-16le', source: 'bom' });
    expect(decodeHtml(le).html).toContain(RU);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeHtml(be)).toMatchObject({ charset: 'utf-16be', source: 'bom' });
    expect(decodeHtml(be).html).toContain(RU);
  });
});

describe('decodeHtml: declarations that lie', () => {
  it('meta says windows-1251 but the bytes are UTF-8 Cyrillic', () => {
    const d = decodeHtml(Buffer.from(page('<meta charset="windows-1251">', RU), 'utf8'));
    expect(d).toMatchObject({ charset: 'utf-8', source: 'utf8-bytes' });
    expect(d.html).toContain(RU);
  });

  it('header says windows-1250 but the bytes are UTF-8 Polish', () => {
    const d = decodeHtml(Buffer.from(page('', PL), 'utf8'), 'text/html; charset=windows-1250');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'utf8-bytes' });
    expect(d.html).toContain(PL);
  });

  it('a legacy declaration on pure ASCII is kept', () => {
    const d = decodeHtml(Buffer.from(page('<meta charset="windows-1251">', 'Hello'), 'utf8'));
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'meta' });
  });

  it('header says utf-8 but the bytes are windows-1251 and lang=ru', () => {
    const d = decodeHtml(encode(page('', RU, 'ru'), 'windows-1251'), 'text/html; charset=utf-8');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'lang' });
    expect(d.html).toContain(RU);
  });

  it.each([
    ['pl-PL', PL, 'windows-1250'],
    ['lt', LT, 'windows-1257'],
  ])('meta says utf-8 but the bytes are legacy, lang=%s', (lang, text, charset) => {
    const d = decodeHtml(encode(page('<meta charset="utf-8">', text, lang), charset));
    expect(d).toMatchObject({ charset, source: 'lang' });
    expect(d.html).toContain(text);
  });

  it('without a lang the legacy guess is windows-1252', () => {
    // Latin-1 letters only, so Buffer's latin1 encoder gives the windows-1252 bytes.
    const d = decodeHtml(Buffer.from(page('', 'Caf\u00e9 cr\u00e8me, fa\u00e7ade'), 'latin1'), 'text/html; charset=utf-8');
    expect(d).toMatchObject({ charset: 'windows-1252', source: 'default' });
    expect(d.html).toContain('Caf\u00e9 cr\u00e8me, fa\u00e7ade');
  });

  it('a stray legacy byte in a mostly-UTF-8 page does not flip the whole page', () => {
    const body = Buffer.concat([Buffer.from(page('', RU.repeat(3)), 'utf8'), Buffer.from([0x92]), Buffer.from('</p>')]);
    const d = decodeHtml(body, 'text/html; charset=utf-8');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'header' });
    expect(d.html).toContain(RU);
  });

  it('a UTF-8 body cut mid-character (size cap) is still UTF-8', () => {
    const full = Buffer.from(page('', RU), 'utf8');
    const cut = full.subarray(0, full.indexOf(Buffer.from('Доставка', 'utf8')) + 3);
    expect(decodeHtml(cut)).toMatchObject({ charset: 'utf-8', source: 'utf8-bytes' });
  });
});

describe('decodeHtml: nothing declared', () => {
  it('valid UTF-8 with multi-byte characters', () => {
    const d = decodeHtml(Buffer.from(page('', LT), 'utf8'), 'text/html');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'utf8-bytes' });
    expect(d.html).toContain(LT);
  });

  it('plain ASCII', () => {
    expect(decodeHtml(Buffer.from(page('', 'Hello'), 'utf8'))).toMatchObject({ charset: 'utf-8', source: 'default' });
  });

  it('legacy bytes guessed from <html lang>', () => {
    const d = decodeHtml(encode(page('', RU, 'ru-RU'), 'windows-1251'));
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'lang' });
    expect(d.html).toContain(RU);
  });

  it('maps languages to legacy encodings', () => {
    expect(legacyCharsetForLang('uk')).toBe('windows-1251');
    expect(legacyCharsetForLang('BG')).toBe('windows-1251');
    expect(legacyCharsetForLang('cs-CZ')).toBe('windows-1250');
    expect(legacyCharsetForLang('hu')).toBe('windows-1250');
    expect(legacyCharsetForLang('lv')).toBe('windows-1257');
    expect(legacyCharsetForLang('et')).toBe('windows-1257');
    expect(legacyCharsetForLang('de')).toBe('windows-1252');
    expect(legacyCharsetForLang(undefined)).toBe('windows-1252');
  });
});

describe('resolveCharsetLabel', () => {
  it('maps WHATWG and common real-world labels', () => {
    expect(resolveCharsetLabel('latin1')).toBe('windows-1252');
    expect(resolveCharsetLabel('ISO-8859-1')).toBe('windows-1252');
    expect(resolveCharsetLabel('win-1251')).toBe('windows-1251');
    expect(resolveCharsetLabel('cp1257')).toBe('windows-1257');
    expect(resolveCharsetLabel('koi8-r')).toBe('koi8-r');
    expect(resolveCharsetLabel('Shift_JIS')).toBe('shift_jis');
    expect(resolveCharsetLabel('utf8')).toBe('utf-8');
    expect(resolveCharsetLabel('bogus')).toBeUndefined();
    expect(resolveCharsetLabel('')).toBeUndefined();
  });
});

describe('isProbablyBinary', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'latin1')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['GIF', Buffer.from('GIF89a\x01\x00', 'latin1')],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0])],
    ['NUL bytes', Buffer.from('<html>\u0000\u0000\u0001binary', 'latin1')],
  ])('%s served as text/html is binary', (_name, body) => {
    expect(isProbablyBinary(body, 'text/html')).toBe(true);
  });

  it('HTML, legacy bytes and UTF-16 text are not binary', () => {
    expect(isProbablyBinary(Buffer.from(page('', RU), 'utf8'), 'text/html')).toBe(false);
    expect(isProbablyBinary(encode(page('', RU), 'windows-1251'))).toBe(false);
    expect(isProbablyBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', RU), 'utf16le')]))).toBe(false);
    expect(isProbablyBinary(Buffer.alloc(0))).toBe(false);
  });

  it('trusts a binary Content-Type', () => {
    expect(isProbablyBinary(Buffer.from('hello'), 'application/pdf')).toBe(true);
    expect(isProbablyBinary(Buffer.from('hello'), 'image/png')).toBe(true);
  });
});
