import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DomUtils } from "htmlparser2";
import { page, relativeRefs, renderReference, resolveRef, textOf } from "./site.js";

const stylesheet = (html: string) =>
  page(html)
    .all("link")
    .find((l) => l.attribs.rel === "stylesheet")?.attribs.href;
const avatar = (html: string) =>
  page(html)
    .all("img")
    .find((i) => i.attribs.src?.includes("mgorny"))?.attribs.src;

describe("relative links", () => {
  it("reach the theme from every depth", async () => {
    const site = await renderReference();
    assert.equal(stylesheet(site.get("index.html") ?? ""), "theme/style.css");
    assert.equal(stylesheet(site.get("page/2/index.html") ?? ""), "../../theme/style.css");
    assert.equal(
      stylesheet(site.get("archive/2019/10/index.html") ?? ""),
      "../../../theme/style.css",
    );
    assert.equal(stylesheet(site.get("people/mgorny/index.html") ?? ""), "../../theme/style.css");
  });

  it("reach site-root avatars and sister planets from a planet in a folder", async () => {
    const site = await renderReference("planet/");
    assert.equal(avatar(site.get("index.html") ?? ""), "../avatars/mgorny.png");
    assert.equal(avatar(site.get("people/mgorny/index.html") ?? ""), "../../../avatars/mgorny.png");
    const second = page(site.get("page/2/index.html") ?? "");
    const nav = second.byClass("site-nav");
    const universe = DomUtils.findAll(
      (el) => el.name === "a" && textOf(el) === "Gentoo Universe",
      nav,
    )[0];
    assert.equal(universe?.attribs.href, "../../../index.html");
  });

  for (const planetPath of ["", "planet/"]) {
    it(`all resolve to files of the site (planet at "${planetPath}")`, async () => {
      const site = await renderReference(planetPath);
      const existing = new Set([...site.keys()].map((p) => planetPath + p));
      existing.add("avatars/mgorny.png");
      for (const other of ["", "planet/"]) existing.add(`${other}index.html`);
      for (const [path, html] of site) {
        if (!path.endsWith(".html")) continue;
        for (const ref of relativeRefs(html)) {
          const target = resolveRef(planetPath + path, ref);
          assert.ok(!target.startsWith(".."), `${path}: ${ref} leaves the site`);
          assert.ok(existing.has(target), `${path}: ${ref} → ${target} is missing`);
        }
      }
    });
  }
});
