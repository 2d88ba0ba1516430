/**
 * Atom, spec-shaped.
 * Atom 1.0: https://www.rfc-editor.org/rfc/rfc4287
 * Atom 0.3: https://web.archive.org/web/20060811235523/http://www.mnot.net/drafts/draft-nottingham-atom-format-02.html
 * 0.3 names map onto 1.0's: tagline → subtitle, copyright → rights, issued → published,
 * modified → updated, url → uri.
 */
import { attr, trimmedText } from "../xml/query.js";
import type { XmlElement } from "../xml/tree.js";
import { type AtomText, readText } from "./text-construct.js";

/** atom:author / atom:contributor. */
export interface AtomPerson {
  name: string | null;
  email: string | null;
  uri: string | null;
}

/** What feed and entry share. */
interface AtomCommon {
  el: XmlElement;
  id: string | null;
  title: AtomText | null;
  links: XmlElement[];
  updated: string | null;
  published: string | null;
  rights: AtomText | null;
  authors: AtomPerson[];
  contributors: AtomPerson[];
  categories: string[];
}

/** atom:feed. */
export interface AtomFeed extends AtomCommon {
  subtitle: AtomText | null;
  generator: string | null;
  icon: string | null;
  logo: string | null;
}

/** atom:entry. */
export interface AtomEntry extends AtomCommon {
  summary: AtomText | null;
  content: AtomText | null;
  /** The content element itself (its xml:base is the entry's base). */
  contentEl: XmlElement | null;
}

// Never look for entries inside an entry's content or summary, or inside atom:source.
const OPAQUE = new Set(["content", "summary", "source"]);

/** True when entries cannot be inside `el`. */
export function isAtomOpaque(el: XmlElement): boolean {
  return OPAQUE.has(el.name);
}

function common(el: XmlElement): AtomCommon {
  return {
    el,
    id: null,
    title: null,
    links: [],
    updated: null,
    published: null,
    rights: null,
    authors: [],
    contributors: [],
    categories: [],
  };
}

/** Reads the child elements both feed and entry have; false when `c` is not one of them. */
function readCommon(target: AtomCommon, c: XmlElement, legacy: boolean): boolean {
  switch (c.name) {
    case "id":
      target.id ??= trimmedText(c);
      return true;
    case "title":
      target.title ??= readText(c, legacy);
      return true;
    case "link":
      target.links.push(c);
      return true;
    case "updated":
    case "modified":
      target.updated ??= trimmedText(c);
      return true;
    case "published":
    case "issued":
      target.published ??= trimmedText(c);
      return true;
    case "rights":
    case "copyright":
      target.rights ??= readText(c, legacy);
      return true;
    case "author":
      target.authors.push(readPerson(c));
      return true;
    case "contributor":
      target.contributors.push(readPerson(c));
      return true;
    case "category": {
      const label = attr(c, "label")?.trim() || attr(c, "term")?.trim() || trimmedText(c);
      if (label) target.categories.push(label);
      return true;
    }
  }
  return false;
}

/** The feed-level elements of an atom:feed (its entries are not read here). */
export function readAtomFeed(el: XmlElement, ns: string, legacy: boolean): AtomFeed {
  const feed: AtomFeed = { ...common(el), subtitle: null, generator: null, icon: null, logo: null };
  for (const c of el.children) {
    if (typeof c === "string" || c.ns !== ns || readCommon(feed, c, legacy)) continue;
    if (c.name === "subtitle" || c.name === "tagline") feed.subtitle ??= readText(c, legacy);
    else if (c.name === "generator") feed.generator ??= trimmedText(c);
    else if (c.name === "icon") feed.icon ??= trimmedText(c);
    else if (c.name === "logo") feed.logo ??= trimmedText(c);
  }
  return feed;
}

/** One atom:entry. */
export function readAtomEntry(el: XmlElement, ns: string, legacy: boolean): AtomEntry {
  const entry: AtomEntry = { ...common(el), summary: null, content: null, contentEl: null };
  for (const c of el.children) {
    if (typeof c === "string" || c.ns !== ns || readCommon(entry, c, legacy)) continue;
    if (c.name === "summary") entry.summary ??= readText(c, legacy);
    else if (c.name === "content" && entry.contentEl === null && attr(c, "src") === null) {
      entry.content = readText(c, legacy);
      entry.contentEl = c;
    } else if (c.name === "created" && legacy) entry.published ??= trimmedText(c);
  }
  return entry;
}

function readPerson(el: XmlElement): AtomPerson {
  const p: AtomPerson = { name: null, email: null, uri: null };
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === "name") p.name ??= trimmedText(c);
    else if (c.name === "email") p.email ??= trimmedText(c);
    else if (c.name === "uri" || c.name === "url") p.uri ??= trimmedText(c);
  }
  // Some feeds put the name straight into <author>.
  if (p.name === null && p.email === null && p.uri === null) p.name = trimmedText(el);
  return p;
}
