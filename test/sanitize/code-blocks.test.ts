import assert from "node:assert/strict";
import { test } from "node:test";
import { sanitizeHtml } from "../../src/sanitize/index.js";

const clean = (html: string) => sanitizeHtml(html, { base: "https://example.org/" });

test("a Rouge table becomes the code alone, in the outer pre/code, with its language", () => {
  const html =
    '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' +
    '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td>' +
    '<td class="rouge-code"><pre><span class="k">def</span> x\n<span class="k">end</span>\n</pre></td></tr></tbody></table>' +
    "</code></pre></div></div>";
  assert.equal(
    clean(html),
    '<div><div><pre><code class="language-ruby">def x\nend</code></pre></div></div>',
  );
});

test("a Pygments highlighttable becomes one pre/code without the line numbers", () => {
  const html =
    '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td>' +
    '<td class="code"><div class="highlight"><pre><span></span><span class="n">a</span> = 1\nb = 2\n</pre></div></td></tr></table>';
  assert.equal(clean(html), "<pre><code>a = 1\nb = 2</code></pre>");
});

test("highlight.js line numbers (one row per line) keep their line breaks", () => {
  const html =
    '<pre><code class="language-js hljs"><table class="hljs-ln"><tbody>' +
    '<tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="1"><div class="hljs-ln-n" data-line-number="1"></div></td><td class="hljs-ln-line hljs-ln-code">let a = 1;</td></tr>' +
    '<tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="2"><div class="hljs-ln-n" data-line-number="2"></div></td><td class="hljs-ln-line hljs-ln-code">a &lt; 2;</td></tr>' +
    "</tbody></table></code></pre>";
  assert.equal(clean(html), '<pre><code class="language-js">let a = 1;\na &lt; 2;</code></pre>');
});

test("a Hugo Chroma lntable keeps the code cell and its language", () => {
  const html =
    '<div class="highlight"><div class="chroma"><table class="lntable"><tr><td class="lntd"><pre class="chroma"><code><span class="lnt">1\n</span><span class="lnt">2\n</span></code></pre></td>' +
    '<td class="lntd"><pre class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="cl">package main\n</span></span><span class="line"><span class="cl">func main() {}\n</span></span></code></pre></td></tr></table></div></div>';
  assert.equal(
    clean(html),
    '<div><div><pre><code class="language-go">package main\nfunc main() {}</code></pre></div></div>',
  );
});

test("ordinary data tables are left alone", () => {
  const html = "<table><tr><td>1</td><td>one</td></tr></table>";
  assert.equal(clean(html), html);
});
