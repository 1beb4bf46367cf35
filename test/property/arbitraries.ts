/**
 * Arbitraries shared by the property tests: hostile-but-plausible HTML, support-page text, email bytes and
 * YAML. They mix words the detectors look for with broken markup, so that generated inputs reach the
 * detectors' interesting branches instead of being rejected at the first check.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

/* ---------------------------------------------------------------- text */

/** Phrases the detectors react to, in several languages, plus numbers that look like phones but are not. */
export const SUPPORT_SNIPPETS = [
  'Call us: +48 22 123 45 67',
  'Tel. 8 (800) 555-35-35',
  '1-877-833-2633',
  '+1 (503) 555-0142',
  'tel: +370 5 212 3456, 8 700 55555',
  '+44 20 7946 0958 ext. 12',
  '+999 123',
  '+0000000000000000000000',
  'Mon–Fri 9:00–18:00',
  'Sat 10-16',
  'пн–пт с 9 до 18',
  'Режим работы: с 8:30 до 17:00',
  'I–V 8–17',
  'Pon.-Pt. 8:00-16:00',
  '24/7',
  'круглосуточно',
  'rund um die Uhr',
  'du lundi au vendredi de 9h à 18h',
  'We reply within 24 hours',
  'we answer within minutes',
  'odpowiadamy w ciągu 2 dni roboczych',
  'ответим в течение 15 минут',
  'atsakysime per 24 valandas',
  'Antwort innerhalb eines Werktages',
  'réponse sous 48 heures',
  'Response time: 0 h',
  'Returns accepted within 30 days',
  'Zwrot w ciągu 14 dni od otrzymania',
  'vierzehn Tage Rückgabe',
  '365-day returns',
  'return within 99999 days',
  'вернуть товар в течение 7 дней',
  'Step 2 of 4',
  'Step 99 of 3',
  'Шаг 0 из 0',
  '3 žingsnis iš 5',
  'Order no. 123456789',
  'NIP 123-456-32-18',
  'IBAN PL61 1090 1014 0000 0712 1981 2874',
  'EAN 5901234123457',
  '2024-05-14 10:21',
  'Contact us',
  'FAQ',
  'Kontakt',
  'Возврат',
  'Zwroty',
] as const;

/** Characters and entities that break naive text handling. */
const ODD_TEXT = ['&amp;', '&nbsp;', '&#x110000;', '&#0;', '&#xD800;', '&bogus;', '&', '\u200b', '\u00a0', '\uFEFF', '\u0000', '\uD800', '\u2028', '\r\n', '\t', ' \n \n '] as const;

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SUPPORT_SNIPPETS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[+(]?\d{1,4}[ ).-]?\d{1,4}[ .-]?\d{0,6}$/) },
);

const separator = fc.constantFrom(' ', ' ', ', ', '\n', '; ', ' – ', ' | ', '. ', ': ', '');

/** Text of support-page words, numbers and odd characters, joined by random separators. */
export const supportText: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, separator), { maxLength: 24 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/* ---------------------------------------------------------------- HTML */

const TAGS = [
  'div', 'p', 'span', 'a', 'ul', 'ol', 'li', 'nav', 'table', 'tr', 'td', 'section', 'header', 'footer', 'form',
  'input', 'select', 'option', 'textarea', 'button', 'label', 'h1', 'h3', 'style', 'template', 'noscript', 'svg',
  'iframe', 'base', 'link', 'meta', 'html', 'head', 'body', 'title', 'br', 'img', 'area', 'details', 'x-widget',
  'main', 'object', 'canvas',
] as const;

const HREFS = [
  'tel:+48221234567', 'tel:+48 22 123 45 67', 'tel:%2B48%2022%20123%2045%2067', 'tel:%', 'tel:', 'TEL://8-800-555-35-35',
  'callto:+15035550142', 'tel:+1-503-555-0142;ext=12', 'tel:123?x=1', 'tel:+99999999999999999999999',
  'mailto:help@shop.example', 'javascript:alert(1)', '/contact', 'kontakt.html', '#contact', '/#faq', '../returns',
  'https://shop.example/pomoc', 'https://help.shop.example/', 'http://[::1', 'http://[', '//evil.example/x', '%%', ' ',
  'data:text/html,<a>', 'file:///etc/passwd', 'https://widget.intercom.io/widget/abc', 'https://embed.tawk.to/x/default',
] as const;

const CLASSES = [
  'breadcrumb', 'checkout-steps', 'opc-progress-bar', 'opc-progress-bar-item', 'step active', 'progress', 'wpmc-tabs',
  'woocommerce-checkout', 'intercom-lightweight-app', 'zopim', 'cart', 'is-current', 'payment_methods', 'hidden',
] as const;

const ITEMTYPES = [
  'https://schema.org/Organization', 'http://schema.org/ContactPoint', 'schema:LocalBusiness', 'https://schema.org/OpeningHoursSpecification',
  'https://schema.org/MerchantReturnPolicy', '', 'not a type', 'https://schema.org/Store https://schema.org/Thing',
] as const;

const attrValue = (name: string): fc.Arbitrary<string> => {
  switch (name) {
    case 'href':
    case 'src':
      return fc.oneof(fc.constantFrom(...HREFS), fc.webUrl(), fc.string({ maxLength: 16 }));
    case 'class':
    case 'id':
      return fc.oneof(fc.constantFrom(...CLASSES), fc.string({ maxLength: 10 }));
    case 'style':
      return fc.constantFrom('display:none', 'visibility: hidden', 'DISPLAY : NONE', 'color:red', '');
    case 'itemtype':
      return fc.constantFrom(...ITEMTYPES);
    case 'itemprop':
      return fc.constantFrom('telephone', 'openingHours', 'merchantReturnDays', 'returnPolicyCategory', 'contactPoint', 'name', 'telephone name');
    case 'aria-current':
      return fc.constantFrom('step', 'page', 'true', 'false');
    case 'type':
      return fc.constantFrom('application/ld+json', 'APPLICATION/LD+JSON', 'text/javascript', 'hidden', 'tel', 'text', 'search');
    case 'name':
    case 'autocomplete':
    case 'placeholder':
      return fc.constantFrom('street', 'postcode', 'cc-number', 'email', 'coupon', 'message', 'ORDER_PROP_7');
    default:
      return fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...SUPPORT_SNIPPETS));
  }
};

const ATTR_NAMES = [
  'href', 'src', 'class', 'id', 'style', 'hidden', 'aria-hidden', 'aria-current', 'aria-label', 'title', 'itemscope',
  'itemtype', 'itemprop', 'content', 'rel', 'property', 'name', 'type', 'lang', 'for', 'autocomplete', 'placeholder', 'alt',
] as const;

/** One attribute, quoted, unquoted or broken. */
const attribute: fc.Arbitrary<string> = fc.constantFrom(...ATTR_NAMES).chain((name) =>
  fc.tuple(attrValue(name), fc.constantFrom('"', "'", '', 'broken')).map(([value, quote]) => {
    if (name === 'hidden' || name === 'itemscope') return name;
    if (quote === 'broken') return `${name}="${value}`; // never closed: eats the rest of the tag
    if (quote === '') return `${name}=${value.replace(/[\s>]/g, '')}`;
    return `${name}=${quote}${value.split(quote).join(quote === '"' ? '&quot;' : '&#39;')}${quote}`;
  }),
);

/** schema.org JSON-LD shaped like real stores', with random values where the detectors read them. */
const jsonValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SUPPORT_SNIPPETS) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom('P14D', '30', ' 30 ', 'MerchantReturnFiniteReturnWindow', 'https://schema.org/MerchantReturnUnlimitedWindow', 'Mo-Fr 09:00-18:00', 'Mo,Tu 25:00-99:99', 'https://schema.org/Monday') },
);

const jsonLdObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    '@context': fc.constant('https://schema.org'),
    '@type': fc.constantFrom('Organization', 'Store', ['LocalBusiness', 'Store'], 'schema:Organization', 42),
    telephone: jsonValue,
    openingHours: fc.oneof(jsonValue, fc.array(jsonValue, { maxLength: 3 })),
    contactPoint: fc.record({
      '@type': fc.constantFrom('ContactPoint', undefined),
      telephone: jsonValue,
      hoursAvailable: fc.record({ dayOfWeek: jsonValue, opens: jsonValue, closes: jsonValue }),
    }),
    hasMerchantReturnPolicy: fc.record({ returnPolicyCategory: jsonValue, merchantReturnDays: jsonValue }),
  }),
  fc.record({ '@graph': fc.array(fc.record({ '@type': jsonValue, telephone: jsonValue, merchantReturnDays: jsonValue }), { maxLength: 3 }) }),
  fc.jsonValue({ maxDepth: 3 }),
);

const scriptElement: fc.Arbitrary<string> = fc.oneof(
  jsonLdObject.chain((data) =>
    fc.constantFrom('whole', 'truncated', 'html-escaped').map((how) => {
      const text = JSON.stringify(data) ?? 'null';
      const body = how === 'truncated' ? text.slice(0, Math.floor(text.length / 2)) : how === 'html-escaped' ? text.replace(/"/g, '&quot;') : text;
      return `<script type="application/ld+json">${body}</script>`;
    }),
  ),
  fc.constantFrom(
    '<script>window.intercomSettings = { app_id: "x" }; Intercom("boot", {});</script>',
    '<script>var Tawk_API=Tawk_API||{};</script>',
    '<script>zE("webWidget", "open")</script>',
    '<script src="https://code.jivosite.com/widget/abc" async></script>',
    '<script src="https://widget.intercom.io/widget/abc"></script>',
    '<script src="  "></script>',
    '<script src="http://[broken"></script>',
    '<script>document.write("<a href=\'tel:+48221234567\'>")</script>',
    '<script>',
    '<script><!--',
  ),
  fc.string({ maxLength: 40 }).map((code) => `<script>${code}</script>`),
);

/** Markup fragments that are not well-formed: unclosed tags, stray closers, comments, CDATA, processing instructions. */
const brokenMarkup = fc.constantFrom(
  '<div', '</p>', '</div></div></div>', '<!--', '-->', '<![CDATA[', ']]>', '<a href="tel:+4822', '<<>>', '</script>', '<style>',
  '<?xml version="1.0"?>', '<!DOCTYPE html>', '<table><td>', '<svg><a href="tel:+48221234567">x</a>', '<a><a><a>', '<li><li>',
  '<input value="+48 22 123 45 67">', '<select><option>+48 22 123 45 67</option></select>', '<br/>', '<p/>', '< p >', '<\u0000>',
  '<ol aria-label="Breadcrumb"><li>Cart</li><li aria-current="step">Shipping</li><li>Payment</li></ol>',
  '<nav aria-label="Breadcrumb"><ol><li>Cart</li><li>Information</li><li>Shipping</li><li>Payment</li></ol></nav>',
  '<form><input name="street"><input name="cc-number"></form>',
);

export interface HtmlNodeArbitraries {
  node: string;
  element: string;
}

/** A random DOM-ish tree: elements with random attributes, text, scripts and broken markup, up to a few levels deep. */
export const htmlFragment: fc.Arbitrary<string> = fc.letrec<HtmlNodeArbitraries>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    { weight: 4, arbitrary: supportText.map((t) => t.replace(/</g, '&lt;')) },
    { weight: 1, arbitrary: supportText },
    { weight: 2, arbitrary: scriptElement },
    { weight: 2, arbitrary: brokenMarkup },
    { weight: 5, arbitrary: tie('element') as fc.Arbitrary<string> },
  ),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attribute, { maxLength: 4 }),
      children: fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 4 }),
      closed: fc.boolean(),
    })
    .map(({ tag, attrs, children, closed }) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
})).node;

/** A whole page: sometimes a document with <html lang>, <base>, canonical; sometimes nested past the DOM depth cap. */
export const htmlPage: fc.Arbitrary<string> = fc
  .record({
    doctype: fc.boolean(),
    lang: fc.option(fc.constantFrom('en', 'en-GB', 'pl', 'ru', 'de-AT', 'lt', 'xx', '', 'EN_us', 'zz-ZZ-x'), { nil: undefined }),
    base: fc.option(fc.constantFrom(...HREFS), { nil: undefined }),
    body: fc.array(htmlFragment, { maxLength: 6 }),
    // 0 mostly; sometimes deeper than MAX_DOM_DEPTH (512), where parseHtml flattens
    depth: fc.constantFrom(0, 0, 0, 0, 0, 0, 520, 700),
  })
  .map(({ doctype, lang, base, body, depth }) => {
    const inner = `${'<div>'.repeat(depth)}${body.join('')}${'</div>'.repeat(depth)}`;
    const head = base === undefined ? '' : `<head><base href="${base}"><link rel="canonical" href="${base}"></head>`;
    return `${doctype ? '<!DOCTYPE html>' : ''}${lang === undefined ? '' : `<html lang="${lang}">`}${head}<body>${inner}</body>`;
  });

/** Any HTML: arbitrary strings (ASCII and full Unicode) as well as structured pages. */
export const anyHtml: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 200 }) },
  { weight: 4, arbitrary: htmlPage },
);

export const PAGE_URLS = [
  'https://shop.example/',
  'https://sklep.example.pl/kontakt',
  'http://127.0.0.1:8080/a/b?x=1',
  'file:///tmp/store/index.html',
  'https://shop.co.uk/',
  'http://folder.invalid/',
] as const;

/** Country hints as --country, a config or a sites file could pass them, valid or not. */
export const countryHint: fc.Arbitrary<string | undefined> = fc.option(fc.constantFrom('US', 'PL', 'GB', 'UK', 'ru', 'LT', 'XX', '', '  de ', 'POL'), { nil: undefined });

/* ---------------------------------------------------------------- email */

const CHARSETS = ['utf-8', 'UTF-8', 'windows-1251', 'koi8-r', 'iso-8859-2', 'gb2312', 'shift_jis', 'utf-16', 'utf-7', 'x-unknown', '', '"utf-8', 'utf-8"; x="'] as const;
const ENCODINGS = ['base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-uuencode', 'bogus', ''] as const;

const headerValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '=?utf-8?B?UG90d2llcmR6ZW5pZQ==?=', '=?koi8-r?Q?=F0=D2=C9=D7=C5=D4?=', '=?bogus?X?zz?=', '=?utf-8?B?####?=', '=?utf-8?Q?a_b?= =?utf-8?Q?c?=',
    'Shop <orders@shop.example>', '<>', 'undisclosed-recipients:;', '"a" <@>, b@', 'Tue, 14 May 2024 10:21:07 +0200', 'not a date',
  ),
);

const bodyBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b)),
  supportText.map((t) => Buffer.from(t, 'utf8')),
  supportText.map((t) => Buffer.from(Buffer.from(t, 'utf8').toString('base64'))),
  fc.constantFrom('ab$$=', '=C4=99=\r\n=ZZ', '<html><body><a href="tel:+48221234567">Zadzwoń</a></body></html>', '=\r\n').map((s) => Buffer.from(s, 'latin1')),
);

export interface MimePart {
  headers: [string, string][];
  body: Buffer | MimePart[];
  boundary: string;
  closed: boolean;
}

const leafPart: fc.Arbitrary<MimePart> = fc.record({
  headers: fc.array(
    fc.oneof(
      fc.tuple(fc.constant('Content-Type'), fc.tuple(fc.constantFrom('text/html', 'text/plain', 'application/octet-stream', 'message/rfc822', 'image/png', 'text/html '), fc.constantFrom(...CHARSETS)).map(([t, c]) => `${t}; charset=${c}`)),
      fc.tuple(fc.constant('Content-Transfer-Encoding'), fc.constantFrom(...ENCODINGS)),
      fc.tuple(fc.constantFrom('Content-Disposition', 'X-Junk', 'Content-ID'), headerValue),
    ),
    { maxLength: 3 },
  ),
  body: bodyBytes,
  boundary: fc.constant(''),
  closed: fc.boolean(),
});

const multipart: fc.Arbitrary<MimePart> = fc.letrec<{ part: MimePart; multi: MimePart }>((tie) => ({
  part: fc.oneof({ maxDepth: 2, depthSize: 'small' }, leafPart, tie('multi') as fc.Arbitrary<MimePart>),
  multi: fc.record({
    boundary: fc.constantFrom('B', '----=_Part_0_123', 'x y', '', '--'),
    closed: fc.boolean(),
    body: fc.array(tie('part') as fc.Arbitrary<MimePart>, { maxLength: 3 }),
    headers: fc.constant<[string, string][]>([]),
  }),
})).multi;

function renderPart(part: MimePart, eol: string): Buffer {
  if (Buffer.isBuffer(part.body)) {
    return Buffer.concat([Buffer.from(part.headers.map(([k, v]) => `${k}: ${v}${eol}`).join('') + eol, 'utf8'), part.body]);
  }
  const chunks: Buffer[] = [];
  for (const child of part.body) {
    chunks.push(Buffer.from(`${eol}--${part.boundary}${eol}`, 'latin1'));
    const type = Buffer.isBuffer(child.body) ? undefined : `Content-Type: multipart/alternative; boundary="${child.boundary}"${eol}${eol}`;
    if (type) chunks.push(Buffer.from(type, 'latin1'));
    chunks.push(renderPart(child, eol));
  }
  if (part.closed) chunks.push(Buffer.from(`${eol}--${part.boundary}--${eol}`, 'latin1'));
  return Buffer.concat(chunks);
}

/** An RFC 822 message: random top headers (most of them ones real mail has), then a single body or MIME parts. */
export const emailBytes: fc.Arbitrary<Buffer> = fc
  .record({
    mbox: fc.boolean(),
    bom: fc.boolean(),
    eol: fc.constantFrom('\r\n', '\n'),
    headers: fc.array(fc.tuple(fc.constantFrom('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Received', 'X-Mailer', 'Reply-To'), headerValue), { minLength: 1, maxLength: 6 }),
    folded: fc.boolean(),
    content: fc.oneof(leafPart, multipart),
  })
  .map(({ mbox, bom, eol, headers, folded, content }) => {
    const top = headers.map(([k, v]) => `${k}: ${v}${folded ? `${eol}\t${v}` : ''}${eol}`).join('');
    const prefix = `${bom ? '\uFEFF' : ''}${mbox ? `From sender@example.com Tue May 14 10:21:07 2024${eol}` : ''}${top}`;
    const type = Buffer.isBuffer(content.body) ? '' : `MIME-Version: 1.0${eol}Content-Type: multipart/mixed; boundary="${content.boundary}"${eol}${eol}`;
    return Buffer.concat([Buffer.from(prefix + type, 'utf8'), renderPart(content, eol)]);
  });

/* ---------------------------------------------------------------- YAML */

const RULE_KEYS = ['id', 'title', 'failureTitle', 'description', 'fix', 'severity', 'weight', 'pages', 'check', 'manual', 'whenPageMissing', 'appliesWhen', 'notApplicableMessage', 'benchmark'] as const;
const PRIMITIVE_NAMES = ['selector', 'text', 'link', 'structured-data', 'phone', 'number', 'script', 'checkout-steps', 'page-found', 'hours', 'chat-widget', 'response-time', 'return-window', 'all', 'any', 'none', 'not', 'scirpt'] as const;

/** Regular expressions and selectors a careless (or hostile) rule author might write. */
const PATTERNS = ['(', '(a+)+$', '(?<!\\p{L})x', '\\p{Foo}', '[', 'a{99999}', '(?<n>x)\\k<m>', '.*', '', '\\', 'gift ?wrap'] as const;
const SELECTORS = [':nth-child(', 'a[href^=tel]', 'div >', '***', '', 'form textarea', 'a:has(', '[x=y i]', ':not()'] as const;

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...PATTERNS),
  fc.constantFrom(...SELECTORS),
  fc.constantFrom('error', 'warn', 'info', 'fatal', 'home', 'contact', 'any', 'email', 'fail', 'na', 'en', 'pl', 'recommended', 'none', 'off'),
);

/** A check spec: a primitive or combinator name with random (sometimes valid) options, nested a little. */
export const checkSpec: fc.Arbitrary<unknown> = fc.letrec<{ check: unknown; options: unknown }>((tie) => ({
  check: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fc.dictionary(fc.constantFrom(...PRIMITIVE_NAMES), tie('options'), { minKeys: 1, maxKeys: 2 }),
    fc.array(tie('check'), { maxLength: 2 }),
    scalar,
  ),
  options: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fc.dictionary(
      fc.constantFrom('css', 'min', 'max', 'patterns', 'text', 'href', 'type', 'property', 'matches', 'gte', 'lte', 'sources', 'src', 'inline', 'role', 'unit', 'vendors', 'en', 'pl', 'bogus'),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom('en', 'pl', 'ru'), fc.array(scalar, { maxLength: 2 }), { maxKeys: 2 })),
      { maxKeys: 3 },
    ),
    fc.array(tie('check'), { maxLength: 3 }),
    scalar,
  ),
})).check;

export const ruleSpec: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...RULE_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }),
  fc.oneof(scalar, checkSpec, fc.array(scalar, { maxLength: 3 }), fc.stringMatching(/^[a-z]{1,5}\.[a-z-]{1,8}$/)),
  { maxKeys: 10 },
);

/** A rule file as data: usually the right top-level shape, with random rules inside. */
export const ruleFileData: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ category: fc.record({ id: fc.oneof(fc.constantFrom('gifts', 'Gifts', ''), fc.string({ maxLength: 6 })), title: scalar }, { requiredKeys: [] }), rules: fc.oneof(fc.array(ruleSpec, { maxLength: 3 }), scalar) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Text edits that keep most of a YAML file but break something: a tab, a lost colon, an anchor, a tag. */
const YAML_DAMAGE = ['\t', ':', '- ', '&a ', '*a', '*nope', '!!binary ', '<<: ', '---\n', '...\n', '%YAML 1.1\n', '"', "'", '{', '[', '? ', '|', '>', '#', '\u0000', '\uFEFF', '\r'] as const;

/** Insert, delete or replace a few spots of a source text. */
export function damaged(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return source.chain((text) =>
    fc
      .array(fc.tuple(fc.nat({ max: Math.max(0, text.length) }), fc.nat({ max: 6 }), fc.oneof(fc.constantFrom(...YAML_DAMAGE), fc.string({ maxLength: 4 }))), { minLength: 1, maxLength: 4 })
      .map((edits) => edits.reduce((t, [at, cut, insert]) => t.slice(0, at) + insert + t.slice(at + cut), text)),
  );
}

/** YAML text of random data, as a person would write it (block style) or on one line (flow style). */
export function yamlOf(data: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.tuple(data, fc.boolean()).map(([value, flow]) => stringify(value, flow ? { collectionStyle: 'flow' } : {}));
}

const goodPattern = fc.constantFrom('(\\d+) days', '(\\d+)\\s*(?:h|hours)', 'call|phone', '(?<!\\p{L})zwrot(?!\\p{L})', '(\\d+)', 'gift ?wrap', '^tel:');
const patternList = fc.array(fc.oneof({ weight: 4, arbitrary: goodPattern }, { weight: 1, arbitrary: fc.constantFrom(...PATTERNS) }), { minLength: 1, maxLength: 3 });
/** Patterns as rule files give them: a list, or lists per language (sometimes an unknown language). */
const patternSpec = fc.oneof(patternList, fc.dictionary(fc.constantFrom('en', 'pl', 'ru', 'xx'), patternList, { minKeys: 1, maxKeys: 2 }));
const bound = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 0 }) }, { weight: 1, arbitrary: fc.double({ min: -1, max: 100, noNaN: true }) });

/** One primitive with options close to its schema: usually valid, sometimes off by one key or value. */
export const primitiveCheck: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ selector: fc.record({ css: fc.constantFrom(...SELECTORS), min: bound, max: bound }, { requiredKeys: ['css'] }) }),
  fc.record({ text: fc.record({ patterns: patternSpec }) }),
  fc.record({ link: fc.record({ text: patternSpec, href: patternSpec, min: bound }, { requiredKeys: [] }) }),
  fc.record({ 'structured-data': fc.record({ type: fc.constantFrom('ContactPoint', 'Organization', 'MerchantReturnPolicy', ['Store', 'https://schema.org/LocalBusiness']), property: fc.constantFrom('telephone', 'hoursAvailable.opens', 'merchantReturnDays', 'contactPoint.telephone'), matches: patternSpec, gte: bound, lte: bound }, { requiredKeys: ['type'] }) }),
  fc.record({ phone: fc.record({ min: bound, sources: fc.uniqueArray(fc.constantFrom('tel-link', 'text', 'structured-data', 'fax'), { maxLength: 3 }) }, { requiredKeys: [] }) }),
  fc.record({ number: fc.record({ patterns: patternSpec, gte: bound, lte: bound, unit: fc.constantFrom('days', 'hours') }, { requiredKeys: ['patterns'] }) }),
  fc.record({ script: fc.record({ src: patternSpec, inline: patternSpec }, { requiredKeys: [] }) }),
  fc.record({ 'checkout-steps': fc.record({ max: bound }) }),
  fc.record({ 'page-found': fc.record({ role: fc.constantFrom('contact', 'faq', 'email', 'checkout', 'basket') }) }),
  fc.record({ hours: fc.constant({}) }),
  fc.record({ 'chat-widget': fc.record({ vendors: fc.uniqueArray(fc.constantFrom('intercom', 'zendesk', 'tawk', 'nope'), { maxLength: 2 }) }, { requiredKeys: [] }) }),
  fc.record({ 'response-time': fc.record({ maxHours: bound }, { requiredKeys: [] }) }),
  fc.record({ 'return-window': fc.record({ minDays: bound, bestPracticeDays: bound }, { requiredKeys: [] }) }),
);

/** A check as rule authors combine them: a primitive, or all/any/none/not around a few. */
export const plausibleCheck: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: primitiveCheck },
  { weight: 1, arbitrary: fc.record({ any: fc.array(primitiveCheck, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ all: fc.array(primitiveCheck, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ none: fc.array(primitiveCheck, { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ not: primitiveCheck }) },
);

/** A whole rule that usually validates: only its check (and sometimes its pages) vary. */
export const plausibleRule: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    id: fc.constantFrom('gifts.wrap', 'gifts.card', 'gifts.note'),
    pages: fc.subarray(['home', 'contact', 'faq', 'returns', 'shipping', 'cart', 'checkout', 'order-tracking', 'email', 'any'], { minLength: 1 }),
    check: plausibleCheck,
    whenPageMissing: fc.constantFrom('na', 'fail', undefined),
    appliesWhen: fc.option(primitiveCheck, { nil: undefined }),
  })
  .map(({ id, pages, check, whenPageMissing, appliesWhen }) => ({
    id,
    title: 'Gift wrapping is offered',
    failureTitle: 'No gift wrapping',
    description: 'd',
    fix: 'x',
    severity: 'info',
    weight: 1,
    pages,
    check,
    ...(whenPageMissing ? { whenPageMissing } : {}),
    ...(appliesWhen ? { appliesWhen, notApplicableMessage: 'n/a' } : {}),
  }));
