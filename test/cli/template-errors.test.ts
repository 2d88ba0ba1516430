/**
 * User templates that fail: the build returns an error naming the template and the problem,
 * and the published site stays the one built before.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { build } from "../../src/cli/build.js";
import type { SiteConfig } from "../../src/model.js";
import type { Store } from "../../src/store/index.js";
import { refreshedExample } from "./example.js";

const NOW = new Date("2026-01-01T00:00:00Z");

let dir: string;
let config: SiteConfig;
let store: Store;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "orrery-template-errors-"));
  ({ config, store } = await refreshedExample(dir, NOW));
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function themeWith(name: string, files: Record<string, string>): Promise<string> {
  const theme = join(dir, name);
  await mkdir(theme, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(theme, file), text);
  return theme;
}

test("a failing entry template fails the build by name, and the previous site stays", async () => {
  assert.ok((await build(config, store, NOW)).ok);
  const front = await readFile(join(config.output, "index.html"), "utf8");

  const theme = await themeWith("broken-entry", {
    "entry.liquid": '<article>{% include "no-such-partial" %}</article>',
  });
  const result = await build({ ...config, theme }, store, new Date("2026-01-02T00:00:00Z"));
  assert.equal(result.ok, false);
  const error = result.ok ? "" : result.error;
  assert.match(error, /^Gentoo Universe: template entry\.liquid: /);
  assert.match(error, /no-such-partial/);
  assert.match(error, /\(while making [a-z0-9/]*index\.html\)$/);
  assert.equal(await readFile(join(config.output, "index.html"), "utf8"), front);
});

test("a page template with an unknown filter is refused by name before anything is built", async () => {
  const theme = await themeWith("unknown-filter", {
    "people.liquid": "{% for i in (1..10) %}{{ i | nonsense_filter }}{% endfor %}",
  });
  const result = await build({ ...config, theme }, store, NOW);
  assert.equal(result.ok, false);
  assert.match(result.ok ? "" : result.error, /people\.liquid.*nonsense_filter/);
});
