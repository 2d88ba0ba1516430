/**
 * Random templates from the fast subset's grammar over random data (markup characters, nil,
 * numbers, nested arrays and objects, keys named like prototype properties) print the same
 * through the fast engine and liquidjs.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { outcome } from "./engines.js";

// A fresh seed each run, printed so that a failure can be replayed exactly.
const seed = Number(process.env.ORRERY_FC_SEED ?? Date.now() % 2 ** 31);
console.log(`# fast-check seed ${seed} (replay with ORRERY_FC_SEED=${seed})`);

const KEYS = ["a", "b", "list", "obj", "constructor", "toString", "__proto__", "size", "first"];
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({
      unit: fc.constantFrom("a", "B", " ", "<", ">", "&", '"', "'", "\n", "é"),
      maxLength: 6,
    }),
    fc.constantFrom(null, true, false, 0, 1, -2, 2.5, ""),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie("value")), { maxLength: 3 }).map(ownObject),
  ),
}));

/** An object whose keys are all own properties, `__proto__` included. */
function ownObject(pairs: [string, unknown][]): object {
  const object = {};
  for (const [key, v] of pairs)
    Object.defineProperty(object, key, { value: v, enumerable: true, writable: true });
  return object;
}

const scope = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 6 }).map(ownObject);

const path = fc
  .tuple(
    fc.constantFrom(...KEYS),
    fc.array(fc.constantFrom(...KEYS.map((k) => `.${k}`), "[0]", "[-1]", '["a"]', ".last"), {
      maxLength: 2,
    }),
  )
  .map(([root, props]) => root + props.join(""));
const literal = fc.constantFrom("'<a&b>'", '"x"', "1", "0", "-1", "2.5", "true", "false", "''");
const operand = fc.oneof({ weight: 3, arbitrary: path }, { weight: 1, arbitrary: literal });
const special = fc.constantFrom("nil", "null", "empty", "blank");
const comparison = fc
  .tuple(
    operand,
    fc.constantFrom("==", "!=", "<", ">", "<=", ">=", "contains"),
    fc.oneof(operand, special),
  )
  .map((parts) => parts.join(" "));
const condition = fc
  .array(fc.oneof(comparison, operand), { minLength: 1, maxLength: 3 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" and ", " or "), {
        minLength: parts.length - 1,
        maxLength: parts.length - 1,
      })
      .map((ops) => parts.map((p, i) => (i === 0 ? p : `${ops[i - 1]}${p}`)).join("")),
  );
const filter = fc.oneof(
  fc.constantFrom("upcase", "downcase", "capitalize", "strip", "lstrip", "rstrip", "size", "first",
    "last", "join", "reverse", "compact", "escape", "escape_once", "newline_to_br", "url_encode",
    "raw", "abs", "ceil", "floor", "xml_escape", "truncate", "truncatewords", "json"), // biome-ignore format: a word list
  fc
    .tuple(fc.constantFrom("append", "prepend", "remove", "remove_first", "split", "default", "join",
      "plus", "minus", "times", "divided_by", "modulo", "at_least", "at_most", "map", "truncate",
      "truncatewords"), operand) // biome-ignore format: a word list
    .map(([name, arg]) => `${name}: ${arg}`),
  fc
    .tuple(fc.constantFrom("replace", "replace_first"), operand, operand)
    .map(([name, a, b]) => `${name}: ${a}, ${b}`),
);
const dash = fc.constantFrom("", "-");
const output = fc
  .tuple(dash, fc.oneof(operand, comparison), fc.array(filter, { maxLength: 3 }), dash)
  .map(([l, e, fs, r]) => `{{${l} ${[e, ...fs].join(" | ")} ${r}}}`);
const text = fc.string({ unit: fc.constantFrom("x", " ", "\n", "<", "&", "\t"), maxLength: 4 });
const loopField = fc
  .constantFrom("index", "index0", "rindex", "rindex0", "first", "last", "length")
  .map((f) => `{{ forloop.${f} }}`);

function template(depth: number, inLoop: boolean): fc.Arbitrary<string> {
  const leaves = [
    text,
    output,
    ...(inLoop ? [loopField, fc.constantFrom("{% break %}", "{% continue %}")] : []),
  ];
  if (depth === 0) return fc.array(fc.oneof(...leaves), { maxLength: 3 }).map((p) => p.join(""));
  const inner = template(depth - 1, inLoop);
  const loopBody = template(depth - 1, true);
  const tag = (name: string) => fc.tuple(dash, dash).map(([l, r]) => [l, r, name] as const);
  const block = fc.oneof(
    fc.tuple(tag("if"), condition, inner, fc.option(inner)).map(([[l, r], c, a, b]) =>
      `{%${l} if ${c} ${r}%}${a}${b === null ? "" : `{% else %}${b}`}{% endif %}`),
    fc.tuple(condition, inner, condition, inner).map(([c, a, d, b]) =>
      `{% unless ${c} %}${a}{% elsif ${d} %}${b}{% endunless %}`),
    fc.tuple(path, loopBody, fc.option(inner), fc.constantFrom("", " reversed", " limit: 2", " offset: 1"))
      .map(([p, body, els, mod]) => `{% for item in ${p}${mod} %}${body}${els === null ? "" : `{% else %}${els}`}{% endfor %}`),
    fc.tuple(fc.integer({ min: -1, max: 3 }), loopBody).map(([n, body]) => `{% for i in (1..${n}) %}{{ i }}${body}{% endfor %}`),
    fc.tuple(operand, operand, inner, inner).map(([t, w, a, b]) =>
      `{% case ${t} %}{% when ${w}, 1 %}${a}{% else %}${b}{% endcase %}`),
    fc.tuple(fc.constantFrom("a", "b", "item"), operand, fc.array(filter, { maxLength: 2 }))
      .map(([name, v, fs]) => `{% assign ${name} = ${[v, ...fs].join(" | ")} %}`),
    fc.tuple(fc.constantFrom("a", "c"), inner).map(([name, body]) => `{% capture ${name} %}${body}{% endcapture %}`),
    fc.tuple(fc.constantFrom("include", "render"), operand).map(([tag, v]) => `{% ${tag} "part", b: ${v} %}`),
    text.map((t) => `{%- raw %}${t}{{ a }}{% endraw -%}`),
  ); // biome-ignore format: a grammar
  return fc.array(fc.oneof(...leaves, block), { maxLength: 4 }).map((p) => p.join(""));
}

// The partial random templates include or render: it reads a caller's variable and assigns.
const PART = "<{{ a }}|{{ b | size }}{% assign a = b %}>";

test("random templates print the same through both engines", () => {
  fc.assert(
    fc.property(template(2, false), scope, (source, data) => {
      const templates = { "river.liquid": source, "part.liquid": PART };
      const fast = outcome("fast", templates, data);
      const slow = outcome("liquidjs", templates, data);
      // Error messages differ between engines; that both fail, or both print the same, is the rule.
      assert.equal("error" in fast, "error" in slow, `${source}\n${JSON.stringify(slow)}`);
      assert.equal(fast.output, slow.output, source);
    }),
    { seed, numRuns: 1500 },
  );
});
