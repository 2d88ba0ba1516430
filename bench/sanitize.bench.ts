/**
 * `npm run bench:sanitize`: MB/s of realistic entry HTML through sanitizeHtml (which includes
 * the code-block cleanup) plus excerpt, on one core. Target: at least 10 MB/s.
 * The corpus: the real Jekyll entries of the seed feed (Rouge tables) plus generated entries
 * with paragraphs, links, inline code, Pygments tables, data tables, images and embeds.
 */
import { readdirSync, readFileSync } from "node:fs";
import { excerpt, sanitizeHtml } from "../src/sanitize/index.js";

const realDir = new URL("../test/fixtures/sanitize/real/", import.meta.url);
const real = readdirSync(realDir)
  .filter((name) => name.endsWith(".html"))
  .map((name) => readFileSync(new URL(name, realDir), "utf8"));

// A small deterministic generator, so every run measures the same bytes.
let state = 42;
function random(n: number): number {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state % n;
}
const words =
  "the planet reads feeds from many people and shows one river of posts with code".split(" ");
const sentence = () =>
  Array.from({ length: 8 + random(12) }, () => words[random(words.length)]).join(" ");

const blocks: (() => string)[] = [
  () =>
    `<p>${sentence()} <a href="/p/${random(999)}" target="_blank">${sentence()}</a>. ${sentence()} <code>x &amp;&amp; y</code>.</p>`,
  () =>
    `<p style="color:red" class="lead"><strong>${sentence()}</strong> <em>${sentence()}</em></p>`,
  () => `<h2 id="s${random(99)}">${sentence()}</h2>`,
  () =>
    `<figure><img src="img/${random(99)}.jpg" srcset="img/a.jpg 1x, img/b.jpg 2x" alt="${sentence()}" width="800" height="600"><figcaption>${sentence()}</figcaption></figure>`,
  () =>
    `<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2\n3</pre></div></td><td class="code"><div class="highlight"><pre><span class="k">def</span> <span class="nf">f</span>(x):\n    <span class="k">return</span> x &lt; 2\nprint(f(1))</pre></div></td></tr></table>`,
  () =>
    `<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>${"<tr><td>1</td><td>two</td></tr>".repeat(5)}</tbody></table>`,
  () => `<ul>${Array.from({ length: 4 }, () => `<li>${sentence()}</li>`).join("")}</ul>`,
  () => `<blockquote cite="https://example.org/q"><p>${sentence()}</p></blockquote>`,
  () => `<pre><code class="language-sh">$ ${sentence()}\n$ ls -la | grep x</code></pre>`,
  () =>
    `<p><iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allow="autoplay"></iframe></p><img src="https://pixel.wp.com/g.gif" width="1" height="1">`,
];
const generated = Array.from({ length: 400 }, () =>
  Array.from({ length: 10 + random(30) }, () => blocks[random(blocks.length)]()).join("\n"),
);
const corpus = [...Array.from({ length: 25 }, () => real).flat(), ...generated];
const bytes = corpus.reduce((sum, html) => sum + Buffer.byteLength(html), 0);

function run(): number {
  let kept = 0;
  for (const html of corpus) {
    const clean = sanitizeHtml(html, { base: "https://blog.example.org/2024/post/" });
    kept += excerpt(clean, { words: 150 }).html.length;
  }
  return kept;
}

run(); // warm-up: JIT and lazily built tables
const rounds = 5;
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) run();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
const mb = (bytes * rounds) / 1e6;
// On a shared machine the wall clock counts other processes' time too; CPU time does not.
console.log(
  `sanitize+excerpt: ${corpus.length} entries, ${(bytes / 1e6).toFixed(2)} MB per round, ` +
    `${rounds} rounds in ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s): ` +
    `${(mb / seconds).toFixed(1)} MB/s, ${(mb / cpuSeconds).toFixed(1)} MB per CPU-second (target >= 10)`,
);
