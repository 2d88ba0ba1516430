/**
 * Atom text constructs (RFC 4287 §3.1, https://www.rfc-editor.org/rfc/rfc4287#section-3.1) and
 * Atom 0.3's type/mode content model, read into one shape: text, HTML, or XHTML as HTML.
 */
import { htmlFromHtml, htmlFromText } from "../text/html.js";
import { plainFromHtml, plainFromText } from "../text/plain.js";
import { attr, textOf } from "../xml/query.js";
import { serializeHtml, unwrapXhtmlDiv } from "../xml/serialize.js";
import type { XmlElement } from "../xml/tree.js";

/** A text construct's value: `value` is plain text for "text", HTML for "html"/"xhtml". */
export interface AtomText {
  kind: "text" | "html" | "xhtml";
  value: string;
}

/** Reads a text construct; `legacy` selects Atom 0.3 rules (MIME type + mode). */
export function readText(el: XmlElement, legacy: boolean): AtomText {
  const type = (attr(el, "type") ?? (legacy ? "text/plain" : "text")).trim().toLowerCase();
  const mode = legacy ? (attr(el, "mode") ?? "xml").trim().toLowerCase() : "";
  const kind = kindOf(type);
  if (mode === "base64") return { kind, value: Buffer.from(textOf(el), "base64").toString("utf8") };
  const inline = kind === "xhtml" || (legacy && mode === "xml" && kind === "html");
  if (inline && el.children.some((c) => typeof c !== "string")) {
    return { kind: "xhtml", value: serializeHtml(unwrapXhtmlDiv(el)) };
  }
  return { kind: kind === "xhtml" ? "html" : kind, value: textOf(el) };
}

function kindOf(type: string): AtomText["kind"] {
  if (type === "html" || type === "text/html") return "html";
  if (type === "xhtml" || type === "application/xhtml+xml") return "xhtml";
  return "text";
}

/** The construct as plain text (titles, rights, subtitles); null when blank. */
export function textToPlain(text: AtomText | null): string | null {
  if (text === null) return null;
  return text.kind === "text" ? plainFromText(text.value) : plainFromHtml(text.value);
}

/** The construct as HTML (summary, content); null when blank. */
export function textToHtml(text: AtomText | null): string | null {
  if (text === null) return null;
  return text.kind === "text" ? htmlFromText(text.value) : htmlFromHtml(text.value);
}
