/**
 * Reads a response body with a size limit on both the bytes on the wire and the bytes after
 * decompression, so a small gzip bomb stops inflating as soon as it passes the limit.
 */
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from "node:zlib";
import { formatBytes } from "./reasons.js";

/** Raised inside the pipeline when the limit is passed; turned into a reason by `readBody`. */
class TooLarge extends Error {}

/** Set by whichever step sees the limit passed: pipeline() may report its own AbortError instead. */
interface Overflow {
  exceeded: boolean;
}

/** One decoding step of a body: a zlib stream, or a generator over the chunks. */
export type Decoder = Transform | ((source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>);

/** The body, or why it could not be read. Other stream errors are thrown for the caller to name. */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: string };

/** "response larger than 15 MiB". */
export function tooLargeReason(maxBytes: number): string {
  return `response larger than ${formatBytes(maxBytes)}`;
}

/** The decoders for a Content-Encoding header, in the order to apply them; null if unknown. */
export function decodersFor(contentEncoding: string | null): Decoder[] | null {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  const decoders: Decoder[] = [];
  // Codings are listed in the order they were applied, so they are undone last to first.
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") decoders.push(createGunzip());
    else if (coding === "deflate") decoders.push(inflateEither);
    else if (coding === "br") decoders.push(createBrotliDecompress());
    else return null;
  }
  return decoders;
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110 §8.4.1.2) but some servers send raw deflate;
 * the first byte tells them apart, as browsers do. Async iteration keeps backpressure, so
 * nothing inflates faster than the size check downstream reads it.
 */
async function* inflateEither(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const inflater = (first.value[0] & 0x0f) === 8 ? createInflate() : createInflateRaw();
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  const input = Readable.from(all());
  input.on("error", (error) => inflater.destroy(error));
  input.pipe(inflater);
  try {
    yield* inflater;
  } finally {
    input.destroy();
    inflater.destroy();
  }
}

/** Counts bytes passing through and fails once there are more than `max`. */
function limit(max: number, overflow: Overflow): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      total += chunk.length;
      if (total > max) overflow.exceeded = true;
      callback(total > max ? new TooLarge() : null, chunk);
    },
  });
}

/** pipeline() over a list mixing streams and async generator steps, which its types cannot say. */
const pipelineOf = pipeline as unknown as (steps: unknown[]) => Promise<void>;

/** Reads `body` through `decoders`, keeping at most `maxBytes` on the wire and after decoding. */
export async function readBody(
  body: Readable,
  decoders: Decoder[],
  maxBytes: number,
): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  const overflow: Overflow = { exceeded: false };
  let total = 0;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) {
        overflow.exceeded = true;
        throw new TooLarge();
      }
      chunks.push(chunk);
    }
  };
  try {
    if (decoders.length === 0) await pipeline(body, collect);
    else await pipelineOf([body, limit(maxBytes, overflow), ...decoders, collect]);
  } catch (error) {
    if (overflow.exceeded || error instanceof TooLarge)
      return { ok: false, reason: tooLargeReason(maxBytes) };
    throw error;
  }
  return { ok: true, body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
}
