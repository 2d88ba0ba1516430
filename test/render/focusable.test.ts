import assert from "node:assert/strict";
import { test } from "node:test";
import { focusableScrollRegions } from "../../src/render/focusable.js";

test("every <pre> and <table> start tag takes focus; nothing else changes", () => {
  assert.equal(
    focusableScrollRegions('<p>a</p><pre><code>x</code></pre><table class="t"><tr><td>1</td></tr></table><pre/>'),
    '<p>a</p><pre tabindex="0"><code>x</code></pre><table tabindex="0" class="t"><tr><td>1</td></tr></table><pre tabindex="0"/>',
  ); // biome-ignore format: one line each
  assert.equal(focusableScrollRegions("<pre\n>x</pre>"), '<pre tabindex="0"\n>x</pre>');
});

test("tags that only begin like them, and text, are left alone", () => {
  const html = "<prefix>a</prefix><tables></tables><p>&lt;pre&gt; 1 < 2</p><tab>";
  assert.equal(focusableScrollRegions(html), html);
  assert.equal(focusableScrollRegions(""), "");
  assert.equal(focusableScrollRegions("<pre"), "<pre");
});
