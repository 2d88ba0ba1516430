import assert from "node:assert/strict";
import { test } from "node:test";
import { excerpt, sanitizeHtml, toPlainText } from "../../src/sanitize/index.js";
import { wellFormedProblem } from "./invariants.js";

test("cuts after the Nth word and closes what is open", () => {
  const html = "<p>one <b>two three</b> four</p><p>five</p>";
  assert.deepEqual(excerpt(html, { words: 2 }), { html: "<p>one <b>two</b></p>", truncated: true });
});

test("nothing cut means truncated false and the HTML unchanged", () => {
  const html = "<p>one two</p>\n<p></p>";
  assert.deepEqual(excerpt(html, { words: 2 }), { html, truncated: false });
  assert.deepEqual(excerpt(html, { words: 50 }), { html, truncated: false });
  assert.deepEqual(excerpt(html, {}), { html, truncated: false });
});

test("an entity is never split: words are cut at whitespace in the source", () => {
  const out = excerpt("<p>AT&amp;T and &lt;b&gt; tags</p>", { words: 3 });
  assert.equal(out.html, "<p>AT&amp;T and &lt;b&gt;</p>");
});

test("never cuts inside a pre or a table row: the cut falls after them", () => {
  const pre = excerpt("<pre><code>a b c d e</code></pre><p>after</p>", { words: 2 });
  assert.deepEqual(pre, { html: "<pre><code>a b c d e</code></pre>", truncated: true });
  const table = excerpt(
    "<table><tbody><tr><td>a b</td><td>c d</td></tr><tr><td>e</td></tr></tbody></table>",
    { words: 1 },
  );
  assert.deepEqual(table, {
    html: "<table><tbody><tr><td>a b</td><td>c d</td></tr></tbody></table>",
    truncated: true,
  });
});

test("a word limit inside a list item cuts between words and closes the list", () => {
  const out = excerpt("<ul><li>alpha beta gamma</li><li>delta</li></ul>", { words: 2 });
  assert.equal(out.html, "<ul><li>alpha beta</li></ul>");
});

test("paragraph limit counts top-level blocks", () => {
  const html = "<p>a</p><ul><li>b</li></ul><p>c</p>";
  assert.deepEqual(excerpt(html, { paragraphs: 2 }), {
    html: "<p>a</p><ul><li>b</li></ul>",
    truncated: true,
  });
});

test("an image-only rest still counts as cut", () => {
  const html = '<p>a b</p><img src="https://example.org/x.png" />';
  assert.equal(excerpt(html, { words: 2 }).truncated, true);
});

test("excerpts of the real entries are well-formed and stay sanitized", () => {
  const url = new URL("../fixtures/sanitize/real/elouworld-wireguard.html", import.meta.url);
  return import("node:fs/promises").then(async ({ readFile }) => {
    const html = sanitizeHtml(await readFile(url, "utf8"), { base: "https://elou.world/" });
    for (const words of [1, 5, 40, 100, 300]) {
      const out = excerpt(html, { words });
      assert.equal(wellFormedProblem(out.html), null);
      assert.equal(sanitizeHtml(out.html, { base: "https://elou.world/" }), out.html);
    }
  });
});

test("toPlainText decodes entities, separates blocks, collapses whitespace, hides code", () => {
  assert.equal(
    toPlainText("<h1>Title</h1><p>AT&amp;T &nbsp;said\n  <b>hi</b></p><p>next<br>line</p>"),
    "Title AT&T said hi next line",
  );
  assert.equal(toPlainText("a <script>alert(1)</script><style>p{}</style>b"), "a b");
  assert.equal(toPlainText("1 < 2 &lt;b&gt;"), "1 < 2 <b>");
  assert.equal(toPlainText(""), "");
});
