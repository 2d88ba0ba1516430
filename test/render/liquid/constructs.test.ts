/**
 * Each construct of the fast subset: what it prints (written out, so a test fails even if
 * both engines changed) and that liquidjs prints the same.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertSame } from "./engines.js";

const data = {
  s: "<b>&\"'",
  n: null,
  zero: 0,
  e: "",
  list: [1, 2, 3],
  none: [],
  o: { x: { y: 5 }, "k-1": "dash" },
  pairs: { a: 1, b: "two" },
};

function check(
  template: string,
  expected: string,
  scope: object | (() => object) = data,
  partials = {},
): void {
  assert.equal(assertSame(template, scope, partials), expected);
}

describe("the fast engine prints what liquidjs prints", () => {
  it("values: strings escaped, arrays run together, nil as nothing", () => {
    check("{{ s }}|{{ list }}|{{ n }}|{{ zero }}|{{ true }}|{{ 2.5 }}|{{ o }}|{{ missing }}",
      "&lt;b&gt;&amp;&#34;&#39;|123||0|true|2.5|[object Object]|"); // biome-ignore format: long
  });

  it("every output is escaped unless its last filter is raw", () => {
    check("{{ s | raw }}|{{ s | raw | upcase }}|{{ s | escape }}|{{ s | append: s | raw }}",
      "<b>&\"'|&lt;B&gt;&amp;&#34;&#39;|&amp;lt;b&amp;gt;&amp;amp;&amp;#34;&amp;#39;|<b>&\"'<b>&\"'"); // biome-ignore format: long
  });

  it("whitespace control trims every blank and newline on its side", () => {
    check("a  \n {%- if true -%} \n b \n {%- endif %} c\n{{- 'd' -}}\n e", "ab cde");
  });

  it("only false and nil are false", () => {
    check("{% if e %}e{% endif %}{% if zero %}0{% endif %}{% if none %}[]{% endif %}{% if n %}n{% endif %}{% if false %}f{% endif %}{% unless n %}!n{% endunless %}", "e0[]!n"); // biome-ignore format: long
  });

  it("nil, empty and blank compare as Liquid says", () => {
    check("{% if n == nil %}1{% endif %}{% if e == empty %}2{% endif %}{% if none == empty %}3{% endif %}{% if '  ' == blank %}4{% endif %}{% if e != nil %}5{% endif %}{% if nil < 1 %}6{% endif %}{% if n < 1 %}7{% endif %}", "123457"); // biome-ignore format: long
  });

  it("and/or group to the right; comparisons bind tighter", () => {
    check("{% if false and false or true %}left{% else %}right{% endif %}{% if 1 == 1 and 2 > 1 %}+{% endif %}", "right+"); // biome-ignore format: long
    check("{% if list contains 2 %}a{% endif %}{% if s contains '&' %}b{% endif %}{% if zero contains 0 %}c{% endif %}", "ab"); // biome-ignore format: long
  });

  it("properties: size, first, last, indexes, quoted keys", () => {
    check("{{ list.size }}{{ list.first }}{{ list.last }}{{ list[0] }}{{ list[-1] }}{{ o['x'].y }}{{ o.x['y'] }}{{ o.k-1 }}{{ s.size }}{{ pairs.size }}", "3131355dash62"); // biome-ignore format: long
  });

  it("for: else, limit, offset, reversed, ranges, forloop, break, continue", () => {
    check("{% for x in list reversed %}{{ forloop.index }}{{ x }}{% unless forloop.last %},{% endunless %}{% endfor %}", "13,22,31"); // biome-ignore format: long
    check("{% for x in list limit: 1 offset: 1 %}{{ x }}{% endfor %}{% for x in none %}x{% else %}none{% endfor %}", "2none"); // biome-ignore format: long
    check("{% for i in (2..5) %}{% if i == 3 %}{% continue %}{% endif %}{% if i == 5 %}{% break %}{% endif %}{{ i }}{{ forloop.rindex0 }}{% endfor %}", "2341"); // biome-ignore format: long
    check("{% for p in pairs %}{{ p[0] }}={{ p[1] }};{% endfor %}{% for c in s %}[{{ c }}]{% endfor %}", "a=1;b=two;[&lt;b&gt;&amp;&#34;&#39;]"); // biome-ignore format: long
  });

  it("case/when with commas and or", () => {
    check("{% case zero %}{% when 1, 0 %}zero{% else %}other{% endcase %}{% case 'b' %}{% when 'a' or 'b' %}ab{% endcase %}{% case s %}{% when 1 %}x{% else %}else{% endcase %}", "zeroabelse"); // biome-ignore format: long
  });

  it("assign, capture and comment", () => {
    check("{% assign x = list | join: '+' %}{{ x }}{% capture c %}<{{ x }}>{% endcapture %}{{ c }}{% comment %}{{ s }}{% endcomment %}", "1+2+3&lt;1+2+3&gt;"); // biome-ignore format: long
  });

  it("filters", () => {
    check("{{ ' a b ' | strip | upcase | prepend: '[' | append: ']' }}{{ 'a,b,,' | split: ',' | size }}{{ 7 | plus: 2 | times: 3 | minus: 1 | divided_by: 4 | modulo: 5 }}{{ n | default: 'd' }}{{ 'aXbX' | replace: 'X', '-' | remove_first: 'a' }}{{ 'x y' | url_encode }}{{ list | reverse | join }}", "[A B]21.5d-b-x+y3 2 1"); // biome-ignore format: long
  });

  it("map reads its argument only for an item: an argument that cannot print is no error then", () => {
    const odd = {};
    Object.defineProperty(odd, "toString", { value: "", enumerable: true });
    check("{{ n | map: odd }}|{{ none | map: odd | size }}", "|0", { ...data, odd });
    check("{% for x in list %}{{ x }}{% endfor %}{{ pairs | map: 'a' }}", "1231", data);
  });

  it("truncate, truncatewords and json", () => {
    check("{{ 'abcdefghij' | truncate: 5 }}|{{ 'a b c d' | truncatewords: 2 }}|{{ list | json }}|{{ s | json }}",
      "ab...|a b...|[1,2,3]|&#34;&lt;b&gt;&amp;\\&#34;&#39;&#34;"); // biome-ignore format: long
  });

  it("include shares the caller's scope and adds its arguments", () => {
    const partials = { "part.liquid": "{{ who }}/{{ s | size }}{% assign shared = 'set' %}" };
    check('{% include "part", who: o.x.y %}|{{ shared }}', "5/6|set", data, partials);
  });

  it("render sees only its arguments; what it assigns stays inside", () => {
    const partials = { "p.liquid": "[{{ a }}|{{ s }}{% assign inner = 1 %}]" };
    check('{% assign s = "out" %}{% render "p", a: 1 %}{{ inner }}|{% include "p", a: 2 %}{{ inner }}', "[1|]|[2|out]1", {}, partials); // biome-ignore format: long
  });

  it("raw keeps its content as written; whitespace control stops at its edges", () => {
    check("x {%- raw -%} {{ a }} {%- if -%} {% endraw -%}  y|{% raw %}{% endraw %}", "x {{ a }} {%- if -%} y|"); // biome-ignore format: long
  });

  it("increment and decrement count in the page's variables", () => {
    check("{% increment n %}{% increment n %}{% decrement m %}{{ n }}{{ m }}{% increment constructor %}", "01-12-10", () => ({})); // biome-ignore format: long
  });

  it("layout: the child's blocks fill the layout's, its default content otherwise", () => {
    const partials = {
      "frame.liquid":
        "<{% block head %}default head{% endblock %}|{% block body %}default body{% endblock %}>",
    };
    check('{% layout "frame" %}ignored{% block body %}mine {{ list.size }}{% endblock %}', "<default head|mine 3>", data, partials); // biome-ignore format: long
  });
});

describe("templates see only own properties", () => {
  class Person {
    constructor(readonly name: string) {}
    get shout(): string {
      return "from the prototype";
    }
  }
  const entry = { title: "t" };
  Object.defineProperty(entry, "rendered", { enumerable: true, get: () => "<own getter>" });

  it("prototype properties and getters are out of reach; own getters are not", () => {
    const scope = { person: new Person("p"), entry };
    check("[{{ person.name }}|{{ person.shout }}|{{ person.constructor }}|{{ entry.__proto__ }}|{{ entry.toString }}|{{ entry.hasOwnProperty }}|{{ entry.rendered }}|{{ entry.rendered | raw }}]",
      "[p||||||&lt;own getter&gt;|<own getter>]", scope); // biome-ignore format: long
  });
});
