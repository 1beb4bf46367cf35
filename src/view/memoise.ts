/**
 * A view derived from a page (or a site) computed on first use and then shared: acquisition and every rule
 * that asks get the same value. Held weakly, so it goes when its page does.
 */
export function memoise<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const computed = new WeakMap<Key, Value>();
  return (key) => {
    if (computed.has(key)) return computed.get(key) as Value;
    const value = compute(key);
    computed.set(key, value);
    return value;
  };
}
