import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (html: string) => runCheck({ hours: {} }, html, 'contact');

describe('hours', () => {
  it('passes with days and times in the text, normalised in evidence', () => {
    const result = run('<footer><div class="footer-worktime">Пн-Пт 09:00 - 18:00, Сб 10:00 - 16:00</div></footer>');
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([
      { page: 'https://shop.example/contact', kind: 'service hours', text: 'Пн-Пт 09:00 - 18:00', value: 'Mon–Fri 09:00–18:00' },
      { page: 'https://shop.example/contact', kind: 'service hours', text: 'Сб 10:00 - 16:00', value: 'Sat 10:00–16:00' },
    ]);
  });

  it('passes on round-the-clock service and on a labelled time range', () => {
    expect(run('<p>Infolinia czynna całodobowo</p>').evidence[0]).toMatchObject({ kind: 'service hours (round the clock)', value: '24/7' });
    expect(run('<p>Öffnungszeiten: 9:00–18:00</p>').evidence[0]).toMatchObject({ kind: 'service hours (times under an hours label)', value: '09:00–18:00' });
  });

  it('passes on schema.org hours', () => {
    const html = `<script type="application/ld+json">{"@type":"ContactPoint","contactType":"customer service",
      "hoursAvailable":{"@type":"OpeningHoursSpecification","dayOfWeek":["Monday","Tuesday","Wednesday","Thursday","Friday"],"opens":"08:00","closes":"20:00"}}</script>`;
    expect(run(html).evidence[0]).toMatchObject({ kind: 'service hours (schema.org)', value: 'Mon–Fri 08:00–20:00' });
  });

  it('falls back to a tooltip when the page text has no hours', () => {
    const html = `<div class="hotline" title="Wir sind Mo. bis So. von 8 bis 22 Uhr kostenlos erreichbar">Kostenlose Hotline 0800 240 10 20</div>`;
    const result = run(html);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ kind: 'service hours, in a title attribute', value: 'Mon–Sun 08:00–22:00' });
  });

  it('fails on delivery times, prices and dates, with a note', () => {
    const result = run('<p>Delivery in 3–5 business days. Sizes 36-42. £29.99 – £39.99. Posted 2024-05-01 17:02.</p>');
    expect(result).toEqual({ status: 'fail', evidence: [], note: 'no customer-service hours found' });
  });

  it('takes no options', () => {
    expect(() => compileCheck({ hours: { days: 5 } }, [])).toThrow();
  });
});
