/**
 * sanitizeHtml: entry HTML → a safe, well-formed, idempotent fragment, in one streaming pass
 * over htmlparser2 (see clean-html.ts) that applies the policy of policy.ts and turns
 * line-numbered highlighter tables into plain code blocks (code-blocks.ts).
 */
import { cleanHtml, MAX_DEPTH } from "./clean-html.js";
import { escapeText } from "./open-tag.js";

/** Where the HTML comes from, and which iframe hosts beyond the default video hosts are allowed. */
export interface SanitizeOptions {
  /** The entry's base URL (xml:base, else the entry link, else the feed URL); null if unknown. */
  base: string | null;
  /** Extra embed hosts (PeerTube instances, ...) from the planet's config. */
  embedHosts?: readonly string[];
  /** Told when something of the entry had to go beyond the policy (nesting too deep). */
  warn?: (message: string) => void;
}

/** Safe, well-formed, idempotent HTML fragment. Never throws. */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  if (typeof html !== "string" || html === "") return "";
  const context = { base: options.base, embedHosts: options.embedHosts ?? [] };
  try {
    const cleaned = cleanHtml(html, context);
    if (cleaned.flattened > 0)
      options.warn?.(
        `${cleaned.flattened} element(s) nested more than ${MAX_DEPTH} deep were flattened`,
      );
    return cleaned.html;
  } catch {
    // Only a bug can land here; showing the markup as text is safe and still readable.
    return escapeText(html);
  }
}
