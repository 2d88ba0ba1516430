/** Small lookups on the element tree used by every format reader. */
import type { XmlElement } from "./tree.js";

/** The value of the attribute `name` in namespace `ns` ("" for unprefixed), or null. */
export function attr(el: XmlElement, name: string, ns = ""): string | null {
  for (const a of el.attrs) if (a.name === name && a.ns === ns) return a.value;
  return null;
}

/** The first child element named `name` in namespace `ns`, or null. */
export function child(el: XmlElement, ns: string, name: string): XmlElement | null {
  for (const c of el.children)
    if (typeof c !== "string" && c.name === name && c.ns === ns) return c;
  return null;
}

/** Every child element. */
export function elements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string") out.push(c);
  return out;
}

/** All text inside the element, descendants included, in document order. */
export function textOf(el: XmlElement): string {
  if (el.children.length === 1 && typeof el.children[0] === "string") return el.children[0];
  const parts: string[] = [];
  collectText(el, parts);
  return parts.join("");
}

function collectText(el: XmlElement, parts: string[]): void {
  for (const c of el.children) {
    if (typeof c === "string") parts.push(c);
    else collectText(c, parts);
  }
}

/** The trimmed text of an element, or null when absent or blank. */
export function trimmedText(el: XmlElement | null): string | null {
  if (el === null) return null;
  const t = textOf(el).trim();
  return t === "" ? null : t;
}

/** True when the element has element children (inline markup rather than text). */
export function hasElementChildren(el: XmlElement): boolean {
  for (const c of el.children) if (typeof c !== "string") return true;
  return false;
}
