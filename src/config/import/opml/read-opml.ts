/**
 * OPML subscription lists (http://opml.org/spec2.opml) → an import: each outline with an
 * xmlUrl is a feed of the person its text names, and the folders around it (and its
 * `category` attribute) become the feed's tags.
 */
import type { Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { type PersonDraft, slugify } from "../../edit/index.js";
import { emptySite, type ImportResult } from "../result.js";

/** Imports an OPML document; pure. An error when it is not OPML. */
export function importOpml(text: string, file: string): ImportResult | { error: string } {
  const doc = parseDocument(text, { xmlMode: true });
  const opml = DomUtils.findOne((e) => e.name.toLowerCase() === "opml", doc.children, false);
  const body =
    opml === null
      ? null
      : DomUtils.findOne((e) => e.name.toLowerCase() === "body", opml.children, false);
  if (body === null) return { error: `${file}: not an OPML document (no <opml><body>)` };
  const title = DomUtils.findOne((e) => e.name.toLowerCase() === "title", opml?.children ?? []);
  const people = new Map<string, PersonDraft>();
  const notImported: string[] = [];
  walk(body, [], people, notImported, file);
  return {
    site: {
      ...emptySite(),
      title: title === null ? null : DomUtils.textContent(title).trim() || null,
    },
    people: [...people.values()],
    planets: [],
    notImported,
  };
}

function walk(
  parent: Element,
  folders: string[],
  people: Map<string, PersonDraft>,
  notImported: string[],
  file: string,
): void {
  for (const el of parent.children) {
    if (el.type !== "tag" || el.name.toLowerCase() !== "outline") continue;
    const outline = el as Element;
    // Attribute names are camelCase in the spec, lower case in some exporters.
    const a = Object.fromEntries(
      Object.entries(outline.attribs).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const label = (a.text ?? a.title ?? "").trim();
    if (a.xmlurl === undefined) {
      walk(
        outline,
        label === "" ? folders : [...folders, slugify(label)],
        people,
        notImported,
        file,
      );
      continue;
    }
    const url = a.xmlurl.trim();
    if (!/^https?:\/\//i.test(url)) {
      notImported.push(`${file}: outline "${label}": xmlUrl "${url}" is not an http(s) URL`);
      continue;
    }
    addFeed(people, url, label, a, [...folders, ...categories(a.category)]);
  }
}

function addFeed(
  people: Map<string, PersonDraft>,
  url: string,
  label: string,
  a: Record<string, string>,
  tags: string[],
): void {
  const name = label || new URL(url).hostname;
  const id = slugify(name);
  const person = people.get(id) ?? { id, name, links: {}, feeds: [] };
  const homepage = a.htmlurl?.trim();
  if (homepage && /^https?:\/\//i.test(homepage) && person.links)
    person.links.homepage ??= homepage;
  const title = a.title?.trim();
  const feed = person.feeds.find((f) => f.url === url);
  if (feed === undefined) {
    person.feeds.push({ url, title: title && title !== name ? title : null, tags: unique(tags) });
  } else {
    feed.tags = unique([...(feed.tags ?? []), ...tags]);
  }
  people.set(id, person);
}

/** OPML 2.0's category attribute: comma-separated, slash-delimited paths ("/Linux/Gentoo"). */
function categories(attribute: string | undefined): string[] {
  if (attribute === undefined) return [];
  return attribute.split(",").flatMap((path) =>
    path
      .split("/")
      .filter((p) => p.trim() !== "")
      .map(slugify),
  );
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
