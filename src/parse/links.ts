/** Atom-style <link> elements (in Atom, and as atom:link inside RSS) → model Links. */
import type { Link } from "../model.js";
import type { ParseContext } from "./context.js";
import { attr } from "./xml/query.js";
import type { XmlElement } from "./xml/tree.js";

/** A Link from an element with href/rel/type/title/length attributes; null without href. */
export function linkFromElement(el: XmlElement, ctx: ParseContext): Link | null {
  const href = ctx.url(attr(el, "href"), el.base);
  if (href === null) return null;
  const length = Number.parseInt(attr(el, "length") ?? "", 10);
  return {
    href,
    rel: attr(el, "rel")?.trim() || "alternate",
    type: attr(el, "type")?.trim() || null,
    title: attr(el, "title")?.trim() || null,
    length: Number.isFinite(length) && length >= 0 ? length : null,
  };
}

/** The page link among `links`: the HTML alternate if any, else the first alternate. */
export function alternateLink(links: readonly Link[]): string | null {
  let first: string | null = null;
  for (const l of links) {
    if (l.rel !== "alternate") continue;
    if (l.type === null || l.type === "text/html" || l.type === "application/xhtml+xml")
      return l.href;
    first ??= l.href;
  }
  return first;
}

/** A non-negative integer from text, or null. */
export function byteLength(text: string | null): number | null {
  if (text === null) return null;
  const n = Number.parseInt(text.trim(), 10);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
