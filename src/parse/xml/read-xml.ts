/** XML text → element tree: the strict pass first, the tolerant pass when it fails. */
import { readDoctype } from "./doctype.js";
import { parseStrict } from "./strict.js";
import { parseTolerant } from "./tolerant.js";
import type { XmlElement } from "./tree.js";

/** The tree of a document, whether it was well-formed, and what was recovered from. */
export interface XmlDocument {
  roots: XmlElement[];
  wellFormed: boolean;
  warnings: string[];
}

/** Parses `text` (the document at `docUrl`) into a tree; never fails. */
export function readXml(text: string, docUrl: string | null): XmlDocument {
  const doctype = readDoctype(text);
  const doctypeWarnings = doctype?.warnings ?? [];
  const strict = parseStrict(text, docUrl, doctype);
  if (strict.ok) return { roots: strict.roots, wellFormed: true, warnings: doctypeWarnings };
  const tolerant = parseTolerant(text, docUrl, doctype);
  return {
    roots: tolerant.roots,
    wellFormed: false,
    warnings: [
      ...doctypeWarnings,
      `not well-formed XML (${strict.error.replace(/\s+/g, " ").trim()}); read with the tolerant parser`,
      ...tolerant.warnings,
    ],
  };
}
