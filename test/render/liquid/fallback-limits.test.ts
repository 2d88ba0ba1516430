/**
 * Themes outside the fast subset render through liquidjs, and say so; a runaway template
 * fails with a TemplateError naming it instead of running unbounded.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TemplateError } from "../../../src/render/engine.js";
import { compileFast } from "../../../src/render/liquid/compile.js";
import { engine } from "./engines.js";

describe("fallback to liquidjs", () => {
  const outside: [string, Record<string, string>][] = [
    ["an unknown tag", { "river.liquid": "{% tablerow i in (1..2) %}{{ i }}{% endtablerow %}" }],
    ["a filter the fast engine lacks", { "river.liquid": "{{ '2020-01-01' | date: '%Y' }}" }],
    ["an operator it lacks", { "river.liquid": "{% if not false %}x{% endif %}" }],
    ["a missing partial", { "river.liquid": '{% include "nowhere" %}' }],
    [
      "raw closed in a way only liquidjs reads",
      { "river.liquid": "{% raw %}{%- endraw %}{% endraw %}" },
    ],
    [
      "a partial outside the subset",
      { "river.liquid": "a", "extra.liquid": "{% cycle 'a', 'b' %}" },
    ],
  ];
  for (const [what, templates] of outside) {
    it(`${what} makes the whole theme render through liquidjs`, () => {
      const e = engine(templates);
      assert.equal(e.kind, "liquidjs");
      assert.match(e.fallback ?? "", /\.liquid: /);
    });
  }

  it("liquidjs renders a fallen-back theme as before", () => {
    const e = engine({
      "river.liquid": "{% increment n %}{% increment n %}{{ 'a b c' | truncatewords: 2 }}",
    });
    assert.equal(e.render("river", {}), "01a b...");
  });

  it("the subset renders through the fast engine", () => {
    assert.equal(engine({ "river.liquid": "{{ x }}" }).kind, "fast");
  });
});

describe("limits", () => {
  const budget = { memory: 10_000, milliseconds: 60_000 };
  const fast = (source: string, partials: Record<string, string> = {}) => {
    const compiled = compileFast({ "river.liquid": source, ...partials });
    assert.ok(compiled.ok, compiled.ok ? "" : compiled.reason);
    return compiled.theme;
  };

  it("a huge range fails at once with a TemplateError naming the template", () => {
    const e = engine({ "river.liquid": "{% for i in (1..1000000000000) %}x{% endfor %}" });
    assert.equal(e.kind, "fast");
    assert.throws(
      () => e.render("river", {}),
      (error) =>
        error instanceof TemplateError && /^template river\.liquid: memory/.test(error.message),
    );
  });

  it("output past the budget fails", () => {
    const river = fast(
      "{% for i in (1..100) %}{% for j in (1..100) %}xxxxxxxxxx{% endfor %}{% endfor %}",
    );
    assert.throws(() => river.render("river.liquid", {}, budget), /output size limit exceeded/);
    assert.equal(river.render("river.liquid", {}, { ...budget, memory: 200_000 }).length, 100_000);
  });

  it("strings doubled in a loop fail on memory", () => {
    const river = fast(
      "{% for i in (1..40) %}{% assign s = s | append: s | append: 'x' %}{% endfor %}",
    );
    assert.throws(() => river.render("river.liquid", {}, budget), /memory alloc limit exceeded/);
  });

  it("a render past its time fails", () => {
    const river = fast("{% for i in (1..2000) %}{% for j in (1..2000) %}{% endfor %}{% endfor %}");
    const slow = { memory: 1e9, milliseconds: 1 };
    assert.throws(() => river.render("river.liquid", {}, slow), /template render limit exceeded/);
  });

  it("a partial including itself fails instead of exhausting the stack", () => {
    const e = engine({
      "river.liquid": '{% include "loop" %}',
      "loop.liquid": 'x{% include "loop" %}',
    });
    assert.equal(e.kind, "fast");
    assert.throws(
      () => e.render("river", {}),
      (error) =>
        error instanceof TemplateError && /^template river\.liquid: include/.test(error.message),
    );
  });
});
