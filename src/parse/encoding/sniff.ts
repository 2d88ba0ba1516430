// What the first bytes of a document say about its encoding: a byte order mark, the null-byte
// pattern of UTF-16/32 text that starts with ASCII, the XML declaration. XML 1.0 Appendix F:
// https://www.w3.org/TR/xml/#sec-guessing

/** An encoding read from a byte order mark, and how many bytes the mark takes. */
export interface Bom {
  encoding: string;
  length: number;
}

/** The byte order mark at the start of the body, if any. UTF-32LE is tested before UTF-16LE. */
export function detectBom(b: Uint8Array): Bom | null {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) {
    return { encoding: "utf-32le", length: 4 };
  }
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
    return { encoding: "utf-32be", length: 4 };
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { encoding: "utf-8", length: 3 };
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  return null;
}

function isAscii(byte: number): boolean {
  return byte > 0 && byte < 0x80;
}

/**
 * UTF-16 or UTF-32 without a byte order mark, from where the zero bytes fall around the first
 * two ASCII characters ("<?" or "{" and whitespace), as XML 1.0 Appendix F and RFC 4627 §3 do.
 */
export function sniffWideEncoding(b: Uint8Array): string | null {
  if (b.length < 4) return null;
  const [b0, b1, b2, b3] = b;
  if (b0 === 0 && b1 === 0 && b2 === 0 && isAscii(b3)) return "utf-32be";
  if (isAscii(b0) && b1 === 0 && b2 === 0 && b3 === 0) return "utf-32le";
  if (b0 === 0 && isAscii(b1) && b2 === 0 && isAscii(b3)) return "utf-16be";
  if (isAscii(b0) && b1 === 0 && isAscii(b2) && b3 === 0) return "utf-16le";
  return null;
}

/** The first byte that is not ASCII whitespace, or -1; only meaningful for ASCII-compatible text. */
export function firstSignificantByte(b: Uint8Array, start: number): number {
  for (let i = start; i < b.length && i < start + 1024; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c;
  }
  return -1;
}

const DECLARATION_WINDOW = 1024;
// Garbage before the declaration (a PHP warning, blank lines) is tolerated: the declaration
// still names the encoding the rest was written in.
const DECLARATION = /<\?xml\s[^>]*?\bencoding\s*=\s*(["'])\s*([^"'<>]*?)\s*\1/;

/** The encoding named by the XML declaration of ASCII-compatible bytes, or null. */
export function readXmlDeclaration(b: Uint8Array, start: number): string | null {
  const end = Math.min(b.length, start + DECLARATION_WINDOW);
  let head = "";
  for (let i = start; i < end; i++) head += String.fromCharCode(b[i]);
  const m = DECLARATION.exec(head);
  return m && m[2] !== "" ? m[2] : null;
}
