import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { loadTheme } from "../../src/render/index.js";
import { referenceInput } from "../fixtures/render/reference-plan.js";
import { renderFiles, text } from "./site.js";

describe("themes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "orrery-theme-"));
  after(() => rm(dir, { recursive: true, force: true }));

  async function themeFolder(name: string, files: Record<string, string>): Promise<string> {
    const folder = join(dir, name);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(folder, path, ".."), { recursive: true });
      await writeFile(join(folder, path), content);
    }
    return folder;
  }

  it("the default theme has its templates and a small stylesheet", async () => {
    const loaded = await loadTheme(null);
    assert.ok(loaded.ok);
    for (const name of ["layout", "river", "entry", "author", "archives", "people", "health"]) {
      assert.ok(`${name}.liquid` in loaded.theme.templates, name);
    }
    const css = loaded.theme.assets.find((a) => a.path === "theme/style.css");
    assert.ok(css);
    assert.ok(css.content.length < 8 * 1024, "CSS under 8 KB");
    assert.match(text(css.content), /prefers-color-scheme: dark/);
  });

  it("a theme folder overrides templates and assets file by file, and adds new ones", async () => {
    const folder = await themeFolder("custom", {
      "entry.liquid": '<article class="mine">{{ entry.title }}|{{ entry.html | raw }}</article>\n',
      "style.css": "body { color: red }",
      "img/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
      ".hidden": "not published",
    });
    const loaded = await loadTheme(folder);
    assert.ok(loaded.ok, loaded.ok ? "" : loaded.error);
    const files = renderFiles(referenceInput(), loaded.theme);
    const byPath = new Map(files.map((f) => [f.path, text(f.content)]));
    assert.equal(byPath.get("theme/style.css"), "body { color: red }");
    assert.ok(byPath.has("theme/img/logo.svg"));
    assert.ok(!byPath.has("theme/.hidden"));
    const front = byPath.get("index.html") ?? "";
    assert.match(front, /<article class="mine">Improving distfile mirror structure\|<p>The Gentoo/);
    assert.match(front, /class="day-heading"/, "the other templates are still the default ones");
    assert.match(front, /&lt;script&gt;alert/, "auto-escaping holds in user templates");
  });

  it("reports template syntax errors and unknown filters when loading", async () => {
    const broken = await loadTheme(await themeFolder("broken", { "river.liquid": "{% if %}" }));
    assert.equal(broken.ok, false);
    assert.match(broken.ok ? "" : broken.error, /river\.liquid/);
    const filter = await loadTheme(
      await themeFolder("filter", { "author.liquid": "{{ author.name | shout }}" }),
    );
    assert.equal(filter.ok, false);
    assert.match(filter.ok ? "" : filter.error, /author\.liquid/);
  });

  it("says which folder is missing", async () => {
    const missing = await loadTheme(join(dir, "nowhere"));
    assert.equal(missing.ok, false);
    assert.match(missing.ok ? "" : missing.error, /nowhere/);
  });

  it("templates see only own properties of the data", async () => {
    const folder = await themeFolder("probe", {
      "entry.liquid": "[{{ entry.constructor }}|{{ entry.title.length }}|{{ entry.__proto__ }}]",
    });
    const loaded = await loadTheme(folder);
    assert.ok(loaded.ok);
    const files = renderFiles(referenceInput(), loaded.theme);
    const front = text(files.find((f) => f.path === "index.html")?.content ?? "");
    assert.match(front, /\[\|\|\]/);
  });
});
