/** What kind of document some bytes are, before any parsing: for clear "not a feed" errors. */

/** The document's kind as far as its first bytes and characters tell. */
export type Sniffed =
  | { kind: "empty" }
  | { kind: "binary"; what: string }
  | { kind: "json" }
  | { kind: "html" }
  | { kind: "markup" }
  | { kind: "text" };

// File signatures: https://en.wikipedia.org/wiki/List_of_file_signatures
const SIGNATURES: readonly [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip-compressed data", [0x1f, 0x8b]],
  ["an MP3 file", [0x49, 0x44, 0x33]],
  ["an Ogg file", [0x4f, 0x67, 0x67, 0x53]],
  ["a RIFF (WebP/WAV/AVI) file", [0x52, 0x49, 0x46, 0x46]],
];

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>])/i;

/** How much of the text, after leading whitespace, `sniff` looks at. */
export const SNIFF_LENGTH = 4096;

/**
 * Classifies a document from its bytes, the first SNIFF_LENGTH characters of its text after
 * leading whitespace, and whether a "<" occurs anywhere in its text (asked only when needed).
 */
export function sniff(body: Uint8Array, head: string, hasLt: () => boolean): Sniffed {
  for (const [what, sig] of SIGNATURES) {
    if (sig.every((b, i) => body[i] === b)) return { kind: "binary", what };
  }
  if (head === "") return { kind: "empty" };
  if (isBinaryText(head)) return { kind: "binary", what: "binary data" };
  if (head[0] === "{" || head[0] === "[") return { kind: "json" };
  if (HTML_START.test(head)) return { kind: "html" };
  return head.includes("<") || hasLt() ? { kind: "markup" } : { kind: "text" };
}

/** Text where control characters are common is not text (one in ten, as file(1) roughly judges). */
function isBinaryText(head: string): boolean {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > head.length / 10;
}
