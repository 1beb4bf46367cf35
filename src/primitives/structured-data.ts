import { shortType, valuesAt } from '../page/structured-data.js';
import { compilePatterns, patternSpecSchema, type PatternSpec } from './patterns.js';
import { definePrimitive, snippet } from './primitive.js';

interface StructuredDataOptions {
  type: string | string[];
  property?: string;
  matches?: PatternSpec;
  gte?: number;
  lte?: number;
}

const numberOf = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/**
 * A schema.org item of a type (from JSON-LD or microdata), optionally with a property whose value
 * matches patterns or lies within bounds: `{type: MerchantReturnPolicy, property: merchantReturnDays, gte: 30}`.
 */
export const structuredDataPrimitive = definePrimitive<StructuredDataOptions>({
  name: 'structured-data',
  summary: 'A schema.org item (JSON-LD or microdata) of a type exists, optionally with a property value.',
  schema: {
    type: 'object',
    properties: {
      type: {
        description: 'schema.org type(s), e.g. ContactPoint.',
        oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
      },
      property: { type: 'string', minLength: 1, description: 'A property path, e.g. telephone or hoursAvailable.opens.' },
      matches: patternSpecSchema,
      gte: { type: 'number' },
      lte: { type: 'number' },
    },
    required: ['type'],
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ type, property, matches, gte, lte }, context) {
    const types = new Set((Array.isArray(type) ? type : [type]).map(shortType));
    const patterns = matches && compilePatterns(matches, 'matches', context.languages);
    const bounded = gte !== undefined || lte !== undefined;
    const accepts = (value: unknown): boolean => {
      if (patterns && !patterns.test(typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value))) return false;
      if (bounded) {
        const n = numberOf(value);
        if (n === undefined || (gte !== undefined && n < gte) || (lte !== undefined && n > lte)) return false;
      }
      return true;
    };
    return (page) => {
      const items = page.structuredData.filter((item) => item.types.some((t) => types.has(t)));
      for (const item of items) {
        const typeName = item.types.find((t) => types.has(t))!;
        if (!property) {
          return { status: 'pass', evidence: [{ page: page.location, kind: `${item.source} ${typeName}` }] };
        }
        const value = valuesAt(item, property).find(accepts);
        if (value !== undefined) {
          const shown = typeof value === 'string' || typeof value === 'number' ? value : snippet(JSON.stringify(value));
          return { status: 'pass', evidence: [{ page: page.location, kind: `${item.source} ${typeName}.${property}`, value: shown }] };
        }
      }
      return { status: 'fail', evidence: [], note: items.length ? `no ${[...types].join('/')} with a matching ${property}` : `no ${[...types].join('/')} in structured data` };
    };
  },
});
