/** The planet as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { FeedHead } from "./atom.js";
import type { FeedItem } from "./feed-items.js";

/** Renders a JSON Feed document; the original feed is credited in the `_orrery` extension. */
export function renderJsonFeed(head: FeedHead, items: FeedItem[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: head.title,
    home_page_url: head.link,
    feed_url: head.self,
    ...(head.description === null ? {} : { description: head.description }),
    language: head.language,
    ...(head.owner.name === null ? {} : { authors: [{ name: head.owner.name }] }),
    items: items.map(jsonItem),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function jsonItem(item: FeedItem): object {
  return {
    id: item.id,
    ...(item.link === null ? {} : { url: item.link }),
    ...(item.title === null ? {} : { title: item.title }),
    content_html: item.html,
    date_published: item.published,
    date_modified: item.updated,
    authors: [
      { name: item.author.name, ...(item.author.url === null ? {} : { url: item.author.url }) },
    ],
    ...(item.categories.length === 0 ? {} : { tags: item.categories }),
    ...(item.language === null ? {} : { language: item.language }),
    _orrery: {
      source: {
        title: item.source.title,
        ...(item.source.url === null ? {} : { feed_url: item.source.url }),
        ...(item.source.siteUrl === null ? {} : { home_page_url: item.source.siteUrl }),
      },
    },
  };
}
