// Decoding in pieces: a big feed is never decoded into one string, so that its text is never
// held whole beside its bytes. A body of up to one piece is decoded in one call, as before.
import { TextDecoder } from "node:util";
import { decodeLenient } from "./decoders.js";
import { decodeWindows1252 } from "./windows-1252.js";

/**
 * Bytes decoded per piece: big enough that per-piece costs vanish, small enough that a piece's
 * string (up to twice its bytes, for two-byte text) stays an ordinary young V8 object; larger
 * pieces measured 10-15 % slower on the parse benchmark.
 */
export const CHUNK_BYTES = 32 * 1024;

/** Where a body's text starts, and how many bytes to decode per piece. */
export interface Slicing {
  start: number;
  pieceBytes: number;
}

/** The text of a body, piece by piece from the start; each call decodes anew. */
export type TextChunks = () => Iterable<string>;

/** The text in one piece, decoded on first use and then kept. */
function onePiece(decode: () => string): TextChunks {
  let text: string | undefined;
  return () => {
    text ??= decode();
    return [text];
  };
}

/** Pieces decoded by TextDecoder, which carries a character split between pieces over. */
export function decoderChunks(encoding: string, b: Uint8Array, at: Slicing): TextChunks {
  const { start, pieceBytes } = at;
  if (b.length - start <= pieceBytes) {
    // One piece: decoded once, since sniffing and both passes each read the text.
    return onePiece(() => decodeLenient(encoding, b, start));
  }
  return function* () {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    for (let i = start; i < b.length; i += pieceBytes) {
      const text = decoder.decode(b.subarray(i, i + pieceBytes), { stream: true });
      if (text !== "") yield text;
    }
    const tail = decoder.decode();
    if (tail !== "") yield tail;
  };
}

/** Pieces of windows-1252, where every byte is one character. */
export function windows1252Chunks(b: Uint8Array, { start, pieceBytes }: Slicing): TextChunks {
  if (b.length - start <= pieceBytes) {
    return onePiece(() => decodeWindows1252(b.subarray(start)));
  }
  return function* () {
    for (let i = start; i < b.length; i += pieceBytes) {
      yield decodeWindows1252(b.subarray(i, i + pieceBytes));
    }
  };
}

/** True when the bytes from `start` are valid in `encoding`; decodes piece by piece, keeps nothing. */
export function isValidIn(encoding: string, b: Uint8Array, start: number): boolean {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    for (let i = start; i < b.length; i += CHUNK_BYTES) {
      decoder.decode(b.subarray(i, i + CHUNK_BYTES), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** The whole text, joined (for JSON, which is parsed in one piece, and for tests). */
export function joinChunks(chunks: TextChunks): string {
  let text = "";
  for (const chunk of chunks()) text += chunk;
  return text;
}

/** The text's first `length` characters, after any leading whitespace when `trimStart`. */
export function textPrefix(chunks: TextChunks, length: number, trimStart = false): string {
  let text = "";
  for (const chunk of chunks()) {
    text = trimStart ? (text + chunk).trimStart() : text + chunk;
    if (text.length >= length) break;
  }
  return text.slice(0, length);
}

/** True when `part` occurs in the text (never across two pieces: `part` is one character). */
export function containsChar(chunks: TextChunks, part: string): boolean {
  for (const chunk of chunks()) if (chunk.includes(part)) return true;
  return false;
}
