import { describe, expect, it } from 'vitest';
import { fnv1a, inShard, parseShard, shardOf } from '../../src/batch/shard.js';
import { UsageError } from '../../src/errors.js';

const ids = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? `https://shop-${i}.example/` : i % 3 === 1 ? `stores/shop-${i}` : `клиент-${i}`)).map((id) => ({ id }));

/** A deterministic shuffle, so the reordered list is the same on every run. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('--shard I/N', () => {
  it('parses I/N', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each([
    ['3/2', '--shard 3/2: shard 3 does not exist, there are 2'],
    ['0/2', '--shard 0/2: shards are numbered from 1'],
    ['1/0', '--shard 1/0: there must be at least one shard'],
    ['1of2', '--shard takes I/N, the shard\'s number and the number of shards (got "1of2")'],
    ['-1/2', '--shard takes I/N, the shard\'s number and the number of shards (got "-1/2")'],
  ])('%s is a usage error with a hint', (spec, message) => {
    let caught: unknown;
    try {
      parseShard(spec);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).message).toBe(message);
    expect((caught as UsageError).hint).toMatch(/numbered from 1 to N/);
  });
});

describe('shard assignment', () => {
  it('is FNV-1a (32-bit) of the id, so it never changes between versions or machines', () => {
    expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    expect(shardOf('https://shop.example/', 4)).toBe(4);
  });

  it.each([1, 2, 3, 4, 7, 16])('over 1,000 ids and %i shards: disjoint, their union is the list, roughly even', (count) => {
    const shards = Array.from({ length: count }, (_, i) => ids.filter((site) => inShard(site, { index: i + 1, count })));
    const all = shards.flat();
    expect(all).toHaveLength(ids.length); // disjoint: no id in two shards
    expect(new Set(all.map((s) => s.id))).toEqual(new Set(ids.map((s) => s.id))); // union: every id in one
    for (const shard of shards) expect(Math.abs(shard.length - ids.length / count)).toBeLessThan((ids.length / count) * 0.3 + 5);
  });

  it('a reordered or edited list keeps every remaining site in its shard', () => {
    const shard = { index: 2, count: 5 };
    const before = new Set(ids.filter((s) => inShard(s, shard)).map((s) => s.id));
    const edited = shuffled(ids).filter((_, i) => i % 10 !== 0); // reordered, a tenth removed
    const after = edited.filter((s) => inShard(s, shard)).map((s) => s.id);
    expect(after.every((id) => before.has(id))).toBe(true);
    expect(edited.filter((s) => before.has(s.id)).map((s) => s.id).sort()).toEqual([...after].sort());
  });
});
