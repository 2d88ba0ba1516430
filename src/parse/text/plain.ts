/** Text fields (titles, names, rights) → plain text: markup removed, entities decoded. */
import { decodeHTMLStrict } from "entities";

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
const SCRIPTISH = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;
const LOOKS_MARKED_UP = /<[A-Za-z/!]|&[#\w]+;/;

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Plain text from text that may carry HTML (RSS titles, Atom type="html"); null when blank. */
export function plainFromHtml(html: string): string | null {
  let text = html;
  if (LOOKS_MARKED_UP.test(text)) {
    text = decodeHTMLStrict(text.replace(SCRIPTISH, " ").replace(TAG, ""));
  }
  const out = collapseWhitespace(text);
  return out === "" ? null : out;
}

/** Plain text from text that is already plain (Atom type="text"); null when blank. */
export function plainFromText(text: string): string | null {
  const out = collapseWhitespace(text);
  return out === "" ? null : out;
}
