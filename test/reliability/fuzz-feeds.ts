/**
 * fast-check arbitraries for whole feed documents: RSS 2.0, Atom 1.0 and JSON Feed, where every
 * field (titles, author names, links, categories, content, dates) may be an attack vector, a
 * random string or plain text, and XML fields are escaped, wrapped in CDATA or left raw.
 */
import fc from "fast-check";

const URLS = ["https://blog.example.org/post", "javascript:alert(1)", "//attacker.invalid/x",
  "data:text/html,<script>alert(1)</script>", " java\tscript:alert(1)", "/relative/path", "%"]; // biome-ignore format: a list
const DATES = [
  "2024-03-01T10:00:00Z",
  "Mon, 04 Mar 2024 10:00:00 GMT",
  "yesterday",
  "2024-13-45",
  "",
];

/** A field's text: an attack, random characters, or plain words. */
function field(vectors: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...vectors),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.constantFrom("Hello world", "Grüße aus Kraków", "<b>bold</b> & more"),
  );
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** How a string goes into XML: escaped (valid), CDATA (valid unless it holds "]]>"), or raw. */
const wrapping = fc.constantFrom<(s: string) => string>(
  xmlEscape,
  (s) => `<![CDATA[${s}]]>`,
  (s) => s,
);

interface Post {
  title: string;
  author: string;
  link: string;
  categories: string[];
  content: string;
  date: string;
  wrap: (s: string) => string;
}

function post(vectors: string[]): fc.Arbitrary<Post> {
  const text = field(vectors);
  return fc.record({
    title: text,
    author: text,
    link: fc.oneof(fc.constantFrom(...URLS), text),
    categories: fc.array(text, { maxLength: 3 }),
    content: text,
    date: fc.constantFrom(...DATES),
    wrap: wrapping,
  });
}

const attr = (s: string) => xmlEscape(s).replace(/"/g, "&quot;");

function rss(title: string, posts: Post[]): string {
  const items = posts.map(
    (p) => `<item><title>${p.wrap(p.title)}</title><link>${p.wrap(p.link)}</link>
<dc:creator>${p.wrap(p.author)}</dc:creator>${p.categories.map((c) => `<category>${p.wrap(c)}</category>`).join("")}
<pubDate>${p.date}</pubDate><description>${p.wrap(p.content)}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${xmlEscape(title)}</title><link>https://blog.example.org/</link>${items.join("")}</channel></rss>`;
}

function atom(title: string, posts: Post[]): string {
  const entries = posts.map(
    (p, i) => `<entry><id>urn:fuzz:${i}</id><title type="html">${p.wrap(p.title)}</title>
<link href="${attr(p.link)}"/><author><name>${p.wrap(p.author)}</name><uri>${attr(p.link)}</uri></author>
${p.categories.map((c) => `<category term="${attr(c)}"/>`).join("")}<updated>${p.date}</updated>
<content type="html">${p.wrap(p.content)}</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>${xmlEscape(title)}</title><id>urn:fuzz</id><updated>2024-03-01T00:00:00Z</updated>${entries.join("")}</feed>`;
}

function json(title: string, posts: Post[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title,
    items: posts.map((p, i) => ({ id: String(i), title: p.title, url: p.link, authors: [{ name: p.author }],
      tags: p.categories, content_html: p.content, date_published: p.date })), // biome-ignore format: a record
  });
}

/** A whole feed document in one of the three formats. */
export function fuzzFeed(vectors: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(rss, atom, json),
      field(vectors),
      fc.array(post(vectors), { minLength: 1, maxLength: 4 }),
    )
    .map(([format, title, posts]) => format(title, posts));
}
