import v8 from 'node:v8';
import vm from 'node:vm';

/** Garbage a batch may hold between collections, at least; see heapKeeper. */
const MIN_CEILING_BYTES = 72 * 1024 * 1024;

/**
 * Keeps a long batch's memory flat. Between V8's own full collections, the old generation grows well past
 * what a batch keeps alive (about 50 MB for small stores), so peak memory would grow with the number of
 * sites. After each site, if the heap holds half as much again as survived the last collection (and at
 * least MIN_CEILING_BYTES), a full collection runs. V8 offers gc() only behind --expose-gc, which can
 * still be switched on from inside the process.
 */
export function heapKeeper(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  let ceiling = MIN_CEILING_BYTES;
  return () => {
    if (v8.getHeapStatistics().used_heap_size < ceiling) return;
    gc();
    ceiling = Math.max(MIN_CEILING_BYTES, 1.5 * v8.getHeapStatistics().used_heap_size);
  };
}
