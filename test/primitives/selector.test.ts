import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html: string) => runCheck(spec, html);

describe('selector', () => {
  const html = '<main><form role="search"><input type="search" name="q"></form><p class="x">a</p><p class="x">b</p></main>';

  it('passes when the selector matches, with the selector and count as evidence', () => {
    const result = run({ selector: { css: 'form[role=search] input' } }, html);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ kind: 'element', selector: 'form[role=search] input', text: '<input type="search" name="q">' });
  });

  it('fails when nothing matches', () => {
    expect(run({ selector: { css: 'nav.steps' } }, html).status).toBe('fail');
  });

  it('counts against min and max', () => {
    expect(run({ selector: { css: 'p.x', min: 2 } }, html).status).toBe('pass');
    expect(run({ selector: { css: 'p.x', min: 3 } }, html).status).toBe('fail');
    const tooMany = run({ selector: { css: 'p.x', max: 1 } }, html);
    expect(tooMany.status).toBe('fail');
    expect(tooMany.evidence[0]?.kind).toBe('2 elements');
  });

  it('rejects an invalid selector when the rule is compiled', () => {
    expect(() => compileCheck({ selector: { css: 'a[href=' } }, [])).toThrow(/invalid CSS selector/);
  });

  it('rejects unknown options', () => {
    expect(() => compileCheck({ selector: { css: 'a', minimum: 2 } }, [])).toThrow(/unknown key "minimum" \(did you mean "min"\?\)/);
  });
});
