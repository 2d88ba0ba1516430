import assert from "node:assert/strict";
import { test } from "node:test";
import { sanitizeHtml } from "../../src/sanitize/index.js";
import { ALLOWED_TAGS } from "../../src/sanitize/policy.js";
import { invariantProblems } from "./invariants.js";

const base = "https://blog.example.org/post/";
const clean = (html: string) => sanitizeHtml(html, { base });

test("an element unwrapped between two others never changes how the output reads again", () => {
  const failures: string[] = [];
  for (const between of ["font", "svg", "math"]) {
    for (const outer of ALLOWED_TAGS) {
      for (const inner of ALLOWED_TAGS) {
        const html = `<${outer} src="a.png">a<${between}><${inner} src="b.png">b</${inner}>c</${between}>d</${outer}>e`;
        const problems = invariantProblems(clean(html), base);
        if (problems.length > 0) failures.push(`${html}: ${problems.join("; ")}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test("a block opening inside a paragraph through an unwrapped element closes the paragraph", () => {
  assert.equal(clean("<p>a<font><div>b</div>c</font>d</p>e"), "<p>a</p><div>b</div>cde");
  assert.equal(clean("<ul><li>a<font><li>b</font></ul>"), "<ul><li>a</li><li>b</li></ul>");
});

test("an embedded player's fallback content is left out, markup and all", () => {
  assert.equal(
    clean('<iframe src="https://player.vimeo.com/video/1"><p title="</iframe><b>">x</p></iframe>y'),
    '<iframe src="https://player.vimeo.com/video/1" sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" referrerpolicy="no-referrer" loading="lazy" allowfullscreen=""> </iframe>y',
  );
});

test("an element dropped with its content takes the elements inside it along", () => {
  assert.equal(
    clean('<form action="x"><p>name <b>here</b></p><img src="a.png"></form>after'),
    "after",
  );
  assert.equal(clean("<noscript><p>a</p></noscript><p>b</p>"), "<p>b</p>");
});

test("a code table is read where it stands: text around it and after it is kept in order", () => {
  const table =
    '<table class="highlighttable"><tr><td class="linenos"><pre>1</pre></td><td class="code"><pre>x &lt; 1</pre></td></tr></table>';
  assert.equal(
    clean(`<div class="language-py">before${table}after</div>`),
    '<div>before<pre><code class="language-py">x &lt; 1</code></pre>after</div>',
  );
});

test("elements nested deeper than the bound are unwrapped, their text kept, with a warning", () => {
  const warnings: string[] = [];
  const html = `${"<div>".repeat(300)}deep${"</div>".repeat(300)}`;
  const out = sanitizeHtml(html, { base, warn: (message) => warnings.push(message) });
  assert.equal(out, `${"<div>".repeat(256)}deep${"</div>".repeat(256)}`);
  assert.equal(clean(out), out, "reading the output again changes nothing");
  assert.deepEqual(warnings, ["44 element(s) nested more than 256 deep were flattened"]);
});

test("HTML within the nesting bound gives no warning", () => {
  const warnings: string[] = [];
  sanitizeHtml(`${"<div>".repeat(256)}x`, { base, warn: (message) => warnings.push(message) });
  assert.deepEqual(warnings, []);
});
