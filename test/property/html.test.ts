/**
 * Any HTML — random strings, random Unicode, and structured pages full of broken markup — parses, and every
 * view of it and every detector over it returns its documented shape without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAT_VENDORS } from '../../src/detectors/chat-vendors.js';
import { detectChatWidgets } from '../../src/detectors/chat-widgets.js';
import { detectCheckoutSteps } from '../../src/detectors/checkout-steps.js';
import { hoursFromStructuredData, hoursInText } from '../../src/detectors/hours.js';
import { legalMinimumReturnDays } from '../../src/detectors/legal-minimums.js';
import { guessCountry, phonesFromStructuredData, phonesFromTelLinks, phonesInText, type CountryCode, type PhoneMatch } from '../../src/detectors/phones.js';
import { replyPromisesInText } from '../../src/detectors/response-time.js';
import { returnPoliciesFromStructuredData, returnWindowsInText } from '../../src/detectors/return-window.js';
import { PageView } from '../../src/view/page-view.js';
import { MAX_DOM_DEPTH, parseHtml } from '../../src/page/parse.js';
import { MAX_VISIBLE_TEXT } from '../../src/page/visible-text.js';
import type { Page } from '../../src/snapshot.js';
import { anyHtml, countryHint, htmlPage, PAGE_URLS, supportText } from './arbitraries.js';

// Bounded so the file stays well under 10 s on a 2-core machine.
const RUNS = 100;
const E164 = /^\+\d{6,15}$/;
const VENDOR_IDS = new Set(CHAT_VENDORS.map((v) => v.id));

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on them). */
const percentEncode = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const pageOf = (html: string, url: string): Page => ({ url, roles: ['home'], status: 'ok', headers: {}, html });

function expectPhones(phones: PhoneMatch[], sources: PhoneMatch['source'][]): void {
  for (const p of phones) {
    expect(p.e164).toMatch(E164);
    expect(typeof p.raw).toBe('string');
    expect(sources).toContain(p.source);
  }
  // deduplicated by E.164, as documented
  expect(new Set(phones.map((p) => p.e164)).size).toBe(phones.length);
}

/** Every derived view of a page and every detector over it, with the shapes their docs promise. */
function checkView(view: PageView): void {
  const text = view.visibleText;
  expect(typeof text).toBe('string');
  expect(text.length).toBeLessThanOrEqual(MAX_VISIBLE_TEXT);
  expect(text).toBe(text.trim());

  for (const link of view.links) {
    // resolved and without fragment; the href as written is never empty
    expect(() => new URL(link.url)).not.toThrow();
    expect(new URL(link.url).hash).toBe('');
    expect(link.href.length).toBeGreaterThan(0);
    expect(link.href).toBe(link.href.trim());
    expect(link.text).not.toMatch(/\s{2}|^\s|\s$/);
  }

  for (const item of view.structuredData) {
    expect(['json-ld', 'microdata']).toContain(item.source);
    expect(Array.isArray(item.types)).toBe(true);
    for (const t of item.types) expect(typeof t).toBe('string');
    expect(typeof item.properties).toBe('object');
  }

  for (const script of view.scripts) {
    // exactly one of src (non-empty) or inline (capped)
    expect((script.src === undefined) !== (script.inline === undefined)).toBe(true);
    if (script.src !== undefined) expect(script.src.length).toBeGreaterThan(0);
    if (script.inline !== undefined) expect(script.inline.length).toBeLessThanOrEqual(20_000);
  }

  const country = view.country;
  if (country !== undefined) expect(country).toMatch(/^[A-Z]{2}$/);
  expectPhones(view.phones, ['tel-link', 'text', 'structured-data']);

  const steps = detectCheckoutSteps(view.$, text);
  if (steps) {
    expect(Number.isInteger(steps.count)).toBe(true);
    expect(steps.count).toBeGreaterThanOrEqual(1);
    expect(steps.count).toBeLessThanOrEqual(12);
    if (steps.current !== undefined) {
      expect(steps.current).toBeGreaterThanOrEqual(1);
      expect(steps.current).toBeLessThanOrEqual(steps.count);
    }
    expect(steps.labels.length).toBeLessThanOrEqual(steps.count);
    for (const label of steps.labels) expect(label.length).toBeLessThanOrEqual(60);
    expect(typeof steps.source).toBe('string');
    if (steps.text !== undefined) expect(steps.text.length).toBeLessThanOrEqual(200);
  }

  const hours = [...hoursInText(text), ...hoursFromStructuredData(view.structuredData)];
  for (const h of hours) {
    expect(h.value.length).toBeGreaterThan(0);
    expect(h.text.length).toBeLessThanOrEqual(120);
    expect(['text', 'structured-data']).toContain(h.source);
    expect(['days and times', 'labelled times', 'round the clock', 'schema.org']).toContain(h.kind);
  }
  expect(hoursInText(text).length).toBeLessThanOrEqual(10);

  const replies = replyPromisesInText(text);
  expect(replies.length).toBeLessThanOrEqual(20);
  for (const r of replies) {
    // > 0 is asserted for the known case below; here only the shape
    expect(Number.isFinite(r.hours)).toBe(true);
    expect(r.hours).toBeGreaterThanOrEqual(0);
    expect(r.hours).toBeLessThanOrEqual(24 * 60);
    expect(r.text.length).toBeLessThanOrEqual(140);
  }

  const windows = returnWindowsInText(text);
  expect(windows.length).toBeLessThanOrEqual(20);
  for (const w of windows) {
    expect(Number.isInteger(w.days)).toBe(true);
    expect(w.days).toBeGreaterThanOrEqual(1);
    expect(w.days).toBeLessThanOrEqual(1000);
    expect(w.text.length).toBeLessThanOrEqual(140);
    expect(typeof w.businessDays).toBe('boolean');
  }
  for (const p of returnPoliciesFromStructuredData(view.structuredData)) {
    expect(['finite', 'unlimited', 'not-permitted', 'unspecified']).toContain(p.category);
    if (p.days !== undefined) expect(p.days).toBeGreaterThan(0);
  }

  const chats = detectChatWidgets(view.$, view.scripts);
  for (const c of chats) {
    expect(VENDOR_IDS.has(c.vendorId)).toBe(true);
    expect(['script src', 'inline loader', 'element']).toContain(c.how);
  }
  // at most one finding per vendor and way of finding it
  expect(new Set(chats.map((c) => `${c.vendorId} ${c.how}`)).size).toBe(chats.length);
}

describe('HTML → PageView and detectors', () => {
  it('parseHtml never throws and caps the DOM depth', () => {
    fc.assert(
      fc.property(anyHtml, (html) => {
        const $ = parseHtml(html);
        // walk with a stack: the depth below the root never exceeds the cap (plus the kept small subtrees)
        const root = $.root()[0]!;
        const stack: [{ children?: unknown[] }, number][] = [[root, 0]];
        let deepest = 0;
        while (stack.length) {
          const [node, depth] = stack.pop()!;
          deepest = Math.max(deepest, depth);
          for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
        }
        expect(deepest).toBeLessThanOrEqual(MAX_DOM_DEPTH + 10);
      }),
      { numRuns: RUNS },
    );
  });

  it('every view and detector returns its documented shape, for any HTML, URL and country hint', () => {
    fc.assert(
      fc.property(anyHtml, fc.constantFrom(...PAGE_URLS), countryHint, (html, url, hint) => {
        checkView(new PageView(pageOf(html, url), hint));
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('views are stable: asking twice gives the same answer', () => {
    fc.assert(
      fc.property(htmlPage, (html) => {
        const view = new PageView(pageOf(html, 'https://shop.example/'));
        expect(view.visibleText).toBe(view.visibleText);
        expect(view.phones.map((p) => p.e164)).toEqual(new PageView(pageOf(html, 'https://shop.example/')).phones.map((p) => p.e164));
      }),
      { numRuns: 60 },
    );
  });
});

describe('text detectors on raw text', () => {
  const countries: (CountryCode | undefined)[] = [undefined, 'US', 'PL', 'RU', 'LT', 'GB', 'DE'];

  it('phone finders return E.164 numbers for any text, tel: href or schema.org value', () => {
    fc.assert(
      fc.property(fc.oneof(supportText, fc.string({ maxLength: 60 }), fc.fullUnicodeString({ maxLength: 60 })), fc.constantFrom(...countries), (text, country) => {
        expectPhones(phonesInText(text, country), ['text']);
        expectPhones(phonesFromTelLinks([`tel:${text}`, text, `callto://${percentEncode(text)}`], country), ['tel-link']);
        expectPhones(phonesFromStructuredData([text], country), ['structured-data']);
      }),
      { numRuns: 300 },
    );
  });

  it('E.164 has at most 15 digits, even where libphonenumber accepts longer German numbers', () => {
    // libphonenumber's DE metadata validates 16- and 17-digit numbers; phones.ts passes them on as "E.164"
    expect(phonesInText('29000000 000000', 'DE').map((p) => p.e164)).toEqual([]);
    expect(phonesInText('20000000 0000000', 'DE').map((p) => p.e164)).toEqual([]);
    expect(phonesFromTelLinks(['tel:+4929000000000000']).map((p) => p.e164)).toEqual([]);
  });

  it('a number followed by "24/7" or "24h" is found, and found whole', () => {
    // found by fuzzing: libphonenumber's matcher runs on into the "24", then the candidate is invalid (dropped)
    // or, with German variable-length numbers, valid but wrong ("+4930123456247")
    expect(phonesInText('Call +44 20 7946 0958 24/7', 'GB').map((p) => p.e164)).toEqual(['+442079460958']);
    expect(phonesInText('+48 22 123 45 67 24/7', 'PL').map((p) => p.e164)).toEqual(['+48221234567']);
    expect(phonesInText('Call +44 20 7946 0958 24h', 'GB').map((p) => p.e164)).toEqual(['+442079460958']);
    expect(phonesInText('Tel. 8 (800) 555-35-35 24/7', 'RU').map((p) => p.e164)).toEqual(['+78005553535']);
    expect(phonesInText('Call +49 30 123456 24/7', 'DE').map((p) => p.e164)).toEqual(['+4930123456']);
  });

  it('a labelled reply time of zero is not a promise, as "within 0 hours" is not', () => {
    // the sentence path drops durations <= 0; the "Response time: N unit" path keeps them (response-time.ts, LABELLED)
    expect(replyPromisesInText('We reply within 0 hours')).toEqual([]);
    expect(replyPromisesInText('Response time: 0 h')).toEqual([]);
    expect(replyPromisesInText('Czas odpowiedzi: 0 godzin')).toEqual([]);
  });

  it('guessCountry and legalMinimumReturnDays accept anything', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: undefined }), (country, lang, url) => {
        const cc = guessCountry({ country, lang, url });
        if (cc !== undefined) expect(cc).toMatch(/^[A-Z]{2}$/);
        const legal = legalMinimumReturnDays(country);
        if (legal) {
          expect(legal.days).toBeGreaterThanOrEqual(0);
          expect(legal.source.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
