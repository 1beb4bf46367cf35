import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (html: string, country?: string, options: Record<string, unknown> = {}) => runCheck({ 'return-window': options }, html, 'returns', country);

describe('return-window', () => {
  it('passes a window above the legal minimum, with the largest window as the policy', () => {
    const html = `<div class="rte"><p>We accept returns within 30 days of delivery.</p>
      <p>Under EU law you may cancel or return your order within 14 days of receiving the goods.</p></div>`;
    const result = run(html, 'PL');
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toEqual({
      page: 'https://shop.example/returns',
      kind: 'return window (legal minimum 14 days in PL; 30+ days is best practice: yes)',
      text: 'We accept returns within 30 days of delivery.',
      value: '30 days',
    });
    expect(result.evidence[1]).toMatchObject({ value: '14 days', kind: 'return window (legal minimum 14 days in PL; 30+ days is best practice: no)' });
  });

  it('fails a window below the legal minimum of the --country', () => {
    const result = run('<p>Zwrot towaru w ciągu 7 dni od otrzymania przesyłki.</p>', 'PL');
    expect(result.status).toBe('fail');
    expect(result.note).toBe('the return window is 7 days; the legal minimum in PL is 14 days');
    expect(result.evidence.at(-1)).toMatchObject({ kind: 'legal minimum (PL)', value: '14 days' });
  });

  it('uses the page country when no --country is given', () => {
    expect(run('<html lang="ru"><body><p>Вернуть товар можно в течение 7 дней.</p></body></html>')).toMatchObject({ status: 'pass' });
    expect(run('<html lang="de-DE"><body><p>Rückgabe innerhalb von 7 Tagen.</p></body></html>').note).toBe(
      'the return window is 7 days; the legal minimum in DE is 14 days',
    );
  });

  it('applies minDays on top of the legal minimum, and bestPracticeDays in evidence', () => {
    const result = run('<p>Returns accepted within 21 days.</p>', 'US', { minDays: 30, bestPracticeDays: 60 });
    expect(result.status).toBe('fail');
    expect(result.note).toBe('the return window is 21 days; at least 30 expected');
    expect(result.evidence[0]?.kind).toBe('return window (no legal minimum in US; 60+ days is best practice: no)');
    expect(run('<p>Returns accepted within 21 days.</p>', 'US').status).toBe('pass');
  });

  it('fails when no window is stated', () => {
    expect(run('<p>Returns are easy. Refunds are processed within 10 business days.</p>', 'GB')).toEqual({
      status: 'fail',
      evidence: [],
      note: 'no return window in days found',
    });
  });

  it('reads schema.org MerchantReturnPolicy: days, unlimited, not permitted', () => {
    const policy = (body: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","hasMerchantReturnPolicy":{"@type":"MerchantReturnPolicy",${body}}}</script>`;
    expect(run(policy('"returnPolicyCategory":"https://schema.org/MerchantReturnFiniteReturnWindow","merchantReturnDays":60'), 'FR').evidence[0]).toMatchObject({
      kind: 'return window (schema.org) (legal minimum 14 days in FR; 30+ days is best practice: yes)',
      value: '60 days',
    });
    expect(run(policy('"returnPolicyCategory":"https://schema.org/MerchantReturnUnlimitedWindow"'), 'FR')).toMatchObject({
      status: 'pass',
      evidence: [{ value: 'unlimited' }],
    });
    expect(run(policy('"returnPolicyCategory":"https://schema.org/MerchantReturnNotPermitted"'), 'FR')).toMatchObject({
      status: 'fail',
      note: 'returns not accepted',
    });
  });

  it('says when the legal minimum is unknown', () => {
    expect(run('<p>30 days to return.</p>', 'BR').evidence[0]?.kind).toBe('return window (no legal minimum known for BR; 30+ days is best practice: yes)');
  });

  it('rejects unknown options', () => {
    expect(() => compileCheck({ 'return-window': { days: 14 } }, [])).toThrow();
  });
});
