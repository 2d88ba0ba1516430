/**
 * Hostile feed documents, generated at test time (the big ones would be megabytes in git).
 * Each is a real attack or a real breakage, on top of an otherwise valid RSS feed.
 */

/** A secret the entity attacks try to read: it must never reach the store or the site. */
export const PASSWD_MARKER = "root:x:0:0";

/** One hostile document and the warning the parser must give for it. */
export interface Hostile {
  name: string;
  body: Buffer;
  /** null: Orrery gives none today (see docs/reliability.md, "Known gaps"). */
  warning: RegExp | null;
}

const item = (i: number, extra = "") =>
  `<item><title>Item ${i}</title><link>https://hostile.example.org/${i}</link><guid>urn:hostile:${i}</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>Post ${i}${extra}</description></item>`;

function rss(body: string, doctype = ""): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?>\n${doctype}<rss version="2.0"><channel><title>Hostile</title><link>https://hostile.example.org/</link><description>x</description>${body}</channel></rss>\n`,
  );
}

function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<!DOCTYPE rss [${levels.join("")}]>\n`;
}

/** Every hostile document; `dtdUrl` and `entityUrl` point at the test server, which must see nothing. */
export function hostileFeeds(entityUrl: string, dtdUrl: string): Hostile[] {
  const big = "A".repeat(100_000);
  const deep = 100_000;
  return [
    {
      name: "billion laughs",
      body: rss(item(1, "&lol9;"), billionLaughs()),
      warning: /entity expansion attack/,
    },
    {
      name: "quadratic blowup",
      body: rss(item(1, "&big;".repeat(20_000)), `<!DOCTYPE rss [<!ENTITY big "${big}">]>\n`),
      warning: /entity expansion attack/,
    },
    {
      name: "external entity: /etc/passwd",
      body: rss(item(1, "&xxe;"), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'),
      warning: /external entity &xxe; .*was not loaded/,
    },
    {
      name: "external entity: HTTP URL",
      body: rss(item(1, "&xxe;"), `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "${entityUrl}">]>\n`),
      warning: /external entity &xxe; .*was not loaded/,
    },
    {
      name: "external DTD",
      body: rss(item(1, "&ent;"), `<!DOCTYPE rss SYSTEM "${dtdUrl}">\n`),
      warning: /^external DTD \(SYSTEM ".*"\) was not loaded$/,
    },
    {
      name: "parameter entity fetching a DTD",
      body: rss(item(1), `<!DOCTYPE rss [<!ENTITY % remote SYSTEM "${dtdUrl}"> %remote;]>\n`),
      warning: /^external parameter entity %remote; .* was not loaded$/,
    },
    {
      name: `${deep.toLocaleString("en")}-deep nesting`,
      body: rss(item(1, `${"<div>".repeat(deep)}deep${"</div>".repeat(deep)}`)),
      warning: /nested too deep were flattened/,
    },
    {
      name: `${deep.toLocaleString("en")}-deep nesting in entry HTML`,
      body: rss(item(1, `${"&lt;div&gt;".repeat(deep)}deep${"&lt;/div&gt;".repeat(deep)}`)),
      warning: /element\(s\) nested more than 256 deep were flattened/,
    },
    {
      name: "50 MB attribute",
      body: rss(
        `<item><title>Big</title><guid>urn:hostile:big</guid><enclosure type="audio/mpeg" length="1" url="https://hostile.example.org/${"x".repeat(50 * 1024 * 1024)}"/></item>${item(2)}`,
      ),
      warning: /a URL of 52,428,8\d\d characters was dropped/,
    },
    {
      name: "invalid UTF-8",
      body: Buffer.concat([
        rss(item(1, "before")).subarray(0, -40),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
        rss(item(1, "before")).subarray(-40),
      ]),
      warning: /not UTF-8/,
    },
    { name: "NUL bytes", body: rss(item(1, "\u0000nul\u0000")), warning: /character/ },
    {
      name: "100,000 entries",
      body: rss(Array.from({ length: 100_000 }, (_, i) => item(i)).join("")),
      warning: /the feed lists 100,000 entries/,
    },
  ];
}
