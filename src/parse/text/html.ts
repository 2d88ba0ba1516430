/**
 * Entry bodies → HTML. RSS descriptions come as escaped HTML, as HTML escaped twice
 * ("&amp;lt;p&amp;gt;"), or as plain text with line breaks; all three must come out as HTML.
 * The heuristics follow feedparser's (https://feedparser.readthedocs.io/en/latest/html-sanitization.html).
 */
import { decodeHTMLStrict } from "entities";
import { escapeHtml } from "../xml/serialize.js";

// A real tag or entity: "<p>", "</a>", "<br/>", "&amp;", "&#8217;".
const HTML_TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--/;
const HTML_ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/;
// After one decoding, HTML escaped twice shows its tags as "&lt;p&gt;".
const ESCAPED_TAG = /&lt;\/?[A-Za-z][\w:-]*(?:\s[^&]*)?\/?&gt;/;

/** HTML from text that is HTML, HTML escaped once more, or plain text; null when blank. */
export function htmlFromUnknown(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (HTML_TAG.test(trimmed)) return trimmed;
  if (ESCAPED_TAG.test(trimmed)) return decodeHTMLStrict(trimmed);
  if (HTML_ENTITY.test(trimmed)) return trimmed;
  return htmlFromText(trimmed);
}

/** HTML from text declared to be HTML; undoes a second escaping when there is no real tag. */
export function htmlFromHtml(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!HTML_TAG.test(trimmed) && ESCAPED_TAG.test(trimmed)) return decodeHTMLStrict(trimmed);
  return trimmed;
}

/** HTML from plain text: escaped, blank lines → paragraphs, line breaks → <br>. */
export function htmlFromText(text: string): string | null {
  const trimmed = text.replace(/\r\n?/g, "\n").trim();
  if (trimmed === "") return null;
  if (!trimmed.includes("\n")) return escapeHtml(trimmed);
  return trimmed
    .split(/\n[ \t]*\n\s*/)
    .map((para) => `<p>${escapeHtml(para).replace(/[ \t]*\n[ \t]*/g, "<br>\n")}</p>`)
    .join("\n");
}
