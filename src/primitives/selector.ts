import { compileSelector, selectAllIn } from '../page/select.js';
import type { Element } from 'domhandler';
import { definePrimitive, OptionError, snippet } from './primitive.js';

interface SelectorOptions {
  css: string;
  min?: number;
  max?: number;
}

const SHOWN_ATTRIBUTES = ['type', 'name', 'role', 'id', 'aria-label', 'placeholder'];

/** An element in brief, for evidence: its tag and the attributes that say what it is. */
function describeElement(el: Element): string {
  const attrs = SHOWN_ATTRIBUTES.filter((a) => el.attribs[a] !== undefined).map((a) => ` ${a}="${snippet(el.attribs[a]!, 40)}"`);
  return `<${el.name}${attrs.join('')}>`;
}

/** Elements matching a CSS selector, counted against min (default 1) and an optional max. */
export const selectorPrimitive = definePrimitive<SelectorOptions>({
  name: 'selector',
  summary: 'Elements matching a CSS selector exist (min, optionally max, times).',
  schema: {
    type: 'object',
    properties: {
      css: { type: 'string', minLength: 1, description: 'A CSS selector, as for document.querySelectorAll.' },
      min: { type: 'integer', minimum: 0, default: 1 },
      max: { type: 'integer', minimum: 0 },
    },
    required: ['css'],
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ css, min = 1, max }) {
    let selector: ReturnType<typeof compileSelector>;
    try {
      selector = compileSelector(css);
    } catch (error) {
      throw new OptionError(`invalid CSS selector "${css}": ${(error as Error).message}`, ['css']);
    }
    return (page) => {
      const found = selectAllIn(page.$, selector);
      const count = found.length;
      const ok = count >= min && (max === undefined || count <= max);
      const first = found[0];
      const text = first ? snippet(page.$(first).text()) || describeElement(first) : undefined;
      return {
        status: ok ? 'pass' : 'fail',
        evidence: count > 0 ? [{ page: page.location, kind: count === 1 ? 'element' : `${count} elements`, selector: css, text }] : [],
      };
    };
  },
});
