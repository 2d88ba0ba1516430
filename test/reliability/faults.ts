/**
 * The fault lab: one plain and one TLS feed server on 127.0.0.1 serving every fault of the
 * catalogue, with what the health report must say about each, plus healthy feeds beside them.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  closedPort,
  cutConnection,
  dripBytes,
  nestedGzipBomb,
  retryAfter,
  serveNestedGzip,
  truncatedDocument,
} from "../helpers/fault-server.js";
import {
  type FeedServer,
  oversize,
  redirect,
  respond,
  selfSignedCertificate,
  serveFeed,
  slowHeaders,
  startFeedServer,
} from "../helpers/feed-server.js";

/** Short limits keep the suite quick; every slow fault is bounded by them. */
export const TIMEOUT_SECONDS = 5;
export const MAX_SIZE_MIB = 4;
const GiB = 1024 ** 3;

/** One broken feed and what health.json must report for it. */
export interface Fault {
  name: string;
  url: string;
  /** The health row's status. */
  status: "failing" | "gone" | "moved" | "ok";
  /** The health row's last_error (null: none). */
  reason: RegExp | null;
  /** Whether the feed's entries end up stored (a fault the fetcher works around). */
  stored: boolean;
  /**
   * Also accepted when 200 feeds share a loaded machine: a big body may reach the deadline
   * before the size limit. Either way the fetch ended within its bounds.
   */
  underLoad?: RegExp;
}

/** A healthy feed's document: `count` entries with ids unique to `key`. */
export function atomFeed(key: string, count = 3): string {
  const entries = Array.from(
    { length: count },
    (_, i) => `<entry><id>urn:${key}:${i}</id><title>${key} post ${i}</title>
<link href="https://${key}.example.org/${i}"/><updated>2024-03-0${1 + (i % 9)}T10:00:00Z</updated>
<content type="html">&lt;p&gt;Body of ${key} post ${i}&lt;/p&gt;</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${key}</title><id>urn:${key}</id>
<updated>2024-03-09T10:00:00Z</updated>${entries.join("\n")}</feed>
`;
}

export interface FaultLab {
  http: FeedServer;
  tls: FeedServer;
  faults: Fault[];
  /** Serves `count` healthy feeds and returns their URLs. */
  healthy(count: number, prefix?: string): string[];
  close(): Promise<void>;
}

/** Starts the servers and routes every fault; `tag` keeps the paths of two labs apart. */
export async function startFaultLab(): Promise<FaultLab> {
  const certDir = await mkdtemp(join(tmpdir(), "orrery-faults-"));
  const http = await startFeedServer();
  const tls = await startFeedServer("127.0.0.1", selfSignedCertificate(certDir));
  const refusedPort = await closedPort();
  const limit = `response larger than ${MAX_SIZE_MIB} MiB`;
  const timedOut = (phase: string) => new RegExp(`^timed out after ${TIMEOUT_SECONDS} s ${phase}$`);
  const faults: Fault[] = [];
  const add = (
    name: string,
    path: string,
    handler: Parameters<FeedServer["route"]>[1] | null,
    expect: Omit<Fault, "name" | "url">,
    url = http.url(path),
  ) => {
    if (handler !== null) http.route(path, handler);
    faults.push({ name, url, ...expect });
  };
  const failing = (reason: RegExp) => ({ status: "failing" as const, reason, stored: false });

  add(
    "connection refused",
    "",
    null,
    failing(/^connection refused by 127\.0\.0\.1:\d+$/),
    `http://127.0.0.1:${refusedPort}/feed.xml`,
  );
  add(
    "DNS name that does not resolve",
    "",
    null,
    failing(/^DNS lookup failed for no-such-blog\.invalid: no such host$/),
    "http://no-such-blog.invalid/feed.xml",
  );
  tls.route("/feed.xml", serveFeed(atomFeed("tls")));
  add(
    "TLS handshake failure",
    "",
    null,
    failing(/^TLS error: self-signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/),
    tls.url("/feed.xml"),
  );
  add("HTTP 500", "/500.xml", respond(500), failing(/^HTTP 500 Internal Server Error$/));
  add(
    "HTTP 503 with Retry-After",
    "/503.xml",
    retryAfter(503, 120),
    failing(/^HTTP 503 Service Unavailable \(retry after 120 s\)$/),
  );
  add("HTTP 404", "/404.xml", respond(404), failing(/^HTTP 404 Not Found$/));
  add("HTTP 410", "/410.xml", respond(410), {
    status: "gone",
    reason: /^HTTP 410 Gone: the feed was removed$/,
    stored: false,
  });
  add(
    "HTTP 429",
    "/429.xml",
    retryAfter(429, 60),
    failing(/^HTTP 429 Too Many Requests \(retry after 60 s\)$/),
  );
  for (let hop = 1; hop <= 3; hop++)
    http.route(`/chain-${hop}.xml`, redirect(301, `/chain-${hop + 1}.xml`));
  add(
    "301 chain (3 hops)",
    "/chain-4.xml",
    serveFeed(atomFeed("chain")),
    { status: "moved", reason: null, stored: true },
    http.url("/chain-1.xml"),
  );
  http.route("/loop-b.xml", redirect(302, "/loop-a.xml"));
  add("redirect loop", "/loop-a.xml", redirect(302, "/loop-b.xml"), failing(/^redirect loop: /));
  add(
    "headers that never come",
    "/no-headers.xml",
    slowHeaders(atomFeed("late"), 10 * 60_000),
    failing(timedOut("waiting for response headers")),
  );
  add(
    "body dripping one byte a second",
    "/drip.xml",
    dripBytes(atomFeed("drip")),
    failing(timedOut("reading the body")),
  );
  add(
    "connection cut mid-document",
    "/cut.xml",
    cutConnection(atomFeed("cut")),
    failing(/^connection closed by 127\.0\.0\.1:\d+ before the response was complete$/),
  );
  add("document cut off mid-entry", "/truncated.xml", truncatedDocument(atomFeed("truncated", 5)), {
    status: "ok",
    reason: null,
    stored: true,
  });
  add(
    "gzip bomb (gzip, gzip: 2.5 KB → 1 GiB)",
    "/bomb.xml",
    serveNestedGzip(nestedGzipBomb(GiB)),
    failing(new RegExp(`^${limit}$`)),
  );
  add("2 GiB body, streamed", "/huge.xml", oversize(2 * GiB, false), {
    ...failing(new RegExp(`^${limit}$`)),
    underLoad: timedOut("reading the body"),
  });
  add(
    "2 GiB body, declared",
    "/huge-declared.xml",
    oversize(2 * GiB, true),
    failing(new RegExp(`^${limit}$`)),
  );
  add(
    "wrong Content-Type",
    "/wrong-type.xml",
    serveFeed(atomFeed("wrongtype"), { contentType: "text/html; charset=utf-8" }),
    { status: "ok", reason: null, stored: true },
  );
  add(
    "an HTML page",
    "/page.html",
    respond(200, { "content-type": "text/html" }, "<!doctype html><title>Blog</title><p>Hello"),
    failing(/^this is an HTML page, not a feed, and it links to no feed$/),
  );
  add(
    "empty 200",
    "/empty.xml",
    respond(200, { "content-type": "application/rss+xml" }),
    failing(/^the document is empty, not a feed$/),
  );

  return {
    http,
    tls,
    faults,
    healthy(count, prefix = "healthy") {
      return Array.from({ length: count }, (_, i) => {
        const key = `${prefix}${i}`;
        http.route(`/${key}.xml`, serveFeed(atomFeed(key), { etag: `"${key}"` }));
        return http.url(`/${key}.xml`);
      });
    },
    async close() {
      await Promise.all([http.close(), tls.close()]);
      await rm(certDir, { recursive: true, force: true });
    },
  };
}
