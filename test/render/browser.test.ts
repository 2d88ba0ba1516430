import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { referenceInput } from "../fixtures/render/reference-plan.js";
import { launchChromium } from "../helpers/browser.js";
import { defaultTheme, renderFiles } from "./site.js";

const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/render/", import.meta.url));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// A 1×1 PNG, standing in for avatars and for images on other hosts (the test stays offline).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhQG7T8G6TQAAAABJRU5ErkJggg==",
  "base64",
);
const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css",
  png: "image/png",
};

describe("the river in a real browser", () => {
  let server: Server;
  let browser: Browser;
  let origin = "";

  before(async () => {
    const files = new Map<string, string | Uint8Array>([["avatars/mgorny.png", PNG]]);
    for (const file of renderFiles(referenceInput(), await defaultTheme()))
      files.set(file.path, file.content);
    server = createServer((req, res) => {
      const path =
        decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname.slice(1)) || "index.html";
      const body = files.get(path.endsWith("/") ? `${path}index.html` : path);
      if (body === undefined) return void res.writeHead(404).end();
      res.writeHead(200, {
        "content-type": TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream",
      });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    await mkdir(ARTIFACTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const path of ["index.html", "health.html"]) {
    for (const width of [375, 1280]) {
      for (const scheme of ["light", "dark"] as const) {
        it(`${path} at ${width}px (${scheme}): no errors, no sideways scroll, no serious a11y issues`, async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          try {
            const errors: string[] = [];
            page.on("console", (msg) => {
              if (msg.type() === "error") errors.push(msg.text());
            });
            page.on("pageerror", (error) => errors.push(error.message));
            await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
              route.fulfill({ status: 200, contentType: "image/png", body: PNG }),
            );
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(`${origin}/${path}`, { waitUntil: "load" });
            const scroll = await page.evaluate(() => ({
              scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
              innerWidth: window.innerWidth,
            }));
            assert.ok(
              scroll.scrollWidth <= scroll.innerWidth,
              `scrollWidth ${scroll.scrollWidth} > ${scroll.innerWidth}`,
            );
            await page.screenshot({
              path: `${ARTIFACTS}${path.replace(".html", "")}-${width}-${scheme}.png`,
              fullPage: true,
            });
            await page.addScriptTag({ path: AXE });
            const violations = await page.evaluate(async () => {
              const axe = (
                window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
              ).axe;
              const result = await axe.run();
              return result.violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
            });
            assert.deepEqual(violations, []);
            assert.deepEqual(errors, []);
          } finally {
            await page.close();
          }
        });
      }
    }
  }
});

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}
