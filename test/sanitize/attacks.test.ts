import assert from "node:assert/strict";
import { test } from "node:test";
import { sanitizeHtml } from "../../src/sanitize/index.js";
import { dangerProblems, invariantProblems } from "./invariants.js";
import { loadVectors } from "./vectors.js";

const vectors = loadVectors();

test("the attack corpus holds at least 150 vectors, each with its purpose", () => {
  assert.ok(vectors.length >= 150, `only ${vectors.length} vectors`);
  for (const v of vectors) assert.ok(v.purpose && v.html, `${v.file}: empty vector`);
});

test("the invariant checker is not vacuous: it sees the danger in most raw vectors", () => {
  const flagged = vectors.filter((v) => dangerProblems(v.html).length > 0);
  assert.ok(flagged.length >= 150, `only ${flagged.length} raw vectors flagged`);
});

for (const base of ["https://blog.example.org/2024/post/", null]) {
  test(`no attack vector survives sanitizing (base ${base})`, () => {
    const failures: string[] = [];
    for (const v of vectors) {
      const output = sanitizeHtml(v.html, { base });
      // A payload may survive as visible text, never inside markup.
      const problems = invariantProblems(output, base);
      if (/javascript:|vbscript:|data:text/i.test(output.replace(/>[^<]*</g, "><")))
        problems.push("dangerous scheme inside markup");
      if (problems.length > 0)
        failures.push(
          `${v.file} «${v.purpose}»\n  in:  ${v.html}\n  out: ${output}\n  ${problems.join("\n  ")}`,
        );
    }
    assert.deepEqual(failures, []);
  });
}
