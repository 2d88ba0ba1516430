/** Element children → HTML text, for inline XHTML content (Atom type="xhtml", RSS with markup). */
import { NS } from "../namespaces.js";
import type { XmlElement, XmlNode } from "./tree.js";

// https://html.spec.whatwg.org/multipage/syntax.html#void-elements
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Escapes text for an HTML text node. */
export function escapeHtml(text: string): string {
  return /[&<>]/.test(text)
    ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    : text;
}

function escapeAttr(value: string): string {
  return /[&"<>]/.test(value)
    ? value
        .replace(/&/g, "&amp;")
        .replace(/"/g, "&quot;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
    : value;
}

/** The HTML of `nodes`, element prefixes dropped (xhtml:p → p). */
export function serializeHtml(nodes: readonly XmlNode[]): string {
  const out: string[] = [];
  for (const node of nodes) write(node, out);
  return out.join("");
}

function write(node: XmlNode, out: string[]): void {
  if (typeof node === "string") {
    out.push(escapeHtml(node));
    return;
  }
  const name = node.name.toLowerCase();
  out.push("<", name);
  for (const a of node.attrs) {
    if (a.ns === NS.xml && a.name === "lang") out.push(' lang="', escapeAttr(a.value), '"');
    else if (a.ns === "" || a.ns === NS.xhtml)
      out.push(" ", a.name, '="', escapeAttr(a.value), '"');
  }
  out.push(">");
  for (const c of node.children) write(c, out);
  // The tolerant pass nests what follows an unclosed <br> inside it; it belongs after it.
  if (!VOID.has(name)) out.push("</", name, ">");
}

/** The children of an XHTML container, without the wrapping <div> Atom requires. */
export function unwrapXhtmlDiv(el: XmlElement): XmlNode[] {
  const elements = el.children.filter((c): c is XmlElement => typeof c !== "string");
  const onlyDiv =
    elements.length === 1 &&
    elements[0].name === "div" &&
    el.children.every((c) => typeof c !== "string" || c.trim() === "");
  return onlyDiv ? elements[0].children : el.children;
}
