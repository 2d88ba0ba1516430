/**
 * A small, configurable HTTP server on 127.0.0.1 (port 0) for tests that fetch feeds:
 * routes → handlers, a log of every request, in-flight counts per Host, and handlers for the
 * cases feeds meet in the wild (validators, compression, slow or endless answers, redirects).
 */

import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, constants, createGzip, deflateSync, gzipSync } from "node:zlib";

/** Answers one request. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What the server saw. */
export interface RequestRecord {
  method: string;
  path: string;
  host: string;
  headers: IncomingMessage["headers"];
  /** The status sent, once the answer has started. */
  status: number | null;
}

/** A running test server. */
export interface FeedServer {
  port: number;
  /** "http://127.0.0.1:PORT" (https with a certificate). */
  origin: string;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** Serves `path` (exact, without the query) with `handler`. */
  route(path: string, handler: Handler): void;
  /** Every request so far, in arrival order. */
  requests: RequestRecord[];
  /** The requests for one path. */
  requestsTo(path: string): RequestRecord[];
  /** The most requests that were open at once for a Host header value (any host when omitted). */
  maxInFlight(host?: string): number;
  /** Closes the server and every connection, including ones stuck in slow handlers. */
  close(): Promise<void>;
}

/** A PEM key and certificate for an https server. */
export interface Certificate {
  key: string;
  cert: string;
}

/** Starts a server on `host` (default 127.0.0.1) at a free port; https when given a certificate. */
export async function startFeedServer(
  host = "127.0.0.1",
  certificate: Certificate | null = null,
): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const requests: RequestRecord[] = [];
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    const record: RequestRecord = {
      method: req.method ?? "GET",
      path,
      host: req.headers.host ?? "",
      headers: req.headers,
      status: null,
    };
    requests.push(record);
    const open = (inFlight.get(record.host) ?? 0) + 1;
    inFlight.set(record.host, open);
    peaks.set(record.host, Math.max(open, peaks.get(record.host) ?? 0));
    res.on("close", () => inFlight.set(record.host, (inFlight.get(record.host) ?? 1) - 1));
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      record.status = status;
      return writeHead(status, ...rest);
    }) as ServerResponse["writeHead"];
    const handler = routes.get(path) ?? ((_, r) => void r.writeHead(404).end("not found"));
    Promise.resolve(handler(req, res)).catch((error) => res.destroy(error));
  };
  const server = certificate ? createTlsServer(certificate, listener) : createServer(listener);
  server.listen(0, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const origin = `${certificate ? "https" : "http"}://${host}:${port}`;
  return {
    port,
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    maxInFlight: (h) => (h === undefined ? Math.max(0, ...peaks.values()) : (peaks.get(h) ?? 0)),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** How `serveFeed` answers. */
export interface FeedOptions {
  contentType?: string;
  etag?: string;
  lastModified?: string;
  encoding?: "gzip" | "deflate" | "deflate-raw" | "br";
  status?: number;
  headers?: Record<string, string>;
  /** Waits this long before answering. */
  delayMs?: number;
}

/** Serves a document, answering 304 when the request's validators match. */
export function serveFeed(body: string | Buffer, options: FeedOptions = {}): Handler {
  return async (req, res) => {
    if (options.delayMs) await sleep(options.delayMs, res);
    const validators: Record<string, string> = {};
    if (options.etag) validators.etag = options.etag;
    if (options.lastModified) validators["last-modified"] = options.lastModified;
    if (isNotModified(req, options)) {
      res.writeHead(304, { ...validators, ...options.headers }).end();
      return;
    }
    const { bytes, encoding } = encode(Buffer.from(body), options.encoding);
    res.writeHead(options.status ?? 200, {
      "content-type": options.contentType ?? "application/atom+xml; charset=utf-8",
      "content-length": String(bytes.length),
      ...(encoding ? { "content-encoding": encoding } : {}),
      ...validators,
      ...options.headers,
    });
    res.end(bytes);
  };
}

function isNotModified(req: IncomingMessage, options: FeedOptions): boolean {
  const match = req.headers["if-none-match"];
  if (options.etag && match !== undefined) return match === options.etag;
  const since = req.headers["if-modified-since"];
  return Boolean(options.lastModified && since === options.lastModified);
}

function encode(
  body: Buffer,
  encoding: FeedOptions["encoding"],
): { bytes: Buffer; encoding: string | null } {
  switch (encoding) {
    case "gzip":
      return { bytes: gzipSync(body), encoding: "gzip" };
    case "deflate":
      return { bytes: deflateSync(body), encoding: "deflate" };
    case "deflate-raw":
      return { bytes: deflateSync(body).subarray(2, -4), encoding: "deflate" };
    case "br":
      return { bytes: brotliCompressSync(body), encoding: "br" };
    default:
      return { bytes: body, encoding: null };
  }
}

/** Answers with a status, optional headers and body. */
export function respond(status: number, headers: Record<string, string> = {}, body = ""): Handler {
  return (_req, res) => void res.writeHead(status, headers).end(body);
}

/** Redirects to `location` (absolute or relative) with the given status. */
export function redirect(status: number, location: string): Handler {
  return respond(status, { location }, `moved to ${location}`);
}

/** Sends nothing for `delayMs` (default: until the server closes), then the feed. */
export function slowHeaders(body: string, delayMs = 60_000): Handler {
  return async (req, res) => {
    await sleep(delayMs, res);
    if (!res.destroyed) await serveFeed(body)(req, res);
  };
}

/** Sends headers at once, then one small chunk every `intervalMs`, `count` times. */
export function dripBody(intervalMs: number, count = 1000, chunk = "<!-- drip -->\n"): Handler {
  return async (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write('<?xml version="1.0"?>\n');
    for (let i = 0; i < count && !res.destroyed; i++) {
      await sleep(intervalMs, res);
      res.write(chunk);
    }
    res.end();
  };
}

/** Streams `bytes` bytes; declares Content-Length only when `declareLength` is true. */
export function oversize(bytes: number, declareLength: boolean): Handler {
  const block = Buffer.alloc(64 * 1024, "x");
  return async (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/rss+xml",
      ...(declareLength ? { "content-length": String(bytes) } : {}),
    });
    for (let sent = 0; sent < bytes && !res.destroyed; sent += block.length) {
      const part = block.subarray(0, Math.min(block.length, bytes - sent));
      if (!res.write(part)) await drained(res);
    }
    res.end();
  };
}

/** Resolves when `res` can take more, or has closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** A small gzip document that inflates to `bytes` zero bytes. */
export async function gzipBomb(bytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += zeros.length) {
    if (!gzip.write(zeros.subarray(0, Math.min(zeros.length, bytes - written)))) {
      await once(gzip, "drain");
    }
  }
  gzip.end();
  await once(gzip, "end");
  return Buffer.concat(chunks);
}

/** Serves precompressed gzip bytes as a feed. */
export function serveGzipped(gzipped: Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/rss+xml",
      "content-encoding": "gzip",
      "content-length": String(gzipped.length),
    });
    res.end(gzipped);
  };
}

/** Waits `ms`, or less when the response closes first (so no timer outlives a test). */
export function sleep(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off("close", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.on("close", done);
  });
}

/** A self-signed certificate for `commonName`, made with the openssl command in `dir`. */
export function selfSignedCertificate(dir: string, commonName = "127.0.0.1"): Certificate {
  const key = `${dir}/key.pem`;
  const cert = `${dir}/cert.pem`;
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "2",
    ].concat(["-subj", `/CN=${commonName}`]),
    { stdio: "ignore" },
  );
  return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
}
