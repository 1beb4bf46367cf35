import { compilePatterns, patternSpecSchema, type PatternSpec } from './patterns.js';
import { definePrimitive, snippet } from './primitive.js';

interface ScriptOptions {
  src?: PatternSpec;
  inline?: PatternSpec;
}

/** A script loaded from a matching URL, or inline loader code matching a pattern (widgets, chat, pay buttons). */
export const scriptPrimitive = definePrimitive<ScriptOptions>({
  name: 'script',
  summary: 'A script is loaded from a matching URL, or inline code matches (widget loaders).',
  schema: {
    type: 'object',
    properties: { src: patternSpecSchema, inline: patternSpecSchema },
    anyOf: [{ required: ['src'] }, { required: ['inline'] }],
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ src, inline }, context) {
    const srcPatterns = src && compilePatterns(src, 'src', context.languages);
    const inlinePatterns = inline && compilePatterns(inline, 'inline', context.languages);
    return (page) => {
      for (const script of page.scripts) {
        if (script.src !== undefined && srcPatterns?.test(script.src)) {
          return { status: 'pass', evidence: [{ page: page.location, kind: 'script src', value: script.src }] };
        }
        const found = script.inline !== undefined ? inlinePatterns?.find(script.inline) : undefined;
        if (found) return { status: 'pass', evidence: [{ page: page.location, kind: 'inline script', text: snippet(found.context) }] };
      }
      return { status: 'fail', evidence: [] };
    };
  },
});
