import { definePrimitive } from './primitive.js';

const SOURCES = ['tel-link', 'text', 'structured-data'] as const;

interface PhoneOptions {
  min?: number;
  sources?: (typeof SOURCES)[number][];
}

/** Valid phone numbers on the page (tel: links, visible text, schema.org telephone), reported in E.164. */
export const phonePrimitive = definePrimitive<PhoneOptions>({
  name: 'phone',
  summary: 'Valid phone numbers are on the page (tel: links, visible text or structured data).',
  schema: {
    type: 'object',
    properties: {
      min: { type: 'integer', minimum: 1, default: 1 },
      sources: { type: 'array', items: { enum: [...SOURCES] }, minItems: 1, uniqueItems: true },
    },
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ min = 1, sources = [...SOURCES] }) {
    return (page) => {
      const phones = page.phones.filter((p) => sources.includes(p.source));
      const evidence = phones.slice(0, 5).map((p) => ({ page: page.location, kind: `phone (${p.source})`, text: p.raw, value: p.e164 }));
      return phones.length >= min
        ? { status: 'pass', evidence }
        : { status: 'fail', evidence, note: phones.length ? `${phones.length} phone number(s); expected ${min}` : 'no phone number found' };
    };
  },
});
