// UTF-32, which TextDecoder does not implement (https://encoding.spec.whatwg.org/ has none).

/** Text decoded from UTF-32 and whether any code unit had to be replaced. */
export interface Utf32Result {
  text: string;
  replaced: boolean;
}

const CHUNK = 4096;

/** Decodes UTF-32 (either byte order), replacing invalid code points and a ragged tail by U+FFFD. */
export function decodeUtf32(b: Uint8Array, start: number, littleEndian: boolean): Utf32Result {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  let replaced = false;
  let i = start;
  for (; i + 4 <= b.length; i += 4) {
    let cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      cp = 0xfffd;
      replaced = true;
    }
    chunk.push(cp);
    if (chunk.length === CHUNK) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (i < b.length) {
    chunk.push(0xfffd);
    replaced = true;
  }
  parts.push(String.fromCodePoint(...chunk));
  return { text: parts.join(""), replaced };
}
