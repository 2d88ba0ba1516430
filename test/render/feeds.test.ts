import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SaxesParser } from "saxes";
import { importOpml } from "../../src/config/import/index.js";
import { FEEDS, HOSTILE, PEOPLE, SUBSCRIPTIONS } from "../fixtures/render/reference-plan.js";
import { renderReference, text } from "./site.js";

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses strictly (namespaces on); any well-formedness error throws. */
function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attributes[name] = attr.value;
    const node: XmlNode = { name: tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const children = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);

describe("syndication feeds", async () => {
  const site = await renderReference();

  it("atom.xml is well-formed Atom 1.0, each entry with its source", () => {
    const feed = parseXml(site.get("atom.xml") ?? "");
    assert.equal(feed.name, "feed");
    assert.equal(feed.attributes.xmlns, "http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated"]) assert.ok(child(feed, name), name);
    assert.equal(child(feed, "updated")?.text, "2019-10-13T14:34:00Z");
    const entries = children(feed, "entry");
    assert.equal(entries.length, 7);
    for (const entry of entries) {
      for (const name of ["id", "title", "updated", "author", "content", "source"])
        assert.ok(child(entry, name), name);
      const source = child(entry, "source") as XmlNode;
      assert.ok(child(source, "title")?.text);
      assert.ok(child(source, "id")?.text);
      assert.ok(children(source, "link").length >= 1);
    }
    assert.ok(entries.some((e) => child(e, "title")?.text === HOSTILE));
    assert.ok(
      entries.every((e) => !(child(e, "link")?.attributes.href ?? "").startsWith("javascript:")),
    );
    assert.match(child(entries[0], "content")?.text ?? "", /The rest of the post/);
  });

  it("rss.xml is well-formed RSS 2.0 with dc:creator", () => {
    const rss = parseXml(site.get("rss.xml") ?? "");
    assert.equal(rss.attributes.version, "2.0");
    const channel = child(rss, "channel") as XmlNode;
    const items = children(channel, "item");
    assert.equal(items.length, 7);
    assert.equal(child(items[0], "dc:creator")?.text, "Michał Górny");
    assert.equal(child(items[0], "pubDate")?.text, "Sun, 13 Oct 2019 14:34:00 GMT");
    assert.equal(child(items[1], "title"), undefined, "untitled items have no title");
    assert.ok(child(items[1], "description"));
  });

  it("feed.json is JSON Feed 1.1 with authors", () => {
    const feed = JSON.parse(site.get("feed.json") ?? "");
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
    assert.equal(typeof feed.title, "string");
    assert.equal(feed.items.length, 7);
    for (const item of feed.items) {
      assert.equal(typeof item.id, "string");
      assert.equal(typeof item.content_html, "string");
      assert.ok(Array.isArray(item.authors) && item.authors[0].name);
      assert.ok(!Number.isNaN(Date.parse(item.date_published)));
    }
    assert.equal(feed.items[1].title, undefined);
    assert.equal(feed.items.find((i: { title?: string }) => i.title === HOSTILE)?.url, undefined);
  });

  it("opml.xml reads back as the same subscriptions: feed URL, site and who writes it", () => {
    const opml = parseXml(site.get("opml.xml") ?? "");
    assert.equal(opml.attributes.version, "2.0");
    const outlines = children(child(opml, "body") as XmlNode, "outline");
    assert.deepEqual(
      outlines.map((o) => [o.attributes.xmlUrl, o.attributes.htmlUrl, o.attributes.type]),
      SUBSCRIPTIONS.map((s) => [s.url, FEEDS.find((f) => f.url === s.url)?.siteLink, "rss"]),
    );
    outlines.forEach((outline, i) => {
      assert.equal(outline.attributes.text, PEOPLE[i]?.name);
      const sub = SUBSCRIPTIONS[i];
      const title = sub?.title ?? FEEDS.find((f) => f.url === sub?.url)?.title;
      assert.equal(outline.attributes.title, title);
    });
  });

  it("opml.xml imports back through Orrery's own OPML import: every feed, under its person", () => {
    const imported = importOpml(site.get("opml.xml") ?? "", "opml.xml");
    assert.ok(!("error" in imported), "error" in imported ? imported.error : "");
    assert.equal(imported.site.title, "Gentoo Universe");
    const feeds = imported.people.flatMap((p) => p.feeds.map((f) => [p.name, f.url]));
    assert.deepEqual(feeds.map(([, url]) => url).sort(), SUBSCRIPTIONS.map((s) => s.url).sort());
    for (const [name, url] of feeds) {
      const sub = SUBSCRIPTIONS.find((s) => s.url === url);
      const person = PEOPLE.find((p) => p.id === sub?.personId);
      assert.equal(name, person?.name, url);
    }
  });

  it("opml.xml leaves out local file feeds, which no reader elsewhere can subscribe to", async () => {
    const { referenceInput } = await import("../fixtures/render/reference-plan.js");
    const { defaultTheme, renderFiles } = await import("./site.js");
    const input = referenceInput();
    const local = [
      { ...SUBSCRIPTIONS[0], url: "file:///srv/planet/feeds/local.xml" },
      { ...SUBSCRIPTIONS[0], url: "/srv/planet/feeds/other.xml" },
    ];
    input.subscriptions = [...local, ...SUBSCRIPTIONS.slice(1)];
    const files = renderFiles(input, await defaultTheme());
    const opml = parseXml(text(files.find((f) => f.path === "opml.xml")?.content ?? ""));
    const urls = children(child(opml, "body") as XmlNode, "outline").map(
      (o) => o.attributes.xmlUrl,
    );
    assert.deepEqual(
      urls,
      SUBSCRIPTIONS.slice(1).map((s) => s.url),
    );
  });

  it("strips characters XML cannot hold", async () => {
    const { referenceInput } = await import("../fixtures/render/reference-plan.js");
    const { defaultTheme, renderFiles } = await import("./site.js");
    const input = referenceInput();
    input.plan.entries[0].entry.title = "bell\u0007 and \uD800 lone surrogate";
    const files = renderFiles(input, await defaultTheme());
    for (const name of ["atom.xml", "rss.xml"]) {
      const xml = String(files.find((f) => f.path === name)?.content);
      assert.doesNotThrow(() => parseXml(xml), name);
    }
  });
});
