import { describe, expect, it } from 'vitest';
import { runCheck } from '../helpers/check.js';

const verdict = (spec: unknown, html: string) => runCheck(spec, html);

const chat = { script: { src: ['widget\\.intercom\\.io', 'static\\.zdassets\\.com'], inline: ['Intercom\\(.boot', 'zE\\('] } };

describe('script', () => {
  it('finds a widget by its script host', () => {
    const result = verdict(chat, '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=abc"></script>');
    expect(result.status).toBe('pass');
    expect(result.evidence[0]).toMatchObject({ kind: 'script src' });
  });

  it('finds a widget by its inline loader', () => {
    expect(verdict(chat, `<script>window.Intercom('boot', { app_id: 'x' });</script>`).status).toBe('pass');
  });

  it('does not take a mention in the text for a widget', () => {
    expect(verdict(chat, '<p>Chat with us on Intercom</p><a href="https://snapchat.com/add/shop">Snapchat</a>').status).toBe('fail');
  });
});
