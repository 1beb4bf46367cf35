import { compilePatterns, patternSpecSchema, type PatternSpec } from './patterns.js';
import { definePrimitive, OptionError, snippet, patternsReadWords } from './primitive.js';

interface NumberOptions {
  patterns: PatternSpec;
  gte?: number;
  lte?: number;
  unit?: string;
}

const MAX_MATCHES = 50;

/**
 * Numbers extracted from the visible text by patterns with one capture group, compared with bounds:
 * `{patterns: ['(\d+)\s*days?'], gte: 14}`. Passes when a number found is within the bounds.
 */
export const numberPrimitive = definePrimitive<NumberOptions>({
  name: 'number',
  summary: 'A number extracted from the visible text (first capture group) lies within bounds.',
  schema: {
    type: 'object',
    properties: {
      patterns: patternSpecSchema,
      gte: { type: 'number' },
      lte: { type: 'number' },
      unit: { type: 'string', description: 'Shown with the value in evidence, e.g. days.' },
    },
    required: ['patterns'],
    additionalProperties: false,
  },
  readsWording: ({ patterns }) => patternsReadWords(patterns),
  compile({ patterns, gte, lte, unit }, context) {
    const compiled = compilePatterns(patterns, 'patterns', context.languages);
    compiled.regexes.forEach((r, i) => {
      if (new RegExp(`${r.source}|`, 'u').exec('')!.length < 2) {
        throw new OptionError(`pattern /${r.source}/ needs a capture group around the number, e.g. (\\d+)`, ['patterns', i]);
      }
    });
    const global = compiled.regexes.map((r) => new RegExp(r.source, 'giu'));
    const within = (n: number) => (gte === undefined || n >= gte) && (lte === undefined || n <= lte);
    const bounds = [gte !== undefined && `≥ ${gte}`, lte !== undefined && `≤ ${lte}`].filter(Boolean).join(' and ');
    return (page) => {
      const found: { value: number; text: string }[] = [];
      for (const regex of global) {
        for (const m of page.visibleText.matchAll(regex)) {
          const value = Number((m[1] ?? '').replace(',', '.'));
          if (Number.isFinite(value)) found.push({ value, text: snippet(m[0]) });
          if (found.length >= MAX_MATCHES) break;
        }
      }
      const evidence = (list: typeof found) =>
        list.slice(0, 3).map((f) => ({ page: page.location, kind: 'number', text: f.text, value: unit ? `${f.value} ${unit}` : f.value }));
      const good = found.filter((f) => within(f.value));
      if (good.length) return { status: 'pass', evidence: evidence(good) };
      return {
        status: 'fail',
        evidence: evidence(found),
        note: found.length ? `found ${found.map((f) => f.value).join(', ')}${unit ? ` ${unit}` : ''}; expected ${bounds}` : 'no number found',
      };
    };
  },
});
