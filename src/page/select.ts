import { compile, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import type { CheerioAPI } from 'cheerio/slim';

/**
 * A CSS selector compiled once. Going through `$(selector)` parses and compiles the selector again on
 * every call, and rules run the same selectors on every page of every site.
 */
export interface CompiledSelector {
  source: string;
  query: ReturnType<typeof compile<AnyNode, Element>>;
}

const OPTIONS = { xmlMode: false } as const;

/** Throws on an invalid selector, with css-select's message. */
export function compileSelector(source: string): CompiledSelector {
  return { source, query: compile<AnyNode, Element>(source, OPTIONS) };
}

/** Every element of the page matching the selector, in document order. */
export function selectAllIn($: CheerioAPI, selector: CompiledSelector): Element[] {
  return selectAll<AnyNode, Element>(selector.query, $.root().toArray(), OPTIONS);
}
