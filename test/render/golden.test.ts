import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { type Element, page, renderReference, textOf } from "./site.js";

// The river's structure as an outline; rewritten only when UPDATE_GOLDEN=1 is set.
const GOLDEN = fileURLToPath(new URL("../fixtures/render/golden/", import.meta.url));

function outline(html: string): string {
  const doc = page(html);
  const lines: string[] = [];
  for (const day of doc.byClass("day")) {
    lines.push(`day ${textOf(doc.byClass("day-heading", [day]))}`);
    for (const run of doc.byClass("run", [day])) {
      lines.push(`  author ${textOf(doc.byClass("author", [run]))}`);
      for (const entry of doc.byClass("entry", [run])) lines.push(`    ${entryLine(doc, entry)}`);
    }
  }
  const pager = doc
    .byClass("pagination")
    .flatMap((nav) => doc.byClass("older", [nav]).concat(doc.byClass("newer", [nav])));
  for (const link of pager) lines.push(`page ${link.attribs.class} → ${link.attribs.href}`);
  return `${lines.join("\n")}\n`;
}

function entryLine(doc: ReturnType<typeof page>, entry: Element): string {
  const title = doc.byClass("entry-title", [entry]);
  const parts = [
    `entry [${entry.attribs.lang ?? "-"}]`,
    title.length > 0 ? `"${textOf(title)}"` : "(untitled)",
    textOf(doc.byClass("entry-time", [entry])),
  ];
  if (doc.byClass("continue", [entry]).length > 0) parts.push("+ continue reading");
  return parts.join(" ");
}

describe("golden river outlines", async () => {
  const site = await renderReference();
  for (const [name, path] of [
    ["front", "index.html"],
    ["page-2", "page/2/index.html"],
    ["archive-2019-10", "archive/2019/10/index.html"],
    ["person-candrews", "people/candrews/index.html"],
  ]) {
    it(`${name} matches its golden outline`, async () => {
      const actual = outline(site.get(path) ?? "");
      const file = `${GOLDEN}${name}.txt`;
      if (process.env.UPDATE_GOLDEN === "1") await writeFile(file, actual);
      assert.equal(actual, await readFile(file, "utf8"));
    });
  }
});
