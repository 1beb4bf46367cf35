import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html: string) => runCheck(spec, html, 'returns');

const window30 = { number: { patterns: { en: ['(\\d+)[- ]days?'], pl: ['(\\d+) dni'] }, gte: 30, unit: 'days' } };

describe('number', () => {
  it('passes when an extracted number is within bounds, with the value as evidence', () => {
    const result = run(window30, '<p>Return any item within 60 days.</p>');
    expect(result.status).toBe('pass');
    expect(result.evidence[0]?.value).toBe('60 days');
  });

  it('fails below the bound and says what it found', () => {
    const result = run(window30, '<p>Masz 14 dni na zwrot towaru.</p>');
    expect(result.status).toBe('fail');
    expect(result.note).toBe('found 14 days; expected ≥ 30');
  });

  it('fails when there is no number at all', () => {
    expect(run(window30, '<p>Returns at our discretion.</p>').note).toBe('no number found');
  });

  it('needs a capture group around the number', () => {
    expect(() => compileCheck({ number: { patterns: ['\\d+ days'] } }, [])).toThrow(/capture group/);
  });
});
