// Bytes to text for the feed parser: choose the encoding (plan.ts), then decode, repairing the
// mislabellings real feeds ship with. The XML declaration is left in the text even when it names
// another encoding than the one used: the XML layer reads text, not bytes, and ignores it.
import { isAscii, isUtf8 } from "node:buffer";
import { parseContentType } from "./content-type.js";
import { decodeLenient, decodeStrict } from "./decoders.js";
import { isAsciiLabel, isLatin1Label } from "./labels.js";
import { type Plan, planDecoding } from "./plan.js";
import { hasMultiByteUtf8 } from "./utf8-evidence.js";
import { decodeUtf32 } from "./utf32.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** Text decoded from a feed's bytes, the encoding actually used (lowercase), and what went wrong. */
export interface DecodedFeed {
  text: string;
  encoding: string;
  warnings: string[];
}

interface Decoded {
  text: string;
  encoding: string;
}

function windows1252(b: Uint8Array, plan: Plan): Decoded {
  return { text: decodeWindows1252(b, plan.start).text, encoding: "windows-1252" };
}

function decodeOrReplace(encoding: string, b: Uint8Array, plan: Plan, warnings: string[]): Decoded {
  if (encoding === "windows-1252") return windows1252(b, plan);
  const strict = decodeStrict(encoding, b, plan.start);
  if (strict !== null) return { text: strict, encoding };
  warnings.push(`invalid ${encoding} byte sequences replaced`);
  return { text: decodeLenient(encoding, b, plan.start), encoding };
}

/**
 * UTF-8 that does not validate: another declared encoding if there is one; windows-1252 when no
 * byte sequence is valid multi-byte UTF-8 (the classic cp1252 file labelled or defaulted UTF-8);
 * otherwise UTF-8 with replacement characters, as browsers do.
 */
function decodeUtf8(b: Uint8Array, plan: Plan, warnings: string[]): Decoded {
  const bytes = b.subarray(plan.start);
  if (isUtf8(bytes)) return { text: decodeLenient("utf-8", b, plan.start), encoding: "utf-8" };
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
  return { text: decodeLenient("utf-8", b, plan.start), encoding: "utf-8" };
}

/**
 * Text labelled ISO-8859-1 or US-ASCII. Decoded as windows-1252 (WHATWG), unless it is valid
 * UTF-8 with multi-byte sequences: text in those labels almost never is by accident, while
 * UTF-8 feeds under a stale latin1 label are common. https://www.w3.org/International/questions/qa-forms-utf-8
 */
function decodeWestern(b: Uint8Array, plan: Plan, label: string, warnings: string[]): Decoded {
  const bytes = b.subarray(plan.start);
  if (isAscii(bytes))
    return { text: decodeLenient("utf-8", b, plan.start), encoding: "windows-1252" };
  if (isUtf8(bytes)) {
    warnings.push(`declared "${label}" but the bytes are UTF-8; decoded as utf-8`);
    return { text: decodeLenient("utf-8", b, plan.start), encoding: "utf-8" };
  }
  const { text, hasC1 } = decodeWindows1252(b, plan.start);
  if (isAsciiLabel(label)) {
    warnings.push(`declared "${label}" but has non-ASCII bytes; decoded as windows-1252`);
  } else if (hasC1) {
    warnings.push(
      `declared "${label}" but uses windows-1252 characters (bytes 0x80-0x9F); decoded as windows-1252`,
    );
  }
  return { text, encoding: "windows-1252" };
}

function decodeWithPlan(b: Uint8Array, plan: Plan, warnings: string[]): Decoded {
  const { encoding, label } = plan;
  if (encoding === "utf-32le" || encoding === "utf-32be") {
    const r = decodeUtf32(b, plan.start, encoding === "utf-32le");
    if (r.replaced) warnings.push(`invalid ${encoding} code units replaced`);
    return { text: r.text, encoding };
  }
  if (encoding === "utf-8") return decodeUtf8(b, plan, warnings);
  if (label !== null && (isLatin1Label(label) || isAsciiLabel(label))) {
    return decodeWestern(b, plan, label, warnings);
  }
  return decodeOrReplace(encoding, b, plan, warnings);
}

/** Decodes feed bytes to text with RFC 3023 / feedparser precedence; never throws. */
export function decodeFeed(body: Uint8Array, contentType: string | null): DecodedFeed {
  const warnings: string[] = [];
  if (body.length === 0) return { text: "", encoding: "utf-8", warnings };
  const plan = planDecoding(body, parseContentType(contentType), warnings);
  const { text, encoding } = decodeWithPlan(body, plan, warnings);
  return { text, encoding, warnings };
}
