/**
 * Blogs without feeds: pages in the shape of real ones (a WordPress front page, a single post
 * page, a monthly archive of untitled posts, an h-feed) read by rules or microformats, then
 * sanitized like any feed.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseAndSanitize } from "../../src/cli/parse-worker.js";
import type { HtmlRules, HtmlSource, ParsedFeed } from "../../src/model.js";
import { readPatternDate } from "../../src/parse/html-source/date-format.js";
import { compileDatePattern, parseHtmlSource } from "../../src/parse/index.js";

function page(name: string, url: string, source: HtmlSource): ParsedFeed {
  const body = readFileSync(new URL(`../fixtures/html-source/${name}`, import.meta.url));
  return parseAndSanitize({ body, url, contentType: "text/html; charset=utf-8" }, [], source);
}

function rules(partial: Partial<HtmlRules> & { entry: string }): HtmlSource {
  const none = {
    title: null,
    link: null,
    date: null,
    dateFormat: null,
    content: null,
    author: null,
  };
  return { rules: { ...none, ...partial } };
}

test("a WordPress front page: dates like 'Sep 132016' with the time from 'Posted by ... at 23:39'", () => {
  const parsed = page(
    "wordpress-front-page.html",
    "https://blog.example.org/",
    rules({
      entry: "article.post",
      title: ".entry-title",
      link: ".entry-title a",
      date: ".postdate, .postmeta",
      dateFormat: "MMM DDYYYY * at HH:mm",
      content: ".entry",
      author: ".postmeta .author",
    }),
  );
  assert.equal(parsed.error, null);
  assert.equal(parsed.format, "html");
  assert.equal(parsed.feed.title, "To Linux and beyond !");
  assert.deepEqual(
    parsed.entries.map((e) => [e.title, e.link, e.published, e.author?.name]),
    [
      [
        "Powerline for bash and vim",
        "https://blog.example.org/2016/09/13/powerline-for-bash-and-vim/",
        "2016-09-13T23:39:00Z",
        "Éric",
      ],
      [
        "Avahi daemon and the fork that failed",
        "https://blog.example.org/2015/12/27/avahi-daemon-fork-failed/",
        "2015-12-27T09:05:00Z",
        "Éric",
      ],
    ],
  );
  const first = parsed.entries[0].content ?? "";
  assert.match(first, /<h3>Installation on Debian<\/h3>/);
  assert.match(
    first,
    /src="https:\/\/blog\.example\.org\/wp-content\/uploads\/2016\/09\/powerline-bash\.png"/,
  );
  assert.doesNotMatch(first, /script|trackReader/);
});

test("times read by a date format are the blog's wall clock when a time zone is given", () => {
  const parsed = page(
    "wordpress-front-page.html",
    "https://blog.example.org/",
    rules({
      entry: "article.post",
      date: ".postdate, .postmeta",
      dateFormat: "MMM DDYYYY * at HH:mm",
      timeZone: "Europe/Paris",
    }),
  );
  // Summer time (UTC+2) in September, winter time (UTC+1) in December.
  assert.deepEqual(
    parsed.entries.map((e) => e.published),
    ["2016-09-13T21:39:00Z", "2015-12-27T08:05:00Z"],
  );
});

test("a single post page: the page is the post's link, the base element resolves its links", () => {
  const parsed = page(
    "single-post.html",
    "https://dotat.example.org/2019/10/ipv6-wireguard.html",
    rules({ entry: "article", title: "h1", date: "time", content: ".body" }),
  );
  assert.equal(parsed.error, null);
  assert.equal(parsed.entries.length, 1);
  const [entry] = parsed.entries;
  assert.equal(entry.title, "IPv6 with wireguard, at last");
  assert.equal(entry.link, "https://dotat.example.org/2019/10/ipv6-wireguard.html");
  assert.equal(entry.published, "2019-10-13T13:34:00Z");
  assert.match(
    entry.content ?? "",
    /href="https:\/\/dotat\.example\.org\/2019\/09\/earlier-post\.html"/,
  );
});

test("a monthly archive of untitled posts: entries without titles, dated by their permalinks", () => {
  const parsed = page(
    "monthly-archive.html",
    "https://utgb.example.org/2015/04/",
    rules({
      entry: ".posts .post",
      link: "a.permalink",
      date: "a.permalink",
      content: ".post-body",
    }),
  );
  assert.equal(parsed.error, null);
  assert.deepEqual(
    parsed.entries.map((e) => [e.title, e.link, e.published]),
    [
      [null, "https://utgb.example.org/2015/04/27/dcf77/", "2015-04-27T00:00:00Z"],
      [null, "https://utgb.example.org/2015/04/26/jessie-out/", "2015-04-26T00:00:00Z"],
      [null, "https://utgb.example.org/2015/04/02/aside/", "2015-04-02T00:00:00Z"],
    ],
  );
  assert.match(parsed.entries[1].content ?? "", /<li>Kernel 3\.16<\/li>/);
  assert.doesNotMatch(parsed.entries[2].content ?? "", /onclick|steal/);
});

test("h-feed microformats: names, links, dates, authors, categories; untitled notes stay untitled", () => {
  const parsed = page("h-feed.html", "https://kim.example.org/notes/", { rules: null });
  assert.equal(parsed.error, null);
  assert.equal(parsed.feed.title, "Kim's notes");
  assert.equal(parsed.feed.author?.name, "Kim Doe");
  assert.equal(parsed.feed.author?.uri, "https://kim.example.org/");
  assert.deepEqual(
    parsed.entries.map((e) => [e.title, e.link, e.published, e.categories]),
    [
      [
        "Portage tricks",
        "https://kim.example.org/2019/10/portage-tricks",
        "2019-10-12T08:00:00Z",
        ["gentoo"],
      ],
      [null, "https://kim.example.org/2019/10/note-1", "2019-10-11T19:15:00Z", []],
    ],
  );
  assert.match(
    parsed.entries[0].content ?? "",
    /src="https:\/\/kim\.example\.org\/notes\/img\/tip\.png"/,
  );
  assert.equal(parsed.entries[1].content, "<p>Short note without a title.</p>");
});

test("rules that match nothing, and a page without microformats, are errors that say why", () => {
  const body = Buffer.from("<html><body><p>hello</p></body></html>");
  const input = { body, url: "https://x.example/", contentType: "text/html" };
  assert.match(
    parseHtmlSource(input, rules({ entry: "article" })).error ?? "",
    /matches the entry selector "article"/,
  );
  assert.match(parseHtmlSource(input, { rules: null }).error ?? "", /no h-entry/);
  assert.match(
    parseHtmlSource(input, rules({ entry: "p:nope(" })).error ?? "",
    /could not be read/,
  );
});

test("date patterns: fields, wildcards, literal text, and impossible dates", () => {
  const read = (pattern: string, text: string) => {
    const compiled = compileDatePattern(pattern);
    assert.ok(!("error" in compiled));
    return readPatternDate(text, compiled);
  };
  assert.equal(read("MMM DDYYYY", "Sep 132016"), "2016-09-13T00:00:00Z");
  assert.equal(read("D.M.YY [um] H:mm", "3.4.19 um 7:05"), "2019-04-03T07:05:00Z");
  assert.equal(read("MMMM D, YYYY", "Posted on February 30, 2019"), null);
  assert.ok("error" in compileDatePattern("HH:mm"));
});
