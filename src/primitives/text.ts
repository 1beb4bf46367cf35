import { compilePatterns, patternSpecSchema, type PatternSpec } from './patterns.js';
import { definePrimitive } from './primitive.js';

interface TextOptions {
  patterns: PatternSpec;
}

/** The page's visible text matches one of the patterns. */
export const textPrimitive = definePrimitive<TextOptions>({
  name: 'text',
  summary: 'The visible text of the page matches one of the patterns.',
  schema: {
    type: 'object',
    properties: { patterns: patternSpecSchema },
    required: ['patterns'],
    additionalProperties: false,
  },
  compile({ patterns }) {
    const compiled = compilePatterns(patterns, 'patterns');
    return (page) => {
      const found = compiled.find(page.visibleText);
      return found
        ? { status: 'pass', evidence: [{ page: page.location, kind: 'text', text: found.context }] }
        : { status: 'fail', evidence: [], note: 'no matching text' };
    };
  },
});
