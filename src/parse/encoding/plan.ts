// Which encoding to decode a feed with, and why. The precedence, from RFC 3023 §3
// (https://www.rfc-editor.org/rfc/rfc3023#section-3), the XML spec's Appendix F
// (https://www.w3.org/TR/xml/#sec-guessing) and what feedparser learned from real feeds
// (https://feedparser.readthedocs.io/en/latest/character-encoding.html):
//  1. A byte order mark wins over everything: it cannot be there by accident.
//  2. JSON is UTF-8 (RFC 8259 §8.1), whatever the header says.
//  3. UTF-16/32 recognised by its zero bytes around "<?" wins over ASCII-compatible labels,
//     which cannot be right for such bytes.
//  4. The Content-Type charset, for XML and text/* media types.
//  5. The XML declaration. RFC 3023 says text/xml without a charset is US-ASCII, but feedparser
//     then falls through to the declaration whenever the bytes are not ASCII, so in practice the
//     declaration decides; Orrery does so directly.
//  6. UTF-8 (the XML default), with a fallback to windows-1252 decided when decoding.
import { type ContentType, isCharsetAuthoritative, isJsonMediaType } from "./content-type.js";
import { isWideEncoding, resolveLabel } from "./labels.js";
import { detectBom, firstSignificantByte, readXmlDeclaration, sniffWideEncoding } from "./sniff.js";

/** The encoding chosen, the label it came from (null: not declared), and where text starts. */
export interface Plan {
  encoding: string;
  label: string | null;
  start: number;
  /** A second declared encoding, tried if the first turns out not to fit the bytes. */
  alternative: string | null;
}

function sameFamily(a: string, b: string): boolean {
  return a === b || (isWideEncoding(a) && a.slice(0, 6) === b.slice(0, 6));
}

function warnIfContradicted(used: string, label: string | null, what: string, warnings: string[]) {
  if (label === null) return;
  const said = resolveLabel(label);
  if (said !== null && !sameFamily(said, used)) {
    warnings.push(`${what} says "${label}" but the bytes are ${used}; decoded as ${used}`);
  }
}

function isJsonBody(b: Uint8Array, mediaType: string): boolean {
  const first = firstSignificantByte(b, 0);
  return first === 0x7b || first === 0x5b || (isJsonMediaType(mediaType) && first !== 0x3c);
}

interface Declared {
  encoding: string;
  label: string;
}

function usable(label: string | null, what: string, warnings: string[]): Declared | null {
  if (label === null) return null;
  const encoding = resolveLabel(label);
  if (encoding === null) warnings.push(`unknown encoding "${label}" in the ${what}; ignored`);
  else if (isWideEncoding(encoding)) {
    warnings.push(`${what} says "${label}" but the bytes are not UTF-16 or UTF-32; ignored`);
  } else return { encoding, label };
  return null;
}

function fromLabels(http: string | null, declared: string | null, warnings: string[]): Plan {
  const fromHttp = usable(http, "Content-Type charset", warnings);
  const fromXml = usable(declared, "XML declaration", warnings);
  const first = fromHttp ?? fromXml;
  if (first === null) return { encoding: "utf-8", label: null, start: 0, alternative: null };
  const differs = fromHttp !== null && fromXml !== null && fromHttp.encoding !== fromXml.encoding;
  if (differs) {
    warnings.push(
      `Content-Type charset "${http}" and XML declaration "${declared}" disagree; used "${http}"`,
    );
  }
  return { ...first, start: 0, alternative: differs ? (fromXml?.encoding ?? null) : null };
}

/** Decides the encoding of a feed body from its bytes and its Content-Type. */
export function planDecoding(b: Uint8Array, ct: ContentType, warnings: string[]): Plan {
  const http = ct.charset !== null && isCharsetAuthoritative(ct.mediaType) ? ct.charset : null;
  const bom = detectBom(b);
  if (bom !== null) {
    warnIfContradicted(bom.encoding, http, "Content-Type charset", warnings);
    if (bom.encoding === "utf-8") {
      warnIfContradicted("utf-8", readXmlDeclaration(b, bom.length), "XML declaration", warnings);
    }
    return { encoding: bom.encoding, label: null, start: bom.length, alternative: null };
  }
  const wide = sniffWideEncoding(b);
  if (wide !== null) {
    warnIfContradicted(wide, http, "Content-Type charset", warnings);
    return { encoding: wide, label: null, start: 0, alternative: null };
  }
  if (isJsonBody(b, ct.mediaType)) {
    return { encoding: "utf-8", label: "utf-8", start: 0, alternative: null };
  }
  return fromLabels(http, readXmlDeclaration(b, 0), warnings);
}
