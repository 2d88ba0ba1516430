/** The planet as Atom 1.0 (https://www.rfc-editor.org/rfc/rfc4287), each entry crediting its source. */
import type { FeedItem } from "./feed-items.js";
import { newestDate } from "./feed-items.js";
import { emptyElement, parentElement, textElement } from "./xml.js";

/** What the feed says about the planet itself. */
export interface FeedHead {
  title: string;
  description: string | null;
  /** Absolute URL of the planet's front page. */
  link: string;
  /** Absolute URL of this feed document. */
  self: string;
  language: string;
  generatedAt: string;
  owner: { name: string | null; email: string | null };
}

/** Renders an Atom document. */
export function renderAtom(head: FeedHead, items: FeedItem[]): string {
  const children = [
    textElement("id", head.link),
    textElement("title", head.title),
    textElement("subtitle", head.description),
    textElement("updated", newestDate(items, head.generatedAt)),
    emptyElement("link", { rel: "alternate", type: "text/html", href: head.link }),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: head.self }),
    textElement("generator", "Orrery"),
    ...(head.owner.name === null
      ? []
      : [
          parentElement("author", [
            textElement("name", head.owner.name),
            textElement("email", head.owner.email),
          ]),
        ]),
    ...items.map(atomEntry),
  ];
  const feed = parentElement("feed", children, {
    xmlns: "http://www.w3.org/2005/Atom",
    "xml:lang": head.language,
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${feed}\n`;
}

function atomEntry(item: FeedItem): string {
  const source = parentElement("source", [
    textElement("id", item.source.id),
    textElement("title", item.source.title),
    item.source.siteUrl === null
      ? ""
      : emptyElement("link", { rel: "alternate", href: item.source.siteUrl }),
    item.source.url === null ? "" : emptyElement("link", { rel: "self", href: item.source.url }),
  ]);
  return parentElement(
    "entry",
    [
      textElement("id", item.id),
      // atom:title is required; an untitled post gets an empty one rather than an invented one.
      textElement("title", item.title ?? "", { type: "text" }),
      item.link === null
        ? ""
        : emptyElement("link", { rel: "alternate", type: "text/html", href: item.link }),
      textElement("published", item.published),
      textElement("updated", item.updated),
      parentElement("author", [
        textElement("name", item.author.name),
        textElement("uri", item.author.url),
      ]),
      ...item.categories.map((term) => emptyElement("category", { term })),
      textElement("content", item.html, { type: "html" }),
      source,
    ],
    { "xml:lang": item.language },
  );
}
