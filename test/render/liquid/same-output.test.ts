/**
 * The default theme through both engines: every file of the reference planet and of the
 * bundled example planet is byte for byte the same whether the fast engine or liquidjs
 * renders it.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { build } from "../../../src/cli/build.js";
import type { SiteConfig } from "../../../src/model.js";
import { compileTheme } from "../../../src/render/engine.js";
import type { Theme } from "../../../src/render/index.js";
import type { Store } from "../../../src/store/index.js";
import { refreshedExample } from "../../cli/example.js";
import { referenceInput } from "../../fixtures/render/reference-plan.js";
import { defaultTheme, renderFiles, text } from "../site.js";

// A partial no page uses, outside the fast subset: the whole theme renders through liquidjs.
const FORCE_LIQUIDJS = { "force-liquidjs.liquid": "{% cycle 'unused' %}" };

function withLiquidjs(theme: Theme): Theme {
  return { ...theme, templates: { ...theme.templates, ...FORCE_LIQUIDJS } };
}

function engineKind(theme: Theme): string {
  const compiled = compileTheme(theme);
  return compiled.ok ? compiled.engine.kind : compiled.error;
}

function assertSameFiles(fast: Map<string, string>, slow: Map<string, string>): void {
  assert.deepEqual([...fast.keys()].sort(), [...slow.keys()].sort());
  for (const [path, content] of slow) assert.equal(fast.get(path), content, path);
}

describe("the default theme renders the same through both engines", async () => {
  const theme = await defaultTheme();

  it("the default theme is within the fast subset; the forced one is not", () => {
    assert.equal(engineKind(theme), "fast");
    assert.equal(engineKind(withLiquidjs(theme)), "liquidjs");
  });

  for (const path of ["", "planet/"]) {
    it(`every file of the reference planet at "${path}"`, () => {
      const files = (t: Theme) =>
        new Map(renderFiles(referenceInput(path), t).map((f) => [f.path, text(f.content)]));
      assertSameFiles(files(theme), files(withLiquidjs(theme)));
    });
  }
});

describe("the example planet builds the same through both engines", () => {
  const NOW = new Date("2026-01-01T00:00:00Z");
  let dir: string;
  let config: SiteConfig;
  let store: Store;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "orrery-engines-"));
    ({ config, store } = await refreshedExample(dir, NOW));
  });
  after(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("every published file is byte for byte the same", async () => {
    const forced = join(dir, "forced-theme");
    await mkdir(forced);
    for (const [file, source] of Object.entries(FORCE_LIQUIDJS))
      await writeFile(join(forced, file), source);
    const fast = { ...config, output: join(dir, "fast") };
    const slow = { ...config, output: join(dir, "liquidjs"), theme: forced };
    for (const site of [fast, slow]) {
      const built = await build(site, store, NOW);
      assert.ok(built.ok, built.ok ? "" : built.error);
    }
    const [a, b] = await Promise.all([readTree(fast.output), readTree(slow.output)]);
    assert.ok(a.size > 20, `only ${a.size} files`);
    assertSameFiles(a, b);
  });
});

async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(full.slice(root.length), await readFile(full, "latin1"));
  }
  return files;
}
