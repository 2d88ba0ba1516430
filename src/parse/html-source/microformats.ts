/**
 * h-feed / h-entry microformats (https://microformats.org/wiki/microformats2-parsing), the
 * subset a planet needs: p-name, u-url, u-uid, dt-published, dt-updated, e-content, p-summary,
 * p-author (text or h-card), p-category.
 */
import type { Document, Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import type { Entry, Person } from "../../model.js";
import { parseDate } from "../date/index.js";
import { emptyEntry } from "../result.js";
import { absoluteUrl, attr, innerHtmlOf, textOf } from "./dom.js";

const classes = (el: Element) => (el.attribs.class ?? "").split(/\s+/).filter(Boolean);
const isRoot = (el: Element) => classes(el).some((c) => /^h-[a-z]+(-[a-z]+)*$/.test(c));
const hasClass = (el: Element, name: string) => classes(el).includes(name);

/** Every top-level h-entry of the page (inside an h-feed or not), read into entries. */
export function readMicroformatEntries(doc: Document, base: string | null): Entry[] {
  const entries = DomUtils.findAll((e) => hasClass(e, "h-entry"), doc.children).filter(
    (e) => !hasEntryAncestor(e),
  );
  return entries.map((el) => toEntry(el, base));
}

/** The h-feed's own name and author, when the page has one. */
export function readFeedProperties(
  doc: Document,
  base: string | null,
): { name: string | null; author: Person | null } {
  const feed = DomUtils.findOne((e) => hasClass(e, "h-feed"), doc.children);
  if (feed === null) return { name: null, author: null };
  const name = property(feed, "p-name");
  const author = property(feed, "p-author");
  return { name: name && textOf(name), author: author && readPerson(author, base) };
}

function hasEntryAncestor(el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) {
    if (p.type === "tag" && hasClass(p as Element, "h-entry")) return true;
  }
  return false;
}

function toEntry(el: Element, base: string | null): Entry {
  const name = property(el, "p-name");
  const url = property(el, "u-url");
  const content = property(el, "e-content");
  const summary = property(el, "e-summary") ?? property(el, "p-summary");
  const author = property(el, "p-author");
  const link = url && urlValue(url, base);
  return {
    ...emptyEntry(),
    id: mapNull(property(el, "u-uid"), (uid) => urlValue(uid, base)) ?? link,
    title: mapNull(name, textOf) ?? impliedName(el),
    link,
    published: mapNull(property(el, "dt-published"), dateValue),
    updated: mapNull(property(el, "dt-updated"), dateValue),
    author: mapNull(author, (a) => readPerson(a, base)),
    categories: properties(el, "p-category").flatMap((c) => textOf(c) ?? []),
    summary: mapNull(summary, innerHtmlOf),
    content: mapNull(content, innerHtmlOf),
    base,
  };
}

function mapNull<T, U>(value: T | null, f: (v: T) => U | null): U | null {
  return value === null ? null : f(value);
}

/** Elements carrying a property, not looking inside nested microformats (they own theirs). */
function properties(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== "tag") continue;
      const element = child as Element;
      if (hasClass(element, name)) found.push(element);
      if (!isRoot(element)) visit(element);
    }
  };
  visit(root);
  return found;
}

function property(root: Element, name: string): Element | null {
  return properties(root, name)[0] ?? null;
}

function urlValue(el: Element, base: string | null): string | null {
  const raw = attr(el, "href") ?? attr(el, "src") ?? attr(el, "value") ?? textOf(el);
  return raw === null ? null : absoluteUrl(raw, base);
}

function dateValue(el: Element): string | null {
  const raw = attr(el, "datetime") ?? attr(el, "title") ?? attr(el, "value") ?? textOf(el);
  return raw === null ? null : parseDate(raw);
}

function readPerson(el: Element, base: string | null): Person | null {
  if (!hasClass(el, "h-card"))
    return mapNull(textOf(el), (name) => ({ name, email: null, uri: null }));
  const name = property(el, "p-name");
  const url = property(el, "u-url");
  const email = property(el, "u-email");
  return {
    name: mapNull(name, textOf) ?? textOf(el),
    uri: mapNull(url, (u) => urlValue(u, base)),
    email: mapNull(email, (e) => attr(e, "href")?.replace(/^mailto:/i, "") ?? textOf(e)),
  };
}

/**
 * mf2 implies a name from the whole text only when the entry has no other p-* or e-* property:
 * an untitled post with content stays untitled instead of being titled with its body.
 */
function impliedName(el: Element): string | null {
  const hasTextProperty = DomUtils.findOne(
    (e) => classes(e).some((c) => c.startsWith("p-") || c.startsWith("e-")),
    el.children,
  );
  return hasTextProperty === null ? textOf(el) : null;
}
