import { UsageError } from '../errors.js';

/** One of `count` shards, numbered from 1 as CI matrices number their jobs. */
export interface Shard {
  index: number;
  count: number;
}

const HINT = 'shards are numbered from 1 to N, e.g. --shard 1/4 … --shard 4/4 on four runners';

export function parseShard(spec: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!match) throw new UsageError(`--shard takes I/N, the shard's number and the number of shards (got "${spec}")`, HINT);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new UsageError(`--shard ${spec}: there must be at least one shard`, HINT);
  if (count > 100_000) throw new UsageError(`--shard ${spec}: at most 100000 shards`, HINT);
  if (index < 1) throw new UsageError(`--shard ${spec}: shards are numbered from 1`, HINT);
  if (index > count) throw new UsageError(`--shard ${spec}: shard ${index} does not exist, there are ${count}`, HINT);
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-8 bytes: tiny, stable across Node versions and platforms, well spread. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard (1-based) of a site id: from the id alone, so reordering or editing the list moves no other site. */
export function shardOf(id: string, count: number): number {
  return (fnv1a(id) % count) + 1;
}

export function inShard(site: { id: string }, shard: Shard): boolean {
  return shardOf(site.id, shard.count) === shard.index;
}
