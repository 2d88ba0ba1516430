import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import type { Entry, ParsedFeed } from "../../src/model.js";
import { sanitizeFeed, sanitizeHtml, toPlainText } from "../../src/sanitize/index.js";
import { invariantProblems } from "./invariants.js";

const base = "https://blog.example.org/2024/post/";
const clean = (html: string, embedHosts?: string[]) => sanitizeHtml(html, { base, embedHosts });

test("links get rel noopener noreferrer ugc, lose target, and resolve against the base", () => {
  assert.equal(
    clean('<a href="../other/" target="_blank" id="x">o</a>'),
    '<a href="https://blog.example.org/2024/other/" rel="noopener noreferrer ugc">o</a>',
  );
  assert.equal(clean('<a href="mailto:me@example.org">m</a>').includes('href="mailto:'), true);
  assert.equal(clean('<a href="javascript:alert(1)">x</a>'), "<a>x</a>");
});

test("fragment links point at the original post, since ids are dropped", () => {
  assert.equal(
    clean('<a href="#fn:1">1</a><p id="fn:1">n</p>'),
    `<a href="${base}#fn:1" rel="noopener noreferrer ugc">1</a><p>n</p>`,
  );
});

test("images get lazy loading, async decoding, no referrer; srcset resolved", () => {
  assert.equal(
    clean('<img src="a.png" srcset="a.png 1x, /b.png 2x" alt="A" class="big" style="x">'),
    `<img src="${base}a.png" srcset="${base}a.png 1x, https://blog.example.org/b.png 2x" alt="A" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`,
  );
});

test("relative URLs in src, poster and cite resolve; scheme-relative ones get https", () => {
  const out = clean(
    '<video poster="p.jpg" src="//cdn.example.org/v.mp4"></video><q cite="/c">q</q>',
  );
  assert.match(out, /poster="https:\/\/blog\.example\.org\/2024\/post\/p\.jpg"/);
  assert.match(out, /src="https:\/\/cdn\.example\.org\/v\.mp4"/);
  assert.match(out, /cite="https:\/\/blog\.example\.org\/c"/);
  assert.match(out, /controls=""/);
});

test("without a base, relative URLs stay relative and unsafe ones still go", () => {
  assert.equal(
    sanitizeHtml('<a href="x.html">x</a><a href=" JaVa&#9;script:1">y</a>', { base: null }),
    '<a href="x.html" rel="noopener noreferrer ugc">x</a><a>y</a>',
  );
});

test("iframes from video hosts are sandboxed; others become links; config adds hosts", () => {
  const yt = clean(
    '<iframe src="https://www.youtube-nocookie.com/embed/x" allow="camera" width="560"></iframe>',
  );
  assert.match(
    yt,
    /^<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/x" width="560" sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" referrerpolicy="no-referrer" loading="lazy" allowfullscreen="">/,
  );
  assert.doesNotMatch(yt, /camera/);
  const tube = '<iframe src="https://tube.example.net/videos/embed/1"></iframe>';
  assert.equal(
    clean(tube),
    '<a href="https://tube.example.net/videos/embed/1" rel="noopener noreferrer ugc">https://tube.example.net/videos/embed/1</a>',
  );
  assert.match(clean(tube, ["tube.example.net"]), /^<iframe src="https:\/\/tube\.example\.net/);
  assert.equal(clean('<iframe src="ftp://x.example/"></iframe>'), "");
});

test("gist and snippet widgets become links to what they embed; other scripts vanish", () => {
  assert.equal(
    clean('<script src="https://gist.github.com/someone/abc123.js?file=a.rb"></script>'),
    '<a href="https://gist.github.com/someone/abc123?file=a.rb" rel="noopener noreferrer ugc">https://gist.github.com/someone/abc123?file=a.rb</a>',
  );
  assert.equal(clean('<script src="https://platform.twitter.com/widgets.js"></script>'), "");
});

test("tracking pixels and feed-ad blocks are removed, ordinary images kept", () => {
  const html =
    '<p>text</p><img src="https://feeds.feedburner.com/~r/blog/~4/x" height="1" width="1">' +
    '<img src="https://stats.wordpress.com/b.gif?x=1"><div class="feedflare"><a href="x">share</a></div>' +
    '<p><a href="http://feedads.g.doubleclick.net/~a/x"><img src="http://feedads.g.doubleclick.net/~a/i"></a></p>' +
    '<img src="cat.jpg" width="1" height="300">';
  assert.equal(
    clean(html),
    `<p>text</p><p></p><img src="${base}cat.jpg" width="1" height="300" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`,
  );
});

test("tracker links are found however their host is spelled, as a URL parser reads it", () => {
  const spellings = [
    "HTTP://Feeds.FeedBurner.COM/~r/blog/~3/x",
    "https://feeds%2Efeedburner.com/~r/blog/~3/x",
    "https://\uff46eeds.feedburner.com/~r/blog/~3/x",
    "https:\\\\feeds.feedburner.com\\~r\\blog",
    " https://stats.wordpress.com/x ",
  ];
  for (const href of spellings) {
    assert.equal(clean(`<p><a href="${href}">x</a>y</p>`), "<p>y</p>", href);
  }
  const other = clean('<p><a href="https://feeds.feedburner.com.example.org/~r/x">x</a></p>');
  assert.match(other, /<a href="https:\/\/feeds\.feedburner\.com\.example\.org\/~r\/x"/);
});

test("class and style go, except a code block's language; id and name go", () => {
  assert.equal(
    clean(
      '<pre class="x"><code class="language-rust hljs" style="color:red" id="c">fn</code></pre>',
    ),
    '<pre><code class="language-rust">fn</code></pre>',
  );
  assert.equal(clean('<p class="warning" name="n" style="display:none">x</p>'), "<p>x</p>");
});

test("output closes what the input left open, and nothing leaks out", () => {
  assert.equal(clean("<div><p><b>bold"), "<div><p><b>bold</b></p></div>");
  assert.equal(clean("</div></body><p>x</p>"), "<p>x</p>");
});

test("never throws, whatever it is given", () => {
  assert.equal(sanitizeHtml("", { base }), "");
  assert.equal(sanitizeHtml(null as unknown as string, { base }), "");
  assert.equal(sanitizeHtml("<p>x</p>", { base: "not a url" }), "<p>x</p>");
});

const realDir = new URL("../fixtures/sanitize/real/", import.meta.url);
for (const name of readdirSync(realDir).filter((n) => n.endsWith(".html"))) {
  test(`real entry ${name}: invariants hold, no line-number gutter survives`, () => {
    const html = readFileSync(new URL(name, realDir), "utf8");
    const entryBase = /base: (\S+)/.exec(html)?.[1] ?? null;
    const out = sanitizeHtml(html, { base: entryBase });
    assert.deepEqual(invariantProblems(out, entryBase), []);
    assert.doesNotMatch(out, /<table|rouge|lineno/);
    assert.doesNotMatch(toPlainText(out), /\b1 2 3 4\b/);
    assert.equal(out.split("<pre>").length, html.split('<pre class="highlight">').length);
  });
}

function entry(fields: Partial<Entry>): Entry {
  return {
    id: null, title: null, link: null, links: [], published: null, updated: null, author: null,
    contributors: [], categories: [], language: null, summary: null, content: null,
    enclosures: [], image: null, base: null, ...fields,
  }; // biome-ignore format: a record literal
}

test("sanitizeFeed uses each entry's base, else the feed URL, and keeps nulls", () => {
  const parsed: ParsedFeed = {
    error: null, format: "atom10", wellFormed: true, warnings: [], encoding: "utf-8",
    feed: {
      title: "t", subtitle: null, link: null, links: [], id: null, updated: null, published: null,
      language: null, rights: null, generator: null, icon: null, logo: null, author: null,
      categories: [], updateInterval: null,
    },
    entries: [
      entry({ base: "https://a.example/x/", content: '<a href="y">y</a><script>1</script>' }),
      entry({ summary: '<img src="i.png" onerror="x">' }),
    ],
  }; // biome-ignore format: a record literal
  const out = sanitizeFeed(parsed, { feedUrl: "https://feed.example/feed.xml" });
  assert.equal(
    out.entries[0].content,
    '<a href="https://a.example/x/y" rel="noopener noreferrer ugc">y</a>',
  );
  assert.equal(out.entries[0].summary, null);
  assert.match(out.entries[1].summary ?? "", /^<img src="https:\/\/feed\.example\/i\.png"/);
  assert.equal(parsed.entries[1].summary, '<img src="i.png" onerror="x">', "input left as it was");
});
