/**
 * Parser throughput: a deterministic corpus of 1,000 feeds (mixed formats, realistic HTML
 * bodies, 10–50 entries each, some windows-1252 / ISO-8859-1) parsed in-process, then one
 * ~50 MB feed for peak memory. Run with `npm run bench:parse`.
 */
import { resourceUsage } from "node:process";
import type { FeedBytes } from "../src/model.js";
import { parseFeed } from "../src/parse/index.js";
import { atomFeed, entryHtml, seeded } from "./lib/corpus.js";

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
function document(i: number): FeedBytes {
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

function throughput(): void {
  const corpus = Array.from({ length: 1000 }, (_, i) => document(i));
  const bytes = corpus.reduce((n, d) => n + d.body.length, 0);
  for (const d of corpus.slice(0, 50)) parseFeed(d); // warm up the JIT
  const start = process.hrtime.bigint();
  let entries = 0;
  let errors = 0;
  for (const d of corpus) {
    const parsed = parseFeed(d);
    entries += parsed.entries.length;
    if (parsed.error !== null || !parsed.wellFormed) errors++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = bytes / 1e6;
  console.log(`corpus: 1000 feeds, ${mb.toFixed(1)} MB, ${entries} entries, ${errors} not clean`);
  console.log(
    `  ${(mb / seconds).toFixed(1)} MB/s, ${Math.round(entries / seconds)} entries/s, ${seconds.toFixed(2)} s`,
  );
}

function bigFeed(): void {
  const text = atomFeed(424242, 12000, 4000);
  const body = Buffer.from(text, "utf8");
  const mb = body.length / 1e6;
  globalThis.gc?.();
  const rssBefore = resourceUsage().maxRSS * 1024;
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const start = process.hrtime.bigint();
  const parsed = parseFeed({ body, url: "https://big.example.org/feed", contentType: null });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const rssDelta = resourceUsage().maxRSS * 1024 - rssBefore;
  console.log(
    `big feed: ${mb.toFixed(1)} MB, ${parsed.entries.length} entries, ${(mb / seconds).toFixed(1)} MB/s`,
  );
  console.log(
    `  maxRSS grew ${(rssDelta / 1e6).toFixed(0)} MB (${(rssDelta / body.length).toFixed(2)}x the feed); heap after parse ${((peakHeap - heapBefore) / 1e6).toFixed(0)} MB above start`,
  );
}

throughput();
bigFeed();
