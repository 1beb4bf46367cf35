/**
 * Any bytes given as an order email either parse to an email Page or are refused with an EmailParseError
 * (which the CLI prints as a usage error) — never another exception, which would be an "internal error".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/acquire/email.js';
import { PageView } from '../../src/view/page-view.js';
import type { Page } from '../../src/snapshot.js';
import { emailBytes } from './arbitraries.js';
import { EmailParseError } from '../../src/errors.js';

const URLS = ['file:///tmp/order.eml', 'file:///tmp/order.html', 'order.eml', 'https://x.example/mail.htm', 'not a url'] as const;

/** The outcome of one parse: the page, or the error — which must be an EmailParseError with a message. */
async function outcome(bytes: Buffer, url: string): Promise<Page | EmailParseError> {
  try {
    return await parseEmail(bytes, url);
  } catch (error) {
    if (!(error instanceof EmailParseError)) throw new Error(`parseEmail threw ${String(error)} for ${JSON.stringify(bytes.toString('latin1').slice(0, 300))}`, { cause: error });
    return error;
  }
}

function checkPage(page: Page, url: string): void {
  expect(page.url).toBe(url);
  expect(page.roles).toEqual(['email']);
  expect(page.status).toBe('ok');
  expect(typeof page.html).toBe('string');
  expect(typeof page.charset).toBe('string');
  for (const [name, value] of Object.entries(page.headers)) {
    expect(typeof name).toBe('string');
    expect(typeof value).toBe('string');
  }
  for (const value of Object.values(page.email ?? {})) expect(typeof value).toBe('string');
  // rules read the email like any page: its views must hold up too
  const view = new PageView(page);
  expect(typeof view.visibleText).toBe('string');
  for (const p of view.phones) expect(p.e164).toMatch(/^\+\d{6,17}$/); // 15 is asserted in html.test.ts
}

describe('parseEmail on hostile bytes', () => {
  it('random bytes: a Page or an EmailParseError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...URLS), async (raw, url) => {
        const result = await outcome(Buffer.from(raw), url);
        if (result instanceof EmailParseError) expect(result.message.length).toBeGreaterThan(0);
        else checkPage(result, url);
      }),
      { numRuns: 300 },
    );
  });

  it('random text after a plausible header block: a Page or an EmailParseError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.fullUnicodeString({ maxLength: 200 }), fc.constantFrom('From: a@b\r\n\r\n', 'Subject: x\n', 'Content-Type: text/html\n\n', ''), async (text, head) => {
        const url = 'file:///tmp/order.eml';
        const result = await outcome(Buffer.from(head + text, 'utf8'), url);
        if (!(result instanceof EmailParseError)) checkPage(result, url);
      }),
      { numRuns: 200 },
    );
  });

  it('structured messages (random headers, MIME parts, charsets and transfer encodings): a Page or an EmailParseError', async () => {
    await fc.assert(
      fc.asyncProperty(emailBytes, fc.constantFrom(...URLS), async (bytes, url) => {
        const result = await outcome(bytes, url);
        if (!(result instanceof EmailParseError)) checkPage(result, url);
      }),
      { numRuns: 250 },
    );
  }, 20_000);

  it('a well-formed message with random header values still parses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s)), async (subject) => {
        const bytes = Buffer.from(`From: shop@example.com\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCall +48 22 123 45 67\r\n`, 'utf8');
        const result = await outcome(bytes, 'file:///tmp/order.eml');
        // a From header and a body make an email whatever the subject says
        expect(result).not.toBeInstanceOf(EmailParseError);
      }),
      { numRuns: 100 },
    );
  });
});
