import { compilePatterns, patternSpecSchema, type PatternSpec } from './patterns.js';
import { definePrimitive, snippet, patternsReadWords } from './primitive.js';

interface LinkOptions {
  text?: PatternSpec;
  href?: PatternSpec;
  min?: number;
}

/** Links whose text and/or href match. Both given: a link must match both (use `any` for either). */
export const linkPrimitive = definePrimitive<LinkOptions>({
  name: 'link',
  summary: 'Links whose text and/or href match the patterns exist.',
  schema: {
    type: 'object',
    properties: {
      text: patternSpecSchema,
      href: patternSpecSchema,
      min: { type: 'integer', minimum: 1, default: 1 },
    },
    anyOf: [{ required: ['text'] }, { required: ['href'] }],
    additionalProperties: false,
  },
  readsWording: ({ text }) => patternsReadWords(text),
  compile({ text, href, min = 1 }, context) {
    const textPatterns = text && compilePatterns(text, 'text', context.languages);
    const hrefPatterns = href && compilePatterns(href, 'href', context.languages);
    return (page) => {
      const matches = page.links.filter(
        (l) => (!textPatterns || textPatterns.test(l.text)) && (!hrefPatterns || hrefPatterns.test(l.href)),
      );
      const evidence = matches.slice(0, 3).map((l) => ({ page: page.location, kind: 'link', text: snippet(l.text), value: l.href }));
      return { status: matches.length >= min ? 'pass' : 'fail', evidence };
    };
  },
});
