// Cached TextDecoders. A decoder is stateless between non-streaming calls, so one per encoding
// and mode is enough; making one per feed would cost more than decoding a small feed.

import { TextDecoder } from "node:util";

const strictDecoders = new Map<string, TextDecoder>();
const lenientDecoders = new Map<string, TextDecoder>();

function decoder(cache: Map<string, TextDecoder>, encoding: string, fatal: boolean): TextDecoder {
  let d = cache.get(encoding);
  if (d === undefined) {
    // ignoreBOM: the caller has already stepped over any BOM; a U+FEFF later on is content.
    d = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    cache.set(encoding, d);
  }
  return d;
}

/** The bytes from `start` decoded strictly, or null when they are not valid in `encoding`. */
export function decodeStrict(encoding: string, b: Uint8Array, start: number): string | null {
  try {
    return decoder(strictDecoders, encoding, true).decode(b.subarray(start));
  } catch {
    return null;
  }
}

/** The bytes from `start` decoded with U+FFFD for every invalid sequence. */
export function decodeLenient(encoding: string, b: Uint8Array, start: number): string {
  return decoder(lenientDecoders, encoding, false).decode(b.subarray(start));
}
