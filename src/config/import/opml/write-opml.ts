/**
 * The config's subscriptions as OPML 2.0 for feed readers and other planets: one folder per
 * tag holding the feeds so tagged, untagged feeds at the top. Reading it back with
 * `orrery import opml` gives the same people, feeds and tags.
 */
import { pathToFileURL } from "node:url";
import type { PersonSpec, SiteConfig, SubscriptionSpec } from "../../../model.js";
import { emptyElement, parentElement, textElement } from "../../../render/xml.js";

/** The OPML text, and the subscriptions OPML cannot express (web pages read by rules). */
export function exportOpml(config: SiteConfig): { text: string; skipped: string[] } {
  const people = new Map(config.people.map((p) => [p.id, p]));
  const feeds = config.subscriptions.filter((s) => !s.html);
  const tags = [...new Set(feeds.flatMap((s) => s.tags))];
  const outline = (s: SubscriptionSpec) => feedOutline(s, people.get(s.personId));
  const folders = tags.map((tag) =>
    parentElement("outline", feeds.filter((s) => s.tags.includes(tag)).map(outline), {
      text: tag,
      title: tag,
    }),
  );
  const loose = feeds.filter((s) => s.tags.length === 0).map(outline);
  const head = parentElement("head", [
    textElement("title", config.title),
    textElement("ownerName", config.owner.name),
    textElement("ownerEmail", config.owner.email),
  ]);
  const opml = parentElement("opml", [head, parentElement("body", [...folders, ...loose])], {
    version: "2.0",
  });
  const skipped = config.subscriptions.filter((s) => s.html).map((s) => s.url);
  return { text: `<?xml version="1.0" encoding="utf-8"?>\n${opml}\n`, skipped };
}

function feedOutline(sub: SubscriptionSpec, person: PersonSpec | undefined): string {
  const name = person?.name ?? sub.personId;
  const homepage = person?.links.find((l) => l.name === "homepage") ?? person?.links[0];
  const url = /^[a-z][a-z0-9+.-]+:/i.test(sub.url) ? sub.url : pathToFileURL(sub.url).href;
  return emptyElement("outline", {
    type: "rss",
    text: name,
    title: sub.title ?? name,
    xmlUrl: url,
    htmlUrl: homepage?.url ?? null,
  });
}
