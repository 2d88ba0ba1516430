/**
 * The small element tree that both XML passes build, so format readers never care which pass
 * (strict or tolerant) read the document.
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

/** Builds the tree from start/text/end events; tracks xml:base and xml:lang inheritance. */
export interface TreeBuilder {
  open(tag: OpenTag): void;
  text(text: string): void;
  close(): void;
  /** Top-level elements in document order. */
  roots: XmlElement[];
  /** Non-whitespace characters found outside any element. */
  strayText: number;
  /** Elements still open (for truncated documents). */
  depth(): number;
}

/** Resolves a possibly relative URL; null when it cannot be made absolute. */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** A builder for one document at `docUrl`. */
export function createTreeBuilder(docUrl: string | null): TreeBuilder {
  const stack: XmlElement[] = [];
  const builder: TreeBuilder = {
    roots: [],
    strayText: 0,
    depth: () => stack.length,
    open(tag) {
      const parent = stack.length > 0 ? stack[stack.length - 1] : null;
      let base = parent ? parent.base : null;
      let lang = parent ? parent.lang : null;
      for (const a of tag.attrs) {
        if (a.ns !== NS.xml) continue;
        if (a.name === "base") base = absoluteUrl(a.value, base ?? docUrl) ?? base;
        else if (a.name === "lang") lang = a.value.trim() || null;
      }
      const el: XmlElement = { ...tag, ns: canonicalNs(tag.ns), children: [], base, lang };
      if (parent) parent.children.push(el);
      else builder.roots.push(el);
      stack.push(el);
    },
    text(text) {
      const parent = stack.length > 0 ? stack[stack.length - 1] : null;
      if (parent === null) {
        if (text.trim() !== "") builder.strayText += text.trim().length;
        return;
      }
      const kids = parent.children;
      const last = kids.length - 1;
      if (last >= 0 && typeof kids[last] === "string") kids[last] += text;
      else kids.push(text);
    },
    close() {
      stack.pop();
    },
  };
  return builder;
}
