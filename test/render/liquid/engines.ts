/** Test helpers: one set of templates rendered by the fast engine and by liquidjs. */
import assert from "node:assert/strict";
import { compileTheme, type EngineKind, PAGE_TEMPLATES } from "../../../src/render/engine.js";

/** A theme of `templates` (file name → source); page templates it lacks are empty. */
export function themeOf(templates: Record<string, string>) {
  const all: Record<string, string> = {};
  for (const name of PAGE_TEMPLATES) all[`${name}.liquid`] = "";
  return { templates: { ...all, ...templates }, assets: [] };
}

export function engine(templates: Record<string, string>, kind?: EngineKind) {
  const compiled = compileTheme(themeOf(templates), kind === undefined ? {} : { engine: kind });
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.engine;
}

/** What river.liquid renders to, or the error it throws, through one engine. */
export function outcome(
  engineKind: EngineKind,
  templates: Record<string, string>,
  scope: object | (() => object),
) {
  const e = engine(templates, engineKind);
  assert.equal(e.kind, engineKind, e.fallback ?? "");
  try {
    return { output: e.render("river", typeof scope === "function" ? scope() : scope) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Asserts both engines print the same for `river` (the fast one must take the theme). */
export function assertSame(
  river: string,
  scope: object = {},
  partials: Record<string, string> = {},
) {
  const templates = { "river.liquid": river, ...partials };
  const fast = outcome("fast", templates, scope);
  const slow = outcome("liquidjs", templates, scope);
  assert.deepEqual(fast, slow, `template: ${river}`);
  return fast.output ?? "";
}
