/**
 * A small pool of worker threads for parse + sanitize. Fetching is I/O and parsing is CPU: with
 * the parsing in threads, the main thread keeps every connection busy while the other cores parse.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FeedBytes, HtmlSource, ParsedFeed } from "../model.js";
import { failedParse } from "../parse/index.js";
import type { ParseJob, ParseReply } from "./parse-worker.js";

export interface ParsePool {
  /** Parses a feed, or a web page by its rules when `html` is given. */
  parse(input: FeedBytes, html?: HtmlSource | null): Promise<ParsedFeed>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: number;
}

function startWorker(): Worker {
  // Compiled, the worker is plain JavaScript. Run from sources (tests, benchmarks), it is
  // TypeScript, and a worker thread does not inherit tsx's loader: it loads itself through tsx.
  if (!import.meta.url.endsWith(".ts")) {
    return new Worker(new URL("./parse-worker.js", import.meta.url));
  }
  const source = JSON.stringify(new URL("./parse-worker.ts", import.meta.url).href);
  const boot = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${source}, ${source}));`;
  return new Worker(boot, { eval: true });
}

/** Starts `size` workers (default: one per core; the main thread mostly waits on sockets). */
export function createParsePool(embedHosts: string[], size?: number): ParsePool {
  const count = size ?? availableParallelism();
  const pending = new Map<number, { resolve: (parsed: ParsedFeed) => void; slot: Slot }>();
  let nextId = 0;
  const slots: Slot[] = Array.from({ length: count }, () => {
    const slot: Slot = { worker: startWorker(), busy: 0 };
    slot.worker.on("message", (reply: ParseReply) => {
      const job = pending.get(reply.id);
      if (job === undefined) return;
      pending.delete(reply.id);
      job.slot.busy--;
      job.resolve(reply.parsed);
    });
    slot.worker.on("error", (error) => {
      // A crashed worker fails its jobs as unreadable feeds rather than stopping the run.
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.resolve(crashed(error));
      }
    });
    return slot;
  });

  return {
    parse(input, html = null) {
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, slot });
        slot.worker.postMessage({ id, input, embedHosts, html } satisfies ParseJob);
      });
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function crashed(error: Error): ParsedFeed {
  return failedParse(`internal error while parsing: ${error.message}`, null, []);
}
