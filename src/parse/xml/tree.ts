/**
 * The small element tree that format readers read, built from the events of either XML pass
 * (strict or tolerant), so that readers never care which pass read the document.
 */
import { canonicalNs, NS } from "../namespaces.js";

/** One attribute: local name, namespace URI ("" for none), decoded value. */
export interface XmlAttr {
  name: string;
  ns: string;
  value: string;
}

/** One element with its resolved namespace and the xml:base / xml:lang in scope. */
export interface XmlElement {
  name: string;
  ns: string;
  prefix: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  /** The absolute xml:base in scope, or null when no ancestor-or-self declared one. */
  base: string | null;
  /** The xml:lang in scope, or null. */
  lang: string | null;
}

export type XmlNode = XmlElement | string;

/** What a pass hands to the builder for each start tag. */
export interface OpenTag {
  name: string;
  ns: string;
  prefix: string;
  attrs: XmlAttr[];
}

/** What both passes report, event by event: the start of an element, text, the end of one. */
export interface XmlSink {
  open(tag: OpenTag): void;
  text(text: string): void;
  close(): void;
}

/** Resolves a possibly relative URL; null when it cannot be made absolute. */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The element for `tag`, inheriting xml:base and xml:lang from `parent` (not attached to it). */
export function createElement(
  tag: OpenTag,
  parent: XmlElement | null,
  docUrl: string | null,
): XmlElement {
  let base = parent ? parent.base : null;
  let lang = parent ? parent.lang : null;
  for (const a of tag.attrs) {
    if (a.ns !== NS.xml) continue;
    if (a.name === "base") base = absoluteUrl(a.value, base ?? docUrl) ?? base;
    else if (a.name === "lang") lang = a.value.trim() || null;
  }
  const { name, prefix, attrs } = tag;
  return { name, ns: canonicalNs(tag.ns), prefix, attrs, children: [], base, lang };
}

/** Adds text to an element, joined to the text before it when there is no element between. */
export function appendText(el: XmlElement, text: string): void {
  const kids = el.children;
  const last = kids.length - 1;
  if (last >= 0 && typeof kids[last] === "string") kids[last] += text;
  else kids.push(text);
}
