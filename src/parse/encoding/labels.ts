// Charset labels to the encodings Node's TextDecoder implements, by the WHATWG Encoding Standard's
// label table (https://encoding.spec.whatwg.org/#names-and-labels). That table already maps
// "iso-8859-1", "latin1" and "us-ascii" to windows-1252, as browsers do, because documents
// labelled so are in practice windows-1252. TextDecoder has no UTF-32: those labels are ours.

const UTF32_LABELS: ReadonlyMap<string, string> = new Map([
  ["utf-32", "utf-32le"],
  ["utf-32le", "utf-32le"],
  ["utf-32be", "utf-32be"],
  ["ucs-4", "utf-32le"],
  ["iso-10646-ucs-4", "utf-32le"],
]);

// Spellings seen in feeds that the WHATWG table lacks.
const EXTRA_ALIASES: ReadonlyMap<string, string> = new Map([
  ["latin-1", "windows-1252"],
  ["win-1252", "windows-1252"],
  ["koi8r", "koi8-r"],
  ["cp932", "shift_jis"],
  ["ms932", "shift_jis"],
  ["utf-8n", "utf-8"],
]);

// Labels that promise a subset of windows-1252: text behind them may well be UTF-8 or cp1252.
const WESTERN_LABELS = new Set(["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1"]);
const ASCII_LABELS = new Set(["us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-6", "us"]);

const cache = new Map<string, string | null>();

/** A label as written in a header or declaration, lowercased and stripped of quotes. */
export function normalizeLabel(label: string): string {
  return label
    .trim()
    .replace(/^["']|["']$/g, "")
    .trim()
    .toLowerCase();
}

function lookup(label: string): string | null {
  const utf32 = UTF32_LABELS.get(label);
  if (utf32 !== undefined) return utf32;
  for (const candidate of [label, EXTRA_ALIASES.get(label), label.replace(/_/g, "-")]) {
    if (candidate === undefined) continue;
    try {
      return new TextDecoder(candidate).encoding;
    } catch {
      // Not a label TextDecoder knows; try the next spelling.
    }
  }
  return null;
}

/** The lowercase canonical encoding for a label ("latin1" → "windows-1252"), or null if unknown. */
export function resolveLabel(label: string): string | null {
  const key = normalizeLabel(label);
  let encoding = cache.get(key);
  if (encoding === undefined) {
    encoding = key === "" ? null : lookup(key);
    cache.set(key, encoding);
  }
  return encoding;
}

/** True for labels that say ISO-8859-1 (a windows-1252 subset the WHATWG table widens). */
export function isLatin1Label(label: string): boolean {
  return WESTERN_LABELS.has(normalizeLabel(label));
}

/** True for labels that say US-ASCII. */
export function isAsciiLabel(label: string): boolean {
  return ASCII_LABELS.has(normalizeLabel(label));
}

/** True for encodings whose bytes are not ASCII-compatible (a "<" is not the byte 0x3C). */
export function isWideEncoding(encoding: string): boolean {
  return encoding.startsWith("utf-16") || encoding.startsWith("utf-32");
}
