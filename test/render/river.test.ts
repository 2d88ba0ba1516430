import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HOSTILE } from "../fixtures/render/reference-plan.js";
import { page, renderReference, textOf } from "./site.js";

describe("the river page", async () => {
  const site = await renderReference();
  const front = page(site.get("index.html") ?? "");

  it("has a heading per day, newest first, in the planet's language", () => {
    const days = front.byClass("day-heading").map(textOf);
    assert.deepEqual(days, [
      "October 13, 2019",
      "October 11, 2019",
      "October 4, 2019",
      "October 3, 2019",
    ]);
  });

  it("has one author header per run of consecutive entries, with the person's links", () => {
    const authors = front.byClass("author").map(textOf);
    assert.equal(authors.length, 5);
    assert.equal(authors[0], "Michał Górny a.k.a. mgorny (homepage, bugs)");
    assert.equal(authors[2], "Craig Andrews a.k.a. candrews (homepage, bugs)");
    const candrewsRun = front.byClass("run")[2];
    assert.equal(front.byClass("entry", [candrewsRun]).length, 2);
  });

  it("shows titles linked to posts, then the time; untitled entries have no title", () => {
    const entries = front.byClass("entry");
    const first = entries[0];
    const title = front.byClass("entry-title", [first]);
    assert.equal(textOf(title), "Improving distfile mirror structure");
    const time = front.all("time").find((t) => t.attribs.datetime === "2019-10-13T14:34:00Z");
    assert.ok(time);
    assert.equal(textOf(front.byClass("entry-time", [first])), "(October 13, 2019, 14:34 UTC)");
    const untitled = entries[1];
    assert.equal(front.byClass("entry-title", [untitled]).length, 0);
    assert.equal(front.byClass("entry-time", [untitled]).length, 1);
  });

  it("ends excerpts with Continue reading, linked to the post, and only excerpts", () => {
    const continues = front.byClass("continue");
    assert.equal(continues.length, 1);
    const link = front.byClass("continue")[0].children.find((c) => "name" in c && c.name === "a");
    assert.ok(link && "attribs" in link);
    assert.equal(link.attribs.href, "https://blogs.example.org/mgorny/post-0/");
    assert.equal(textOf(continues), "Continue reading");
  });

  it("inserts the sanitized entry HTML as HTML", () => {
    assert.ok(front.all("pre").length >= 1);
    const img = front.all("img").find((i) => i.attribs.alt === "A very wide diagram");
    assert.ok(img, "alt text kept");
  });

  it("marks each entry's language and the page's", () => {
    const html = front.all("html")[0];
    assert.equal(html.attribs.lang, "en");
    const langs = front.byClass("entry").map((e) => e.attribs.lang);
    assert.ok(langs.every((l) => l !== undefined));
    assert.ok(langs.includes("fr"));
  });

  it("links each entry to its source feed", () => {
    const sources = front.byClass("source");
    assert.equal(sources.length, front.byClass("entry").length);
    const feedLinks = front
      .all("a")
      .filter((a) => a.attribs.href === "https://blogs.example.org/mgorny/feed/");
    assert.equal(feedLinks.length, 1);
  });

  it("has landmarks, a skip link, feed discovery and pagination", () => {
    for (const tag of ["header", "nav", "main", "footer"])
      assert.ok(front.all(tag).length >= 1, tag);
    assert.equal(front.byClass("skip-link")[0].attribs.href, "#main");
    const alternates = front.all("link").filter((l) => l.attribs.rel === "alternate");
    assert.deepEqual(
      alternates.map((l) => l.attribs.href),
      ["atom.xml", "rss.xml", "feed.json"],
    );
    assert.equal(front.byClass("older")[0].attribs.href, "page/2/index.html");
    assert.match(textOf(front.all("footer").at(-1) ?? []), /Powered by Orrery/);
  });

  it("uses the planet's own strings", async () => {
    const { referenceInput } = await import("../fixtures/render/reference-plan.js");
    const { defaultTheme, renderFiles } = await import("./site.js");
    const input = referenceInput();
    input.plan.planet.strings = { continue_reading: "Lire la suite" };
    input.plan.planet.language = "fr";
    const files = renderFiles(input, await defaultTheme());
    const html = String(files.find((f) => f.path === "index.html")?.content);
    const fr = page(html);
    assert.equal(textOf(fr.byClass("continue")), "Lire la suite");
    assert.equal(textOf(fr.byClass("day-heading")[0]), "13 octobre 2019");
  });

  it("escapes hostile titles, names, nicks and categories", () => {
    for (const [path, html] of site) {
      if (!path.endsWith(".html")) continue;
      const scripts = page(html).all("script");
      assert.equal(scripts.length, 0, `no script element in ${path}`);
      for (const el of page(html).all("*")) {
        const handlers = Object.keys(el.attribs).filter((a) => a.startsWith("on"));
        assert.deepEqual(handlers, [], `no event handler attribute in ${path}`);
      }
      assert.ok(!html.includes("<img src=x"), `no injected element in ${path}`);
    }
    const hostileTitle = front.byClass("entry-title").find((t) => textOf(t) === HOSTILE);
    assert.ok(hostileTitle, "the hostile title is shown as text");
  });

  it("never writes a javascript: link, whatever its spelling", () => {
    for (const [path, html] of site) {
      if (!path.endsWith(".html")) continue;
      for (const el of page(html).all("*")) {
        for (const attr of ["href", "src"]) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them inside a scheme.
          const value = (el.attribs[attr] ?? "").replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
          assert.ok(!value.startsWith("javascript:"), `${path}: ${attr}=${el.attribs[attr]}`);
        }
      }
    }
    const mallory = page(site.get("people/mallory/index.html") ?? "");
    const links = mallory.byClass("person-links");
    assert.equal(textOf(links), `blog ${HOSTILE}`);
  });
});
