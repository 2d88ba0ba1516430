import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { sanitizeHtml } from "../../src/sanitize/index.js";
import { launchChromium } from "../helpers/browser.js";
import { loadVectors } from "./vectors.js";

// Every vector, sanitized, on one page in a real browser: nothing may run, open a dialog,
// or reach the attacker's host.
let server: Server;
let browser: Browser;
let origin: string;

function buildPage(entryBase: string): string {
  const entries = loadVectors().map(
    (v, i) => `<article data-vector="${i}">${sanitizeHtml(v.html, { base: entryBase })}</article>`,
  );
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vectors</title>',
    "<script>window.__pwned = undefined;</script></head><body>",
    ...entries,
    "</body></html>",
  ].join("\n");
}

before(async () => {
  server = createServer((request, response) => {
    if (request.url === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(buildPage(`${origin}/entry/`));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("all sanitized vectors in Chromium: no dialog, no script, no request to the attacker", async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => requests.push(request.url()));
  // Nothing leaves the machine: requests are recorded above, then refused unless local.
  await page.route("**/*", (route) =>
    new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort(),
  );
  await page.goto(`${origin}/`, { waitUntil: "load" });
  // Scroll through the page so lazy images and frames load, and hover every element.
  await page.evaluate(async () => {
    for (const el of Array.from(document.querySelectorAll("article *"))) {
      el.scrollIntoView();
      el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await page.waitForLoadState("networkidle");

  const report = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    handlers: Array.from(document.querySelectorAll("article *")).flatMap((el) =>
      el.getAttributeNames().filter((name) => name.startsWith("on")),
    ),
    linkSchemes: Array.from(document.querySelectorAll("article a[href]")).map(
      (a) => (a as HTMLAnchorElement).protocol,
    ),
    unsandboxedFrames: document.querySelectorAll("article iframe:not([sandbox])").length,
    scripts: document.querySelectorAll("article script, article style, article object").length,
    articles: document.querySelectorAll("body > article").length,
  }));
  await page.close();

  assert.deepEqual(dialogs, [], "no dialog opened");
  assert.equal(report.pwned, undefined, "the sentinel global stays unset");
  assert.deepEqual(report.handlers, [], "no event-handler attribute in the DOM");
  assert.deepEqual(
    report.linkSchemes.filter((p) => !["http:", "https:", "mailto:"].includes(p)),
    [],
    "every link is http, https or mailto as the browser reads it",
  );
  assert.equal(report.unsandboxedFrames, 0);
  assert.equal(report.scripts, 0);
  assert.equal(report.articles, loadVectors().length, "no entry broke out of its article");
  assert.deepEqual(
    requests.filter((url) => /attacker\.invalid/i.test(url)),
    [],
    "no request for the attacker host",
  );
});
