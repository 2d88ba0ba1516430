/** The few DOM readings both page readers share: text, inner HTML, attributes, absolute URLs. */
import type { AnyNode, Element } from "domhandler";
import { DomUtils } from "htmlparser2";

/** The text of an element, spaces collapsed; null when blank. */
export function textOf(el: Element): string | null {
  const text = DomUtils.textContent(el).replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/** The HTML inside an element; null when blank. */
export function innerHtmlOf(el: Element): string | null {
  const html = DomUtils.getInnerHTML(el, { decodeEntities: false }).trim();
  return html === "" ? null : html;
}

/** An attribute's value, trimmed; null when missing or blank. */
export function attr(el: Element, name: string): string | null {
  const value = el.attribs[name]?.trim();
  return value === undefined || value === "" ? null : value;
}

/** The link an element stands for: its own href, else its first descendant link's. */
export function hrefOf(el: Element, base: string | null): string | null {
  const own = attr(el, "href");
  const link = own === null ? DomUtils.findOne((e) => attr(e, "href") !== null, el.children) : null;
  const href = own ?? (link === null ? null : attr(link, "href"));
  return href === null ? null : absoluteUrl(href, base);
}

/** The document's base URL: `<base href>` resolved against the page URL. */
export function documentBase(nodes: AnyNode[], pageUrl: string | null): string | null {
  const base = DomUtils.findOne((e) => e.name === "base" && attr(e, "href") !== null, nodes);
  const href = base === null ? null : attr(base, "href");
  return href === null ? pageUrl : (absoluteUrl(href, pageUrl) ?? pageUrl);
}

/** The page's `<title>`. */
export function pageTitle(nodes: AnyNode[]): string | null {
  const title = DomUtils.findOne((e) => e.name === "title", nodes);
  return title === null ? null : textOf(title);
}

/** Resolves a possibly relative URL; null when it cannot be made absolute. */
export function absoluteUrl(href: string, base: string | null): string | null {
  return URL.canParse(href.trim(), base ?? undefined)
    ? new URL(href.trim(), base ?? undefined).href
    : null;
}
