/**
 * A conservative check for regular expressions that backtrack catastrophically (ReDoS): a repeated group
 * whose body can itself repeat without a fixed delimiter, as in (a+)+, (\w+\s?)*, (.*,){20}. JavaScript
 * cannot interrupt a running regex, so such patterns are refused when a rule loads.
 */

interface GroupState {
  /** The body repeats something without bound (+, *, {n,}). */
  hasUnbounded: boolean;
  /** The body starts with a literal character, which delimits each repetition. */
  startsWithLiteral: boolean;
  atoms: number;
}

const LARGE_COUNT = 10;

/** How a quantifier at `i` repeats: undefined when there is none. `end` is the index after it. */
function readQuantifier(source: string, i: number): { unbounded: boolean; large: boolean; end: number } | undefined {
  const c = source[i];
  let end = i + 1;
  let unbounded = false;
  let large = false;
  if (c === '*' || c === '+') unbounded = true;
  else if (c === '?') return { unbounded: false, large: false, end: source[end] === '?' ? end + 1 : end };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    end = i + m[0].length;
    unbounded = m[2] !== undefined && m[3] === '';
    large = Number(m[3] || m[1]) > LARGE_COUNT;
  } else return undefined;
  if (source[end] === '?') end++; // lazy quantifiers backtrack just as much
  return { unbounded, large, end };
}

/** The reason a pattern is unsafe, or undefined when it looks safe. */
export function catastrophicBacktracking(source: string): string | undefined {
  const stack: GroupState[] = [{ hasUnbounded: false, startsWithLiteral: false, atoms: 0 }];
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  while (i < source.length) {
    const c = source[i]!;
    let atomEnd = i + 1;
    let literal = false;
    let closed: GroupState | undefined;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[pPu]/.test(next) && source[i + 2] === '{') atomEnd = source.indexOf('}', i) + 1 || source.length;
      else if (next === 'x') atomEnd = i + 4;
      else if (next === 'u') atomEnd = i + 6;
      else atomEnd = i + 2;
      // \d \w \s \p{…} and friends are classes; other escapes stand for one character
      literal = !/[dDwWsSpPbB]/.test(next);
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      atomEnd = j + 1;
    } else if (c === '(') {
      const head = /^\((\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))![0];
      stack.push({ hasUnbounded: false, startsWithLiteral: false, atoms: 0 });
      i += head.length;
      continue;
    } else if (c === ')') {
      if (stack.length > 1) closed = stack.pop();
    } else if (c === '|') {
      const group = top();
      group.startsWithLiteral = false; // an alternative may start anywhere
      i++;
      continue;
    } else if (c === '^' || c === '$') {
      i++;
      continue;
    } else {
      literal = c !== '.';
    }
    const quantifier = readQuantifier(source, atomEnd);
    const group = top();
    if (group.atoms === 0 && !closed) group.startsWithLiteral = literal && !quantifier;
    group.atoms++;
    if (quantifier) {
      if (closed && closed.hasUnbounded && !closed.startsWithLiteral && (quantifier.unbounded || quantifier.large)) {
        return `the group ending at column ${atomEnd} repeats something that itself repeats (like (a+)+), which can take forever on some pages`;
      }
      if (quantifier.unbounded) group.hasUnbounded = true;
    }
    if (closed?.hasUnbounded) group.hasUnbounded = true;
    i = quantifier ? quantifier.end : atomEnd;
  }
  return undefined;
}
