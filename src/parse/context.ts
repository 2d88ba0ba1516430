/** What every format adapter needs while mapping to the model: warnings, dates, URLs. */
import { parseDate } from "./date/index.js";
import { absoluteUrl } from "./xml/tree.js";

/** Shared state of one parse. */
export interface ParseContext {
  /** The document URL; relative URLs resolve against it when no xml:base is in scope. */
  docUrl: string | null;
  warnings: string[];
  /** A date as UTC "YYYY-MM-DDTHH:MM:SSZ", or null (with a warning when it was unreadable). */
  date(text: string | null, where: string): string | null;
  /** An absolute URL against `base` (else the document URL); null for blank input. */
  url(href: string | null, base: string | null): string | null;
}

// No real link is this long (browsers and servers cap URLs far below it); a longer one is junk or
// an attack on memory, dropped with a warning.
const MAX_URL_LENGTH = 64 * 1024;

/** A context for the document at `docUrl`. */
export function createContext(docUrl: string | null): ParseContext {
  const warnings: string[] = [];
  return {
    docUrl,
    warnings,
    date(text, where) {
      if (text === null || text.trim() === "") return null;
      const parsed = parseDate(text);
      if (parsed === null)
        warnings.push(`unreadable date "${text.trim().slice(0, 80)}" in ${where}`);
      return parsed;
    },
    url(href, base) {
      if (href === null) return null;
      const trimmed = href.trim();
      if (trimmed === "") return null;
      if (trimmed.length > MAX_URL_LENGTH) {
        warnings.push(`a URL of ${trimmed.length.toLocaleString("en")} characters was dropped`);
        return null;
      }
      // Without any base a relative URL cannot be made absolute; keep it as given.
      return absoluteUrl(trimmed, base ?? docUrl) ?? trimmed;
    },
  };
}
