/** Undoing Content-Encoding on a response body, within a size cap on both the wire and the decoded bytes. */
import { Duplex, Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The body passed the size cap (on the wire or decoded). */
export class CapExceeded extends Error {}

/** A decompression failure: the body is labelled compressed but its data is corrupt. */
export function isZlibError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, errno } = err as { code?: unknown; errno?: unknown };
  // zlib: Z_DATA_ERROR, Z_BUF_ERROR …; brotli: ERR__ERROR_FORMAT_… (both carry a numeric errno)
  return typeof code === 'string' && typeof errno === 'number' && /^(?:Z_|ERR__|ERR_BROTLI|ERR_ZLIB)/.test(code);
}

/**
 * Inflate for Content-Encoding: deflate. The spec says zlib-wrapped, but some servers send raw deflate
 * (as browsers tolerate), so the first two bytes decide which decoder to use.
 */
class DeflateDecoder extends Duplex {
  private inner: zlib.Inflate | zlib.InflateRaw | undefined;
  private head: Buffer = Buffer.alloc(0);

  private open(first: Buffer): zlib.Inflate | zlib.InflateRaw {
    const b0 = first[0] ?? 0;
    const b1 = first[1] ?? 0;
    const wrapped = (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
    const opts = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const inner = wrapped ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
    inner.on('data', (d: Buffer) => {
      if (!this.push(d)) inner.pause();
    });
    inner.on('end', () => this.push(null));
    inner.on('error', (e: Error) => this.destroy(e));
    this.inner = inner;
    return inner;
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (error?: Error | null) => void): void {
    let inner = this.inner;
    if (!inner) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 2) return cb();
      chunk = this.head;
      this.head = Buffer.alloc(0);
      inner = this.open(chunk);
    }
    inner.write(chunk, (err) => cb(err ?? null));
  }

  override _final(cb: (error?: Error | null) => void): void {
    let inner = this.inner;
    if (!inner) {
      if (this.head.length === 0) {
        this.push(null);
        return cb();
      }
      inner = this.open(this.head);
      inner.write(this.head);
    }
    inner.end();
    cb();
  }

  override _read(): void {
    this.inner?.resume();
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}

function decoderFor(coding: string): Duplex {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      // Z_SYNC_FLUSH: a truncated stream yields what it has instead of failing, as browsers do.
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      return new DeflateDecoder();
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new Error(`unsupported coding ${coding}`);
  }
}

export const KNOWN_CODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br', 'identity']);

/**
 * Read a body through its decoders, counting bytes on the wire and after decompression; the pipeline
 * is torn down the moment either count passes `max`, so a compression bomb never gets far.
 */
export async function readBody(body: Readable, codings: string[], max: number, signal: AbortSignal): Promise<Buffer> {
  let raw = 0;
  const rawCounter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      raw += chunk.length;
      if (raw > max) cb(new CapExceeded());
      else cb(null, chunk);
    },
  });
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > max) return cb(new CapExceeded());
      chunks.push(chunk);
      cb();
    },
  });
  // Content-Encoding lists codings in the order applied, so they are undone last to first.
  const decoders = [...codings].reverse().map(decoderFor);
  try {
    await pipeline([body, rawCounter, ...decoders, sink], { signal });
  } catch (err) {
    // An empty body labelled as compressed (common on 204-like answers) is just empty.
    if (raw === 0 && isZlibError(err)) return Buffer.alloc(0);
    throw err;
  }
  return Buffer.concat(chunks, size);
}
