/**
 * XSS end to end in a real browser: feeds whose every field carries an attack vector (the
 * sanitizer's corpus plus the OWASP filter evasion cheat sheet) and failing feeds whose error
 * messages carry them, refreshed and built into a planet, then every published page (river,
 * older pages, person pages, archives, people, health) opened in headless Chromium. No dialog,
 * no script, no request to the attacker's host, no handler or script URL in any page.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.js";
import {
  type FeedServer,
  redirect,
  respond,
  serveFeed,
  startFeedServer,
} from "../helpers/feed-server.js";
import { loadVectors, parseVectors } from "../sanitize/vectors.js";
import { makePlanet, type PlanetDir, refreshAndBuild } from "./planet-dir.js";

const OWASP = new URL("../fixtures/reliability/owasp-xss.txt", import.meta.url);
const FEEDS = 20;
const BAD_LINKS = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)", "//attacker.invalid/", "java\tscript:alert(1)"]; // biome-ignore format: a list

/** What the page checks must catch: the same kind of vectors, not sanitized. */
const CANARY = `<!doctype html><title>canary</title><img src=x onerror=alert(1)><script>window.__pwned=1</script>
<a href="javascript:alert(2)">x</a><img src="https://attacker.invalid/x.png">`;

/** Runs before any page script: a vector that gets to set window.__pwned is recorded. */
const TRIPWIRE = `window.__hits = [];
Object.defineProperty(window, "__pwned", { set(v) { window.__hits.push("__pwned=" + v); }, get() {} });`;

let vectors: string[];
let feedServer: FeedServer;
let planet: PlanetDir;
let siteServer: Server;
let siteOrigin: string;
let browser: Browser;
let pages: string[];

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Feed `f`: every field of every entry is a vector (titles, authors, categories, links, content). */
function attackFeed(f: number): string {
  const mine = vectors.filter((_, i) => i % FEEDS === f);
  const at = (i: number) => vectors[(f * 7 + i) % vectors.length];
  const entries = mine.map((v, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + (f + i * FEEDS) * 86_400_000).toISOString();
    const link =
      i % 2 === 0 ? BAD_LINKS[i % BAD_LINKS.length] : `https://blog.example.org/${escapeXml(v)}`;
    return `<entry><id>urn:xss:${f}:${i}</id><title type="html">${escapeXml(v)}</title>
<link href="${escapeXml(link)}"/><author><name>${escapeXml(at(i + 1))}</name><uri>${escapeXml(BAD_LINKS[i % BAD_LINKS.length])}</uri></author>
<category term="${escapeXml(at(i + 2))}"/><category term="${escapeXml(at(i + 3))}" label="${escapeXml(at(i + 4))}"/>
<published>${day}</published><updated>${day}</updated><summary type="html">${escapeXml(at(i + 5))}</summary>
<content type="html">${escapeXml(v)}</content></entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title type="html">${escapeXml(at(0))}</title><subtitle>${escapeXml(at(1))}</subtitle>
<link rel="alternate" href="${escapeXml(BAD_LINKS[f % BAD_LINKS.length])}"/><icon>javascript:alert(1)</icon>
<id>urn:xss:${f}</id><updated>2024-06-01T00:00:00Z</updated>${entries.join("\n")}</feed>`;
}

/** Failing feeds whose error messages quote what the attacker sent (health page surface). */
function hostileFailures(server: FeedServer): string[] {
  server.route("/to-js", redirect(302, "javascript:alert(1)//<script>alert(1)</script>"));
  server.route(
    "/to-bad-url",
    redirect(301, "http://[<script>alert(1)</script>]/<img src=x onerror=alert(1)>"),
  );
  server.route("/page.html", respond(200, { "content-type": "text/html" },
    `<!doctype html><title><script>alert(1)</script></title><link rel="alternate" type="application/rss+xml"
     href="javascript:alert(1)//<img src=x onerror=alert(1)>"><p>not a feed`)); // biome-ignore format: a page
  return ["/to-js", "/to-bad-url", "/page.html"].map((p) => server.url(p));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

before(async () => {
  vectors = [...loadVectors(), ...parseVectors("owasp-xss.txt", await readFile(OWASP, "utf8"))].map(
    (v) => v.html,
  );
  feedServer = await startFeedServer();
  const urls = Array.from({ length: FEEDS }, (_, f) => {
    feedServer.route(`/xss-${f}.xml`, serveFeed(attackFeed(f)));
    return feedServer.url(`/xss-${f}.xml`);
  });
  planet = await makePlanet(
    [...urls, ...hostileFailures(feedServer)],
    "fetch: { timeout: 10, new_feed_items: 1000 }\n",
  );
  await refreshAndBuild(planet);
  pages = await htmlFiles(planet.output);
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".css": "text/css" };
  siteServer = createServer(async (req, res) => {
    if (req.url === "/__canary.html")
      return void res.writeHead(200, { "content-type": "text/html" }).end(CANARY);
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
      /\/$/,
      "/index.html",
    );
    const body = await readFile(join(planet.output, path)).catch(() => null);
    if (body === null || path.includes("..")) return void res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" })
      .end(body);
  });
  await new Promise<void>((resolve) => siteServer.listen(0, "127.0.0.1", resolve));
  siteOrigin = `http://127.0.0.1:${(siteServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => siteServer?.close(resolve));
  await feedServer?.close();
  await planet?.remove();
});

test("the planet holds every vector: all pages kinds are there to attack", () => {
  console.log(
    `# ${vectors.length} vectors in ${FEEDS} feeds; ${pages.length} pages opened in Chromium`,
  );
  assert.ok(vectors.length >= 300, `${vectors.length} vectors`);
  for (const kind of [/^index\.html$/, /^health\.html$/, /^people\//, /^archives?\//, /^page\//])
    assert.ok(
      pages.some((p) => kind.test(p)),
      `a page matching ${kind} in ${pages.join(" ")}`,
    );
});

/** A browser context that records attacker traffic and trips on script that runs. */
async function watchedContext(outside: string[]) {
  const context = await browser.newContext();
  // A string, not a function: the TypeScript loader would wrap a function's inner functions in
  // a helper the page does not have.
  await context.addInitScript(TRIPWIRE);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    outside.push(url);
    return route.abort();
  });
  return context;
}

/** Opens one page, pokes every element, and lists what ran or what is dangerous in it. */
async function attackReport(
  context: Awaited<ReturnType<typeof watchedContext>>,
  path: string,
): Promise<string[]> {
  const page = await context.newPage();
  const found: string[] = [];
  page.on("dialog", (dialog) => {
    found.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${siteOrigin}/${path}`, { waitUntil: "load" });
  found.push(
    ...(await page.evaluate(async () => {
      const all = Array.from(document.querySelectorAll("*"));
      for (const el of all) {
        for (const type of ["mouseover", "mouseenter", "focus", "click"]) {
          if (type === "click" && el.closest("a")) continue;
          el.dispatchEvent(new Event(type, { bubbles: true }));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const bad: string[] = [...(window as unknown as { __hits: string[] }).__hits];
      for (const el of all) {
        if (["SCRIPT", "OBJECT", "EMBED", "BASE", "FORM", "FRAME"].includes(el.tagName))
          bad.push(`<${el.tagName}>`);
        if (el.tagName === "IFRAME" && !el.hasAttribute("sandbox"))
          bad.push("iframe without sandbox");
        if (el.tagName === "META" && el.closest("body")) bad.push("meta in body");
        for (const name of el.getAttributeNames())
          if (name.startsWith("on")) bad.push(`${el.tagName}[${name}]`);
      }
      for (const a of Array.from(
        document.querySelectorAll("a[href], area[href]"),
      ) as HTMLAnchorElement[])
        if (!["http:", "https:", "mailto:"].includes(a.protocol)) bad.push(`link ${a.href}`);
      for (const img of Array.from(document.images))
        if (!/^(https?:|data:image\/(png|gif|jpe?g|webp)[;,])/.test(img.src))
          bad.push(`image ${img.src.slice(0, 60)}`);
      return bad;
    })),
  );
  await page.close();
  return found.map((problem) => `${path}: ${problem}`);
}

test("the checks catch an unsanitized page (they can fail)", async () => {
  const outside: string[] = [];
  const context = await watchedContext(outside);
  const found = await attackReport(context, "__canary.html");
  await context.close();
  for (const expected of [
    /dialog 1/,
    /__pwned=1/,
    /<SCRIPT>/,
    /IMG\[onerror\]/,
    /link javascript:/,
  ])
    assert.ok(
      found.some((p) => expected.test(p)),
      `${expected} in ${found.join(" | ")}`,
    );
  assert.ok(outside.some((url) => url.includes("attacker.invalid")));
});

test("no page opens a dialog, runs a script or calls the attacker", {
  timeout: 600_000,
}, async () => {
  const outside: string[] = [];
  const context = await watchedContext(outside);
  const problems: string[] = [];
  for (const path of pages) problems.push(...(await attackReport(context, path)));
  await context.close();
  assert.deepEqual(problems, [], "no dialog, no script ran and nothing dangerous is in any page");
  assert.deepEqual(
    outside.filter((url) => new URL(url).hostname.endsWith("attacker.invalid")),
    [],
    "no request to the attacker",
  );
});
