import { describe, expect, it } from 'vitest';
import { compileCheck } from '../../src/rules/compile-check.js';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html: string) => runCheck(spec, html);

describe('chat-widget', () => {
  it('passes on a vendor script, naming the vendor and how it was found', () => {
    const result = run({ 'chat-widget': {} }, '<script src="//code.jivosite.com/widget/AbC123dEf" async></script>');
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([
      { page: 'https://shop.example/', kind: 'chat widget: Jivo (script src)', value: 'Jivo', text: '//code.jivosite.com/widget/AbC123dEf' },
    ]);
  });

  it('passes on an inline loader and on a widget element', () => {
    expect(run({ 'chat-widget': {} }, `<script>window.Intercom('boot', { app_id: 'x' });</script>`).evidence[0]).toMatchObject({
      kind: 'chat widget: Intercom (inline loader)',
      value: 'Intercom',
    });
    expect(run({ 'chat-widget': {} }, '<div class="b24-widget-button-wrapper"></div>').evidence[0]).toMatchObject({
      kind: 'chat widget: Bitrix24 Open Lines (element)',
      selector: '.b24-widget-button-wrapper',
    });
  });

  it('fails on chat links and icons that are not widgets', () => {
    const result = run({ 'chat-widget': {} }, '<a href="https://wa.me/447578164355">Chat on WhatsApp</a><i class="icon-chat"></i>');
    expect(result).toEqual({ status: 'fail', evidence: [], note: 'no live-chat widget found' });
  });

  it('can be restricted to vendors', () => {
    const html = '<script src="https://widget.intercom.io/widget/abc"></script>';
    expect(run({ 'chat-widget': { vendors: ['intercom', 'drift'] } }, html).status).toBe('pass');
    expect(run({ 'chat-widget': { vendors: ['drift'] } }, html)).toMatchObject({ status: 'fail', note: 'no chat widget of drift found' });
  });

  it('rejects unknown vendors', () => {
    expect(() => compileCheck({ 'chat-widget': { vendors: ['icq'] } }, [])).toThrow();
  });
});
