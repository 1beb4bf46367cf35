import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (html: string, maxHours = 24) => runCheck({ 'response-time': { maxHours } }, html, 'contact');

describe('response-time', () => {
  it('passes a promise within maxHours, with the hours as evidence', () => {
    const result = run('<div class="contact-form__intro"><p>Ответим в течение 2 часов в рабочее время.</p></div>');
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([
      { page: 'https://shop.example/contact', kind: 'promised reply time (hours)', text: 'Ответим в течение 2 часов в рабочее время.', value: 2 },
    ]);
  });

  it('takes the fastest promise on the page', () => {
    const result = run('<p>E-mail: wir antworten innerhalb von 2 Werktagen.</p><p>Chat: Antwort innerhalb von 10 Minuten.</p>');
    expect(result.status).toBe('pass');
    expect(result.evidence.map((e) => e.value)).toEqual([0.167, 48]);
  });

  it('fails a slower promise, saying what was promised', () => {
    const result = run('<p>Nous répondons sous 48 heures.</p>');
    expect(result.status).toBe('fail');
    expect(result.note).toBe('promises a reply within 48 hours; at most 24 expected');
    expect(result.evidence[0]?.value).toBe(48);
  });

  it('fails when no reply time is promised, and ignores delivery and refund times', () => {
    const result = run('<p>Orders are delivered within 24 hours. Refund within 14 days. Write to us any time!</p>');
    expect(result).toEqual({ status: 'fail', evidence: [], note: 'no reply time promised' });
  });

  it('counts a business day as 24 hours', () => {
    expect(run('<p>Odpowiedź w ciągu 1 dnia roboczego.</p>', 24).status).toBe('pass');
    expect(run('<p>Odpowiedź w ciągu 1 dnia roboczego.</p>', 12).note).toBe('promises a reply within 24 hours; at most 12 expected');
  });

  it('requires maxHours', () => {
    expect(() => compileCheck({ 'response-time': {} }, [])).toThrow();
  });
});
