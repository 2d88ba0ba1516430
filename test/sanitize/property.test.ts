import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parsedExcerpt } from "../../src/sanitize/excerpt.js";
import { cutExcerpt, excerpt, excerptCut, sanitizeHtml } from "../../src/sanitize/index.js";
import { invariantProblems, wellFormedProblem } from "./invariants.js";
import { loadVectors } from "./vectors.js";

// A fresh seed each run, printed so that a failure can be replayed exactly.
const seed = Number(process.env.ORRERY_FC_SEED ?? Date.now() % 2 ** 31);
console.log(`# fast-check seed ${seed} (replay with ORRERY_FC_SEED=${seed})`);

const pieces = loadVectors().map((v) => v.html);
const tags = ["p", "a", "img", "div", "table", "tr", "td", "pre", "code", "svg", "math", "style",
  "script", "noscript", "template", "textarea", "iframe", "li", "ul", "b", "select", "option",
  "title", "xmp", "form", "object"]; // biome-ignore format: a word list
const attrs = ["href", "src", "onerror", "style", "class", "id", "srcset", "title", "formaction"];
const values = ["javascript:alert(1)", "x", "https://example.org/a b", '"><img src=x onerror=alert(1)>',
  "java&#x09;script:1", "data:text/html,x", "1", "</style><script>", "&amp;&lt;"]; // biome-ignore format: a word list

// Markup-ish soup: real attack pieces, random tags and attributes, stray brackets, entities.
const token = fc.oneof(
  fc.constantFrom(...pieces),
  fc
    .tuple(fc.constantFrom(...tags), fc.constantFrom(...attrs), fc.constantFrom(...values))
    .map(([t, a, v]) => `<${t} ${a}="${v}">`),
  fc.constantFrom(...tags).map((t) => `</${t}>`),
  fc.constantFrom("<", ">", "&", "&#", '"', "'", "<!--", "-->", "<![CDATA[", "]]>", "\u0000", "\n"),
  fc.string({ maxLength: 12 }),
);
const soup = fc.array(token, { maxLength: 25 }).map((parts) => parts.join(""));
const base = fc.constantFrom<string | null>(null, "https://blog.example.org/a/b/");

test("property: any input gives safe, well-formed, idempotent output", () => {
  fc.assert(
    fc.property(soup, base, (html, b) => {
      const out = sanitizeHtml(html, { base: b });
      assert.deepEqual(invariantProblems(out, b), []);
    }),
    { seed, numRuns: 400 },
  );
});

test("property: excerpts of sanitized output are well-formed and remain sanitized", () => {
  fc.assert(
    fc.property(soup, fc.integer({ min: 1, max: 30 }), (html, words) => {
      const clean = sanitizeHtml(html, { base: null });
      const cut = excerpt(clean, { words });
      assert.equal(wellFormedProblem(cut.html), null);
      assert.equal(sanitizeHtml(cut.html, { base: null }), cut.html);
      if (!cut.truncated) assert.equal(cut.html, clean);
    }),
    { seed, numRuns: 300 },
  );
});

test("property: on sanitized HTML the excerpt scanner cuts exactly where htmlparser2 would", () => {
  const limit = fc.record(
    { words: fc.integer({ min: 1, max: 40 }), paragraphs: fc.integer({ min: 1, max: 4 }) },
    { requiredKeys: [] },
  );
  const fixtures = loadVectors().map((v) => sanitizeHtml(v.html, { base: null }));
  for (const clean of fixtures) {
    for (const words of [1, 3, 10])
      assert.deepEqual(excerpt(clean, { words }), parsedExcerpt(clean, { words }));
  }
  fc.assert(
    fc.property(soup, limit, (html, l) => {
      const clean = sanitizeHtml(html, { base: null });
      assert.deepEqual(excerpt(clean, l), parsedExcerpt(clean, l));
    }),
    { seed, numRuns: 1000 },
  );
});

test("property: a cut found ahead gives the excerpt cut on the spot", () => {
  const fixtures = loadVectors().map((v) => sanitizeHtml(v.html, { base: null }));
  for (const clean of fixtures) {
    for (const words of [1, 3, 10, 150])
      assert.deepEqual(cutExcerpt(clean, excerptCut(clean, words)), excerpt(clean, { words }));
  }
  fc.assert(
    fc.property(soup, fc.integer({ min: 1, max: 40 }), (html, words) => {
      const clean = sanitizeHtml(html, { base: null });
      const cut = excerptCut(clean, words);
      assert.equal(cut.words, words);
      assert.deepEqual(cutExcerpt(clean, cut), excerpt(clean, { words }));
    }),
    { seed, numRuns: 1000 },
  );
});
