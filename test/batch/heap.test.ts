import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapKeeper } from '../../src/batch/heap.js';

describe('heapKeeper', () => {
  it('collects once garbage passes the ceiling, and frees it', () => {
    const keep = heapKeeper();
    let garbage: number[][] = [];
    for (let i = 0; i < 120; i++) garbage.push(new Array(100_000).fill(i)); // about 100 MB, above the 72 MB floor
    garbage = [];
    const before = v8.getHeapStatistics().used_heap_size;
    keep();
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(before - 50 * 1024 * 1024);
    expect(garbage).toEqual([]);
  });
});
