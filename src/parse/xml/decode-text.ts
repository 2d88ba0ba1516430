/**
 * Entity decoding for the tolerant pass: XML's five, character references, the DOCTYPE's
 * entities, and HTML's named entities (&nbsp; &eacute; ...) that feeds use without declaring.
 * Each kind of problem is counted so that the pass can warn about it once.
 */
import { decodeHTMLStrict } from "entities";

/** What decoding ran into, across a whole document. */
export interface DecodeProblems {
  bareAmpersands: number;
  htmlEntities: Set<string>;
  unknownEntities: Set<string>;
}

const XML: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REF = /&(?:#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|([A-Za-z][\w.:-]{0,31});)?/g;

/** A decoder that uses `declared` (DOCTYPE entities) and records problems in `problems`. */
export function createTextDecoder(
  declared: Record<string, string>,
  problems: DecodeProblems,
): (raw: string) => string {
  const replace = (match: string, dec?: string, hex?: string, name?: string): string => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : "\uFFFD";
    }
    if (name === undefined) {
      problems.bareAmpersands++;
      return match;
    }
    const known = XML[name] ?? declared[name];
    if (known !== undefined) return known;
    const html = decodeHTMLStrict(match);
    if (html !== match) {
      problems.htmlEntities.add(name);
      return html;
    }
    problems.unknownEntities.add(name);
    return match;
  };
  return (raw) => (raw.includes("&") ? raw.replace(REF, replace) : raw);
}
