/** The planet's subscriptions as OPML 2.0 (http://opml.org/spec2.opml), for any feed reader. */
import type { PersonSpec, StoredFeed, SubscriptionSpec } from "../model.js";
import { isWebUrl } from "./safe-url.js";
import { emptyElement, parentElement, textElement } from "./xml.js";

/** What the OPML head says. */
// No dateCreated: the file then only changes when the subscriptions do, and keeps its mtime.
export interface OpmlHead {
  title: string;
  owner: { name: string | null; email: string | null };
}

/**
 * Renders the subscriptions, one outline each: the person as its text, the feed's title as its
 * title. Only web feeds are listed: a local file feed (file://, a path) is readable by this
 * planet alone, and a reader importing the list could not subscribe to it.
 */
export function renderOpml(
  head: OpmlHead,
  subscriptions: SubscriptionSpec[],
  people: PersonSpec[],
  feeds: StoredFeed[],
): string {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const byUrl = new Map(feeds.map((f) => [f.url, f]));
  const outlines = subscriptions
    .filter((sub) => isWebUrl(sub.url))
    .map((sub) => {
      const feed = byUrl.get(sub.url);
      const person = names.get(sub.personId) ?? sub.personId;
      const site = feed?.siteLink ?? null;
      // `text` names the person, `title` the feed: what OPML importers (ours too) read back.
      return emptyElement("outline", {
        type: "rss",
        text: person,
        title: sub.title ?? feed?.title ?? person,
        xmlUrl: sub.url,
        htmlUrl: isWebUrl(site) ? site : null,
      });
    });
  const headXml = parentElement("head", [
    textElement("title", head.title),
    textElement("ownerName", head.owner.name),
    textElement("ownerEmail", head.owner.email),
  ]);
  const opml = parentElement("opml", [headXml, parentElement("body", outlines)], {
    version: "2.0",
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${opml}\n`;
}
