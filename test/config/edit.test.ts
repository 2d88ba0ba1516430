/**
 * Config edits spliced into the text: every original line kept, the additions where a person
 * would write them (end of a block, inside an inline list), and the result reading back as
 * the same data plus the additions.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "yaml";
import { mergeDrafts, type PersonDraft, type PlanetDraft } from "../../src/config/edit/index.js";

const BLOCK = `# People first.
title: T   # the title
link: https://p.example.org/

people:
    alice:
        name: Alice   # four-space indentation
        feeds:
            - https://alice.example.org/feed
            # - https://alice.example.org/old
planets:
  universe: {}
`;

const INLINE = `title: T
link: https://p.example.org/
people:
  alice: { name: Alice, feeds: ["https://alice.example.org/feed"] }   # inline
planets: {}
`;

function merged(text: string, people: PersonDraft[], planets: PlanetDraft[] = []): string {
  const result = mergeDrafts(text, people, planets);
  assert.ok(result.ok, result.ok ? "" : result.error);
  return result.text;
}

/** Asserts `after` is `before` with lines inserted only. */
function assertOnlyInserted(before: string, after: string): void {
  const lines = after.split("\n");
  let i = 0;
  for (const line of before.split("\n")) {
    while (i < lines.length && lines[i] !== line) i++;
    assert.ok(i < lines.length, `line lost or changed: ${JSON.stringify(line)}`);
    i++;
  }
}

test("a new person goes at the end of people:, in the file's own indentation", () => {
  const bob = {
    id: "bob",
    name: "Bob",
    links: { homepage: "https://bob.example.org/" },
    feeds: [{ url: "https://bob.example.org/feed" }],
  };
  const text = merged(BLOCK, [bob]);
  assertOnlyInserted(BLOCK, text);
  assert.match(
    text,
    /\n {4}bob:\n {8}name: Bob\n {8}links:\n {12}homepage: https:\/\/bob\.example\.org\/\n {8}feeds:\n {12}- https:\/\/bob\.example\.org\/feed\nplanets:/,
  );
  assert.deepEqual(Object.keys(parse(text).people), ["alice", "bob"]);
});

test("a new feed of a known person joins their list, block or inline", () => {
  const more = [
    {
      id: "alice",
      name: "Alice",
      feeds: [
        { url: "https://alice.example.org/2" },
        { url: "https://alice.example.org/p", type: "html" as const },
      ],
    },
  ];
  const block = merged(BLOCK, more);
  assertOnlyInserted(BLOCK, block);
  assert.deepEqual(parse(block).people.alice.feeds, [
    "https://alice.example.org/feed",
    "https://alice.example.org/2",
    { url: "https://alice.example.org/p", type: "html" },
  ]);
  const inline = merged(INLINE, more);
  assert.equal(
    inline.split("\n")[3],
    '  alice: { name: Alice, feeds: ["https://alice.example.org/feed", https://alice.example.org/2, { url: https://alice.example.org/p, type: html }] }   # inline',
  );
  assert.deepEqual(parse(inline).people.alice.feeds, parse(block).people.alice.feeds);
});

test("planets into an empty inline mapping, and sections that are missing or empty", () => {
  const planets = [
    { id: "planet", value: { title: "Planet", include: { tags: ["gentoo", "a b"] } } },
  ];
  const inline = merged(INLINE, [], planets);
  assert.equal(
    inline.split("\n")[4],
    'planets: { planet: { title: Planet, include: { tags: [gentoo, "a b"] } } }',
  );
  const missing = merged(
    "title: T\n",
    [{ id: "bob", name: "Bob", feeds: [{ url: "https://b.example/f" }] }],
    planets,
  );
  assert.deepEqual(parse(missing), {
    title: "T",
    people: { bob: { name: "Bob", feeds: ["https://b.example/f"] } },
    planets: { planet: planets[0].value },
  });
  const empty = merged("title: T\npeople:\n# end\n", [
    { id: "bob", name: "Bob", feeds: [{ url: "https://b.example/f" }] },
  ]);
  assert.equal(
    empty,
    "title: T\npeople:\n  bob:\n    name: Bob\n    feeds:\n      - https://b.example/f\n# end\n",
  );
});

test("merging the same drafts twice adds nothing the second time", () => {
  const bob = {
    id: "bob",
    name: "Bob",
    feeds: [{ url: "https://bob.example.org/feed", tags: ["x"] }],
  };
  const once = merged(BLOCK, [bob]);
  const twice = mergeDrafts(once, [bob]);
  assert.ok(twice.ok);
  assert.equal(twice.text, once);
  assert.deepEqual(twice.addedFeeds, []);
  assert.deepEqual(
    twice.keptFeeds.map((f) => f.url),
    ["https://bob.example.org/feed"],
  );
});
