/** The parse benchmark's corpus: deterministic feeds of every format, as fetch hands them over. */
import type { FeedBytes } from "../../src/model.js";
import { atomFeed, entryHtml, seeded } from "./corpus.js";

const FORMATS = ["atom10", "rss20", "rss20", "rss10", "json11", "atom03", "rss091"] as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function rssFeed(seed: number, entries: number, version: string, latin: boolean): string {
  const rand = seeded(seed);
  const base = `https://blog${seed}.example.org`;
  const word = latin ? "café crème" : "update";
  const items = Array.from({ length: entries }, (_, i) => {
    const body = escapeXml(entryHtml(rand, 800 + Math.floor(rand() * 4000)));
    return `<item><title>Post ${i} ${word} &amp; more</title><link>${base}/p/${i}</link>
<guid isPermaLink="false">${base}/p/${i}</guid><pubDate>Mon, 0${1 + (i % 9)} Oct 2019 12:00:00 +0200</pubDate>
<dc:creator>Person ${seed}</dc:creator><category>gentoo</category><description>${body}</description>
<content:encoded><![CDATA[${entryHtml(rand, 600)}]]></content:encoded></item>`;
  });
  const enc = latin ? "iso-8859-1" : "utf-8";
  return `<?xml version="1.0" encoding="${enc}"?>
<rss version="${version}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Blog ${seed}</title><link>${base}/</link><description>A blog</description>
<language>en</language>${items.join("\n")}</channel></rss>
`;
}

function rdfFeed(seed: number, entries: number): string {
  const rand = seeded(seed);
  const base = `https://blog${seed}.example.org`;
  const items = Array.from({ length: entries }, (_, i) => {
    const body = escapeXml(entryHtml(rand, 800 + Math.floor(rand() * 3000)));
    return `<item rdf:about="${base}/p/${i}"><title>Post ${i}</title><link>${base}/p/${i}</link>
<dc:date>2019-10-0${1 + (i % 9)}T12:00:00+02:00</dc:date><description>${body}</description></item>`;
  });
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>Blog ${seed}</title>
<link>${base}/</link><description>d</description></channel>${items.join("\n")}</rdf:RDF>`;
}

function jsonFeed(seed: number, entries: number): string {
  const rand = seeded(seed);
  const base = `https://blog${seed}.example.org`;
  const items = Array.from({ length: entries }, (_, i) => ({
    id: `${base}/p/${i}`,
    url: `${base}/p/${i}`,
    title: `Post ${i}`,
    content_html: entryHtml(rand, 800 + Math.floor(rand() * 4000)),
    date_published: `2019-10-0${1 + (i % 9)}T12:00:00Z`,
    tags: ["gentoo"],
  }));
  const feed = { version: "https://jsonfeed.org/version/1.1", title: `Blog ${seed}`, items };
  return JSON.stringify(feed);
}

function atom03(seed: number, entries: number): string {
  return atomFeed(seed, entries, 2500)
    .replace(
      'xmlns="http://www.w3.org/2005/Atom"',
      'version="0.3" xmlns="http://purl.org/atom/ns#"',
    )
    .replace(/<(\/?)published>/g, "<$1issued>")
    .replace(/<(\/?)updated>/g, "<$1modified>")
    .replace(/<content type="html">/g, '<content type="text/html" mode="escaped">');
}

/** One corpus document as the fetch stage would hand it over. */
export function corpusDocument(i: number): FeedBytes {
  const rand = seeded(1000 + i);
  const entries = 10 + Math.floor(rand() * 41);
  const format = FORMATS[i % FORMATS.length];
  const latin = i % 50 === 7;
  const text =
    format === "atom10"
      ? atomFeed(i, entries, 800 + Math.floor(rand() * 4000))
      : format === "atom03"
        ? atom03(i, entries)
        : format === "rss10"
          ? rdfFeed(i, entries)
          : format === "json11"
            ? jsonFeed(i, entries)
            : rssFeed(i, entries, format === "rss091" ? "0.91" : "2.0", latin);
  const body = latin ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8");
  const contentType = i % 50 === 21 ? "application/rss+xml; charset=windows-1252" : null;
  return { body, url: `https://blog${i}.example.org/feed`, contentType };
}
