/**
 * Parser throughput: a deterministic corpus of 1,000 feeds (mixed formats, realistic HTML
 * bodies, 10–50 entries each, some windows-1252 / ISO-8859-1) parsed in-process; then peak memory
 * for one ~60 MB Atom feed, well-formed and with an error near its end (the tolerant pass's
 * path), each in a fresh process (see lib/peak-memory.ts for what is measured).
 * Run with `npm run bench:parse`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseFeed } from "../src/parse/index.js";
import { atomFeed } from "./lib/corpus.js";
import { corpusDocument } from "./lib/parse-corpus.js";
import { measurePeak } from "./lib/peak-memory.js";

function throughput(): void {
  const corpus = Array.from({ length: 1000 }, (_, i) => corpusDocument(i));
  const bytes = corpus.reduce((n, d) => n + d.body.length, 0);
  for (const d of corpus.slice(0, 50)) parseFeed(d); // warm up the JIT
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let entries = 0;
  let errors = 0;
  for (const d of corpus) {
    const parsed = parseFeed(d);
    entries += parsed.entries.length;
    if (parsed.error !== null || !parsed.wellFormed) errors++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1e6;
  console.log(`corpus: 1000 feeds, ${mb.toFixed(1)} MB, ${entries} entries, ${errors} not clean`);
  console.log(
    `  ${(mb / seconds).toFixed(1)} MB/s, ${Math.round(entries / seconds)} entries/s, ${seconds.toFixed(2)} s; ${(mb / cpuSeconds).toFixed(1)} MB per CPU-second`,
  );
}

/** The big feed; "broken" adds a last entry with a bare "&", so the strict pass fails at the end. */
function bigFeed(variant: string): Buffer {
  const text = atomFeed(424242, 12000, 4000);
  const broken = "<entry><title>Tom & Jerry</title><id>urn:x:broken</id></entry>\n</feed>";
  return Buffer.from(variant === "broken" ? text.replace(/<\/feed>\s*$/, broken) : text, "utf8");
}

/** Runs in the child process: measures one parse of the big feed and prints it as JSON. */
function measureBigFeed(variant: string): void {
  const body = bigFeed(variant);
  const { result, peak } = measurePeak(() =>
    parseFeed({ body, url: "https://big.example.org/feed", contentType: null }),
  );
  const { entries, wellFormed } = result;
  console.log(JSON.stringify({ bytes: body.length, entries: entries.length, wellFormed, ...peak }));
}

function reportBigFeed(variant: string): void {
  const args = [
    ...process.execArgv,
    "--expose-gc",
    fileURLToPath(import.meta.url),
    "--memory",
    variant,
  ];
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`memory run failed: ${child.stderr}`);
  const m = JSON.parse(child.stdout);
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB (${(n / m.bytes).toFixed(2)}x)`;
  console.log(
    `big feed, ${variant}: ${(m.bytes / 1e6).toFixed(1)} MB, ${m.entries} entries, wellFormed ${m.wellFormed}, ${(m.bytes / 1e6 / m.seconds).toFixed(1)} MB/s, ${(m.bytes / 1e6 / m.cpuSeconds).toFixed(1)} MB per CPU-second`,
  );
  console.log(
    `  peak heap+external grew ${mb(m.heapBytes)}, peak RSS grew ${mb(m.rssBytes)}; result holds ${mb(m.retainedBytes)}`,
  );
}

const memoryArg = process.argv.indexOf("--memory");
if (memoryArg >= 0) measureBigFeed(process.argv[memoryArg + 1]);
else {
  throughput();
  reportBigFeed("well-formed");
  reportBigFeed("broken");
}
