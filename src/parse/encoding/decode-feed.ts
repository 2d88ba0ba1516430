// Bytes to text for the feed parser: choose the encoding (plan.ts), then decode in pieces
// (chunks.ts), repairing the mislabellings real feeds ship with. The XML declaration is left in
// the text even when it names another encoding than the one used: the XML layer reads text, not
// bytes, and ignores it.
import { isAscii, isUtf8 } from "node:buffer";
import {
  CHUNK_BYTES,
  decoderChunks,
  isValidIn,
  joinChunks,
  type Slicing,
  type TextChunks,
  windows1252Chunks,
} from "./chunks.js";
import { parseContentType } from "./content-type.js";
import { isAsciiLabel, isLatin1Label } from "./labels.js";
import { type Plan, planDecoding } from "./plan.js";
import { hasMultiByteUtf8 } from "./utf8-evidence.js";
import { decodeUtf32 } from "./utf32.js";
import { hasC1Bytes } from "./windows-1252.js";

/** A feed's text as pieces decoded on demand, the encoding used (lowercase), what went wrong. */
export interface FeedText {
  chunks: TextChunks;
  encoding: string;
  warnings: string[];
}

/** Text decoded from a feed's bytes, the encoding actually used (lowercase), and what went wrong. */
export interface DecodedFeed {
  text: string;
  encoding: string;
  warnings: string[];
}

interface Decoded {
  chunks: TextChunks;
  encoding: string;
}

/** The plan, and how the body is cut into pieces. */
type Sliced = Plan & Slicing;

function windows1252(b: Uint8Array, plan: Sliced): Decoded {
  return { chunks: windows1252Chunks(b, plan), encoding: "windows-1252" };
}

function utf8(b: Uint8Array, plan: Sliced, encoding = "utf-8"): Decoded {
  return { chunks: decoderChunks("utf-8", b, plan), encoding };
}

function decodeOrReplace(
  encoding: string,
  b: Uint8Array,
  plan: Sliced,
  warnings: string[],
): Decoded {
  if (encoding === "windows-1252") return windows1252(b, plan);
  if (!isValidIn(encoding, b, plan.start))
    warnings.push(`invalid ${encoding} byte sequences replaced`);
  return { chunks: decoderChunks(encoding, b, plan), encoding };
}

/**
 * UTF-8 that does not validate: another declared encoding if there is one; windows-1252 when no
 * byte sequence is valid multi-byte UTF-8 (the classic cp1252 file labelled or defaulted UTF-8);
 * otherwise UTF-8 with replacement characters, as browsers do.
 */
function decodeUtf8(b: Uint8Array, plan: Sliced, warnings: string[]): Decoded {
  const bytes = b.subarray(plan.start);
  if (isUtf8(bytes)) return utf8(b, plan);
  if (plan.alternative !== null) {
    warnings.push(`the bytes are not valid UTF-8; decoded as ${plan.alternative} instead`);
    return decodeOrReplace(plan.alternative, b, plan, warnings);
  }
  if (!hasMultiByteUtf8(b, plan.start)) {
    const said = plan.label === null ? "no encoding declared" : `declared "${plan.label}"`;
    warnings.push(`${said} but the bytes are windows-1252, not UTF-8; decoded as windows-1252`);
    return windows1252(b, plan);
  }
  warnings.push("invalid UTF-8 byte sequences replaced");
  return utf8(b, plan);
}

/**
 * Text labelled ISO-8859-1 or US-ASCII. Decoded as windows-1252 (WHATWG), unless it is valid
 * UTF-8 with multi-byte sequences: text in those labels almost never is by accident, while
 * UTF-8 feeds under a stale latin1 label are common. https://www.w3.org/International/questions/qa-forms-utf-8
 */
function decodeWestern(b: Uint8Array, plan: Sliced, label: string, warnings: string[]): Decoded {
  const bytes = b.subarray(plan.start);
  if (isAscii(bytes)) return utf8(b, plan, "windows-1252");
  if (isUtf8(bytes)) {
    warnings.push(`declared "${label}" but the bytes are UTF-8; decoded as utf-8`);
    return utf8(b, plan);
  }
  if (isAsciiLabel(label)) {
    warnings.push(`declared "${label}" but has non-ASCII bytes; decoded as windows-1252`);
  } else if (hasC1Bytes(b, plan.start)) {
    warnings.push(
      `declared "${label}" but uses windows-1252 characters (bytes 0x80-0x9F); decoded as windows-1252`,
    );
  }
  return windows1252(b, plan);
}

function decodeWithPlan(b: Uint8Array, plan: Sliced, warnings: string[]): Decoded {
  const { encoding, label } = plan;
  if (encoding === "utf-32le" || encoding === "utf-32be") {
    const r = decodeUtf32(b, plan.start, encoding === "utf-32le");
    if (r.replaced) warnings.push(`invalid ${encoding} code units replaced`);
    // UTF-32 feeds are curiosities, never big: decoded in one piece.
    return { chunks: () => [r.text], encoding };
  }
  if (encoding === "utf-8") return decodeUtf8(b, plan, warnings);
  if (label !== null && (isLatin1Label(label) || isAsciiLabel(label))) {
    return decodeWestern(b, plan, label, warnings);
  }
  return decodeOrReplace(encoding, b, plan, warnings);
}

/**
 * Decodes feed bytes with RFC 3023 / feedparser precedence, piece by piece (`pieceBytes` each,
 * which only tests change); never throws.
 */
export function openFeedText(
  body: Uint8Array,
  contentType: string | null,
  pieceBytes = CHUNK_BYTES,
): FeedText {
  const warnings: string[] = [];
  if (body.length === 0) return { chunks: () => [], encoding: "utf-8", warnings };
  const plan = { ...planDecoding(body, parseContentType(contentType), warnings), pieceBytes };
  const { chunks, encoding } = decodeWithPlan(body, plan, warnings);
  return { chunks, encoding, warnings };
}

/** Decodes feed bytes to one string with RFC 3023 / feedparser precedence; never throws. */
export function decodeFeed(body: Uint8Array, contentType: string | null): DecodedFeed {
  const { chunks, encoding, warnings } = openFeedText(body, contentType);
  return { text: joinChunks(chunks), encoding, warnings };
}
