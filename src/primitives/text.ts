import { compilePatterns, patternSpecSchema, type PatternSpec } from './patterns.js';
import { definePrimitive, patternsReadWords } from './primitive.js';

interface TextOptions {
  patterns: PatternSpec;
  minDistinct?: number;
  scope?: TextScope;
}

/** The whole visible text, or the page's own content without the site's header, menus and footer. */
type TextScope = 'page' | 'content';

/**
 * The page's visible text matches one of the patterns; with minDistinct, that many different patterns
 * must match (several delivery options, several ways to return).
 */
export const textPrimitive = definePrimitive<TextOptions>({
  name: 'text',
  summary: 'The visible text of the page matches one of the patterns.',
  schema: {
    type: 'object',
    properties: {
      patterns: patternSpecSchema,
      minDistinct: { type: 'integer', minimum: 1, default: 1, description: 'How many different patterns must match.' },
      scope: {
        enum: ['page', 'content'],
        default: 'page',
        description: "Where to read: the page's whole visible text, or its own content without the site's header, menus and footer.",
      },
    },
    required: ['patterns'],
    additionalProperties: false,
  },
  readsWording: ({ patterns }) => patternsReadWords(patterns),
  compile({ patterns, minDistinct = 1, scope = 'page' }, context) {
    const compiled = compilePatterns(patterns, 'patterns', context.languages);
    return (page) => {
      const found = compiled.findEach(scope === 'content' ? page.contentText : page.visibleText, minDistinct);
      const evidence = found.map((f) => ({ page: page.location, kind: 'text', text: f.context, match: f.span }));
      // the rule's failure title says what is missing; the partial matches stay as evidence
      return { status: found.length >= minDistinct ? 'pass' : 'fail', evidence };
    };
  },
});
