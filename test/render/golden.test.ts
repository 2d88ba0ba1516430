import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { renderReference, riverOutline } from "./site.js";

// The river's structure as an outline; rewritten only when UPDATE_GOLDEN=1 is set.
const GOLDEN = fileURLToPath(new URL("../fixtures/render/golden/", import.meta.url));

describe("golden river outlines", async () => {
  const site = await renderReference();
  for (const [name, path] of [
    ["front", "index.html"],
    ["page-2", "page/2/index.html"],
    ["archive-2019-10", "archive/2019/10/index.html"],
    ["person-candrews", "people/candrews/index.html"],
  ]) {
    it(`${name} matches its golden outline`, async () => {
      const actual = riverOutline(site.get(path) ?? "");
      const file = `${GOLDEN}${name}.txt`;
      if (process.env.UPDATE_GOLDEN === "1") await writeFile(file, actual);
      assert.equal(actual, await readFile(file, "utf8"));
    });
  }
});
