import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { isHidden, SKIPPED_ELEMENTS } from './visible-text.js';
import { collapseWhitespace } from '../text.js';

/** A heading and the text under it, up to the next heading of the same or a higher rank. */
export interface PageSection {
  heading: string;
  /** 1–6 for h1–h6; 7 for question-like headings (summary, dt, accordion titles); 8 for a short bold or capitalised paragraph. */
  level: number;
  /** The lines of the section, the heading first. */
  lines: string[];
  /** Characters of text under the heading that are not link text: a footer column of links has almost none. */
  contentChars: number;
  /** Inside header, nav or footer: site chrome rather than the page's content. */
  inChrome: boolean;
  /** The section's place among the page's lines: [start, end). */
  start: number;
  end: number;
}

const HEADING_TAG = /^h([1-6])$/u;
const QUESTION_CLASS = /(?:^|[\s_-])(?:question|faq-?(?:title|question|head(?:ing)?)|accordion-?(?:title|header|button|heading)|toggle-?title)(?:$|[\s_-])/iu;
const HEADING_CLASS = /(?:^|\s)h([1-6])(?:$|\s)/u;
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul', 'br', 'hr', 'button', 'label',
]);
/** A paragraph short enough to be a heading: "V. WARUNKI DOSTAWY", "6. Livraison". */
const MAX_PSEUDO_HEADING_CHARS = 80;
const MAX_LINES = 20_000;

interface Line {
  text: string;
  level?: number;
  linkChars: number;
  inChrome: boolean;
}

/** How an element announces a heading, if it does. */
function headingLevel(el: Element): number | undefined {
  const tag = HEADING_TAG.exec(el.name);
  if (tag) return Number(tag[1]);
  if (el.name === 'summary' || el.name === 'dt') return 7;
  const cls = el.attribs.class ?? '';
  if (QUESTION_CLASS.test(cls)) return 7;
  const named = HEADING_CLASS.exec(cls);
  if (named && el.name !== 'div') return Number(named[1]);
  if (el.attribs.role === 'heading') return Number(el.attribs['aria-level']) || 7;
  return undefined;
}

/** "V.WARUNKI DOSTAWY TOWARÓW", or a paragraph that is all bold: a heading written without heading markup. */
function looksLikePseudoHeading(text: string, allBold: boolean): boolean {
  if (text.length < 3 || text.length > MAX_PSEUDO_HEADING_CHARS || !/^[\p{L}\p{N}]/u.test(text)) return false;
  const numbered = /^(?:[\dIVXLC]+\.)+\s*\S/u.test(text);
  if (allBold) return numbered || !/[.!?:;,]$/u.test(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The page cut into lines in document order, each block element's own text on a line, with the lines
 * that are headings marked. Walks with an explicit stack, linear in the page.
 */
function linesOf($: CheerioAPI): Line[] {
  const root = $.root()[0];
  if (!root) return [];
  const lines: Line[] = [];
  let current: Line = { text: '', linkChars: 0, inChrome: false };
  let bold = true;
  type Frame = { node: AnyNode; link: boolean; chrome: boolean; strong: boolean; content: boolean } | { close: 'block'; level?: number };
  const flush = (level?: number): void => {
    const text = collapseWhitespace(current.text);
    if (text) {
      const lvl = level ?? (looksLikePseudoHeading(text, bold) ? 8 : undefined);
      lines.push({ ...current, text, ...(lvl !== undefined ? { level: lvl } : {}) });
    }
    current = { text: '', linkChars: 0, inChrome: current.inChrome };
    bold = true;
  };
  const stack: Frame[] = [{ node: root, link: false, chrome: false, strong: false, content: false }];
  while (stack.length > 0 && lines.length < MAX_LINES) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      flush(frame.level);
      continue;
    }
    const { node } = frame;
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      if (!data.trim()) continue;
      current.text += data;
      current.inChrome ||= frame.chrome;
      if (frame.link) current.linkChars += data.trim().length;
      if (!frame.strong) bold = false;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (node.type === 'tag' && (SKIPPED_ELEMENTS.has(el.name) || isHidden(el) || el.name === 'input')) continue;
    const children = (node as { children: AnyNode[] }).children;
    // an article's own <header> holds its title, not the site's menu
    const content = frame.content || el.name === 'main' || el.name === 'article';
    const chrome = frame.chrome || el.name === 'nav' || el.name === 'footer' || (el.name === 'header' && !content);
    const link = frame.link || el.name === 'a';
    const strong = frame.strong || el.name === 'strong' || el.name === 'b';
    const block = node.type === 'tag' && BLOCK_TAGS.has(el.name);
    const level = node.type === 'tag' ? headingLevel(el) : undefined;
    if (block || level !== undefined) {
      flush();
      current.inChrome = chrome;
      stack.push({ close: 'block', ...(level !== undefined ? { level } : {}) });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, link, chrome, strong, content });
  }
  flush();
  return lines;
}

/** Every heading of the page with the text under it. */
export function sectionsOf($: CheerioAPI): PageSection[] {
  const lines = linesOf($);
  const sections: PageSection[] = [];
  // one pass with a stack of open sections: each line belongs to every open section above it
  const open: { section: PageSection; level: number }[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.level !== undefined) {
      const level = line.level;
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      const section: PageSection = { heading: line.text, level, lines: [line.text], contentChars: 0, inChrome: line.inChrome, start: index, end: index + 1 };
      for (const o of open) {
        o.section.lines.push(line.text);
        o.section.end = index + 1;
      }
      sections.push(section);
      open.push({ section, level });
      continue;
    }
    for (const o of open) {
      o.section.lines.push(line.text);
      o.section.contentChars += line.text.length - line.linkChars;
      o.section.end = index + 1;
    }
  }
  return sections;
}
