// Cached TextDecoders. A decoder is stateless between non-streaming calls, so one per encoding
// is enough; making one per feed would cost more than decoding a small feed.

import { TextDecoder } from "node:util";

const lenientDecoders = new Map<string, TextDecoder>();

function decoder(encoding: string): TextDecoder {
  let d = lenientDecoders.get(encoding);
  if (d === undefined) {
    // ignoreBOM: the caller has already stepped over any BOM; a U+FEFF later on is content.
    d = new TextDecoder(encoding, { ignoreBOM: true });
    lenientDecoders.set(encoding, d);
  }
  return d;
}

/** The bytes from `start` decoded with U+FFFD for every invalid sequence. */
export function decodeLenient(encoding: string, b: Uint8Array, start: number): string {
  return decoder(encoding).decode(b.subarray(start));
}
