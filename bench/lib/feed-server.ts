/**
 * A feed server for the refresh benchmark, run as its own process so its CPU time does not
 * count against Orrery's. Serves /feed/N.xml with an ETag (304 on If-None-Match) after an
 * artificial latency. Prints its port on stdout. Usage: feed-server.ts FEEDS LATENCY_MS
 */
import { createServer } from "node:http";
import { atomFeed } from "./corpus.js";

const feeds = Number(process.argv[2] ?? 1000);
const latency = Number(process.argv[3] ?? 50);
const bodies = Array.from({ length: feeds }, (_, i) => Buffer.from(atomFeed(i + 1, 20, 6000)));

const server = createServer((req, res) => {
  const n = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? "")?.[1] ?? -1);
  setTimeout(() => {
    const body = bodies[n];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const etag = `"${n}-v1"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, {
      "content-type": "application/atom+xml",
      etag,
      "content-length": body.length,
    });
    res.end(body);
  }, latency);
});
// Listening on 0.0.0.0 lets the benchmark spread feeds over 127.0.0.1-127.0.0.50 like many hosts.
server.listen(0, "0.0.0.0", () => {
  const address = server.address();
  const size = bodies.reduce((n, b) => n + b.length, 0);
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0} ${size}\n`);
});
