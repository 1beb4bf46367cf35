import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html = '<p>alpha beta</p>') => runCheck(spec, html);

const yes = { text: { patterns: ['alpha'] } };
const no = { text: { patterns: ['gamma'] } };
const unknown = { 'checkout-steps': { max: 5 } };

describe('all / any / none / not', () => {
  it('all passes only when every check passes', () => {
    expect(run({ all: [yes, yes] }).status).toBe('pass');
    expect(run({ all: [yes, no] }).status).toBe('fail');
  });

  it('any passes when one check passes, with that check\'s evidence', () => {
    const result = run({ any: [no, yes] });
    expect(result.status).toBe('pass');
    expect(result.evidence).toHaveLength(1);
    expect(run({ any: [no, no] }).status).toBe('fail');
  });

  it('none passes when no check passes', () => {
    expect(run({ none: [no, no] }).status).toBe('pass');
    expect(run({ none: [no, yes] }).status).toBe('fail');
  });

  it('not inverts', () => {
    expect(run({ not: yes }).status).toBe('fail');
    expect(run({ not: no }).status).toBe('pass');
  });

  it('carries "cannot tell" through: a definite answer wins where logic allows', () => {
    expect(run({ any: [unknown, yes] }).status).toBe('pass');
    expect(run({ any: [unknown, no] }).status).toBe('unknown');
    expect(run({ all: [unknown, no] }).status).toBe('fail');
    expect(run({ all: [unknown, yes] }).status).toBe('unknown');
    expect(run({ not: unknown }).status).toBe('unknown');
  });

  it('nests', () => {
    expect(run({ all: [{ any: [no, yes] }, { not: { all: [yes, no] } }] }).status).toBe('pass');
  });

  it('rejects a check with two keys, an empty list and unknown names', () => {
    expect(() => compileCheck({ text: { patterns: ['a'] }, link: { href: ['b'] } }, [])).toThrow(/exactly one key/);
    expect(() => compileCheck({ any: [] }, [])).toThrow(/non-empty list/);
    expect(() => compileCheck({ selectr: { css: 'a' } }, [])).toThrow(/unknown check "selectr" \(did you mean "selector"\?\)/);
  });
});

describe('decide', () => {
  const decide = { decide: { fail: { text: { patterns: ['you must register'] } }, pass: { text: { patterns: ['guest checkout'] } } } };

  it('fails on the fail check, passes on the pass check, and otherwise cannot tell', () => {
    expect(run(decide, '<p>Guest checkout available. You must register to order.</p>').status).toBe('fail');
    expect(run(decide, '<p>Guest checkout available.</p>').status).toBe('pass');
    const neither = run(decide, '<button>Checkout</button>');
    expect(neither.status).toBe('unknown');
    expect(neither.note).toBe('the page says neither');
  });

  it('needs both checks', () => {
    expect(() => compileCheck({ decide: { fail: { text: { patterns: ['x'] } } } }, [])).toThrow(/decide takes a "fail" check and a "pass" check/);
  });
});
