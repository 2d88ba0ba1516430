/** Small documents for discovery tests: an HTML page with given head lines, an RSS and an Atom feed. */

/** An HTML page with `head` lines in its <head> and `body` in its body. */
export function htmlPage(head: string[], body = "<p>Hello.</p>"): string {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>A blog</title>\n${head.join("\n")}\n</head><body>${body}</body></html>`;
}

/** An RSS 2.0 feed with one item per link. */
export function rssFeed(title: string, site: string, links: string[]): string {
  const items = links.map(
    (l) => `<item><title>${l}</title><link>${l}</link><guid>${l}</guid></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${site}</link>${items.join("")}</channel></rss>`;
}

/** An Atom feed with one entry per link. */
export function atomFeed(title: string, author: string | null, links: string[]): string {
  const who = author === null ? "" : `<author><name>${author}</name></author>`;
  const entries = links.map(
    (l) =>
      `<entry><id>${l}</id><title>${l}</title><link href="${l}"/><updated>2019-10-13T00:00:00Z</updated></entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>${who}<id>urn:${encodeURIComponent(title)}</id><updated>2019-10-13T00:00:00Z</updated>${entries.join("")}</feed>`;
}
