/**
 * sanitizeHtml: entry HTML → a safe, well-formed, idempotent fragment. sanitize-html
 * (https://github.com/apostrophecms/sanitize-html) is the engine: it parses with htmlparser2,
 * keeps only the allow-list, escapes all text and closes every element it opened.
 */
import sanitize from "sanitize-html";
import { flattenCodeTables } from "./code-blocks.js";
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_CLASSES,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  EMPTY_ATTRIBUTES,
} from "./policy.js";
import { isDropped, type TagContext, transformTag } from "./transform-tag.js";

/** Where the HTML comes from, and which iframe hosts beyond the default video hosts are allowed. */
export interface SanitizeOptions {
  /** The entry's base URL (xml:base, else the entry link, else the feed URL); null if unknown. */
  base: string | null;
  /** Extra embed hosts (PeerTube instances, ...) from the planet's config. */
  embedHosts?: readonly string[];
}

// allowedEmptyAttributes exists in sanitize-html 2.17 but not yet in its published types.
const FIXED_OPTIONS: sanitize.IOptions & { allowedEmptyAttributes: string[] } = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: Object.fromEntries(
    Object.entries(ALLOWED_ATTRIBUTES).map(([tag, names]) => [tag, [...names]]),
  ),
  allowedClasses: Object.fromEntries(
    Object.entries(ALLOWED_CLASSES).map(([tag, names]) => [tag, [...names]]),
  ),
  allowedEmptyAttributes: [...EMPTY_ATTRIBUTES],
  nonTextTags: [...DROPPED_WITH_CONTENT],
  // Written as <x />: the output stays well-formed even read as XML (feeds embed it).
  selfClosing: ["img", "br", "hr", "wbr", "source", "track", "col", "area"],
  disallowedTagsMode: "discard",
  // URLs were resolved and checked by transformTag; these are a second line of defence.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https", "data"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite", "poster", "longdesc"],
  allowProtocolRelative: false,
  allowedStyles: {},
  parser: { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
};

const ALLOWED = new Set(ALLOWED_TAGS);

// sanitize-html honours a replacement text only from a transform named for the tag, and then
// runs "*" on the result as well: iframe and script are handled by name, "*" leaves them be.
function rewriting(context: TagContext, seen: { removal: boolean }): sanitize.IOptions {
  const byName = (tag: string, attribs: sanitize.Attributes) => {
    const rewritten = transformTag(tag, attribs, context);
    if (!ALLOWED.has(rewritten.tagName) || isDropped(rewritten.attribs)) seen.removal = true;
    return rewritten;
  };
  return {
    transformTags: {
      iframe: byName,
      script: byName,
      "*": (tag, attribs) =>
        tag === "iframe" || tag === "script" ? { tagName: tag, attribs } : byName(tag, attribs),
    },
    exclusiveFilter: (frame) => isDropped(frame.attribs),
  };
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Safe, well-formed, idempotent HTML fragment. Never throws. */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  if (typeof html !== "string" || html === "") return "";
  const context = { base: options.base, embedHosts: options.embedHosts ?? [] };
  try {
    const seen = { removal: false };
    const once = sanitize(flattenCodeTables(html), {
      ...FIXED_OPTIONS,
      ...rewriting(context, seen),
    });
    if (!seen.removal) return once;
    // htmlparser2 closes a <p> when a block opens right inside it, but not through an
    // element in between (or inside <svg>/<math>). Once such an element is removed, reading
    // the output again would close differently: a second pass settles the structure, so that
    // the result is idempotent.
    return sanitize(once, { ...FIXED_OPTIONS, ...rewriting(context, { removal: false }) });
  } catch {
    // Only a bug can land here; showing the markup as text is safe and still readable.
    return escapeText(html);
  }
}
