// Byte-level evidence for telling UTF-8 from windows-1252. Used only on the slow path, once
// the native validator has already shown the bytes are not valid UTF-8.

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// The second byte's narrower range after E0, ED, F0 and F4 (Unicode 15 table 3-7) rules out
// overlong forms, surrogates and code points past U+10FFFF.
function isValidSecond(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

function validLength(b: Uint8Array, i: number): number {
  const n = sequenceLength(b[i]);
  if (n === 0 || i + n > b.length || !isValidSecond(b[i], b[i + 1])) return 0;
  for (let k = 2; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. Stops at the
 * first, so text that is UTF-8 costs little; windows-1252 text is scanned to the end.
 */
export function hasMultiByteUtf8(b: Uint8Array, start: number): boolean {
  for (let i = start; i < b.length; i++) {
    if (b[i] >= 0x80 && validLength(b, i) > 0) return true;
  }
  return false;
}
