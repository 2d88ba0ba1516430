// windows-1252 by hand. Node 20.18.3 and later decode it as ISO-8859-1 through a Latin-1 fast
// path, turning 0x80-0x9F (smart quotes, dashes, €) into C1 control characters
// (https://github.com/nodejs/node/issues/60888), and lose a lone 0xFF with ignoreBOM. Latin-1 by
// Buffer is native and exact; the 32 bytes where windows-1252 differs are then mapped by table.

// 0x80-0x9F per https://encoding.spec.whatwg.org/index-windows-1252.txt; the five bytes it
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point, as WHATWG says.
const C1_TABLE =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const C1 = /[\u0080-\u009f]/g;

function fromC1(c: string): string {
  return C1_TABLE[c.charCodeAt(0) - 0x80];
}

/** Decodes windows-1252 bytes; every byte is a character, so nothing is invalid. */
export function decodeWindows1252(b: Uint8Array): string {
  const latin1 = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
  C1.lastIndex = 0;
  return C1.test(latin1) ? latin1.replace(C1, fromC1) : latin1;
}

/** True when a byte from `start` is in 0x80-0x9F, where windows-1252 differs from ISO-8859-1. */
export function hasC1Bytes(b: Uint8Array, start: number): boolean {
  for (let i = start; i < b.length; i++) if (b[i] >= 0x80 && b[i] <= 0x9f) return true;
  return false;
}
