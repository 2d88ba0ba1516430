/**
 * Faults for the feed server (./feed-server.ts): answers that real feed hosts give when they
 * are broken, slow or hostile. Every big body is streamed, never held in memory.
 */
import { once } from "node:events";
import { createServer } from "node:net";
import { gzipSync } from "node:zlib";
import { type Handler, sleep } from "./feed-server.js";

const GiB = 1024 ** 3;

/** A port on 127.0.0.1 where nothing listens (bound, then closed): connecting is refused. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  probe.close();
  await once(probe, "close");
  return port;
}

/** Sends headers, then `body` one byte every `intervalMs`. */
export function dripBytes(body: string, intervalMs = 1000): Handler {
  const bytes = Buffer.from(body);
  return async (_req, res) => {
    res.writeHead(200, { "content-type": "application/atom+xml" });
    for (let i = 0; i < bytes.length && !res.destroyed; i++) {
      res.write(bytes.subarray(i, i + 1));
      await sleep(intervalMs, res);
    }
    res.end();
  };
}

/** Declares the whole length, sends the first `fraction` of `body`, then drops the connection. */
export function cutConnection(body: string, fraction = 0.5): Handler {
  const bytes = Buffer.from(body);
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/atom+xml",
      "content-length": String(bytes.length),
    });
    res.write(bytes.subarray(0, Math.floor(bytes.length * fraction)), () => res.destroy());
  };
}

/** A clean HTTP answer whose document stops in the middle (the publisher's file was cut). */
export function truncatedDocument(body: string, fraction = 0.6): Handler {
  const bytes = Buffer.from(body).subarray(0, Math.floor(Buffer.byteLength(body) * fraction));
  return (_req, res) => {
    res.writeHead(200, { "content-type": "application/atom+xml" }).end(bytes);
  };
}

/**
 * A gzip-in-gzip bomb: about 2.5 KB on the wire, `Content-Encoding: gzip, gzip`, inflating to
 * `inflated` zero bytes. The inner layer is 1 MiB gzip members repeated (RFC 1952 allows
 * concatenated members), so it is built in milliseconds without ever holding the inflated bytes.
 */
export function nestedGzipBomb(inflated = GiB): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  const inner = Buffer.concat(Array(Math.ceil(inflated / (1024 * 1024))).fill(member));
  return gzipSync(inner, { level: 9 });
}

/** Serves a gzip-in-gzip document. */
export function serveNestedGzip(bytes: Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/atom+xml",
      "content-encoding": "gzip, gzip",
      "content-length": String(bytes.length),
    });
    res.end(bytes);
  };
}

/** Answers `status` with a Retry-After header (seconds). */
export function retryAfter(status: number, seconds: number): Handler {
  return (_req, res) => void res.writeHead(status, { "retry-after": String(seconds) }).end();
}
