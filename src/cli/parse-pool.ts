/**
 * A small pool of worker threads for parse + sanitize. Fetching is I/O and parsing is CPU: with
 * the parsing in threads, the main thread keeps every connection busy while the other cores parse.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FeedBytes, ParsedFeed } from "../model.js";
import { emptyParsedFeed } from "./empty-feed.js";
import type { ParseJob, ParseReply } from "./parse-worker.js";

export interface ParsePool {
  parse(input: FeedBytes): Promise<ParsedFeed>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: number;
}

function workerUrl(): URL {
  // Under tsx the sources are .ts; compiled, they are .js. Workers inherit tsx's loader.
  const ext = import.meta.url.endsWith(".ts") ? "ts" : "js";
  return new URL(`./parse-worker.${ext}`, import.meta.url);
}

/** Starts `size` workers (default: one per core but one, at least one). */
export function createParsePool(embedHosts: string[], size?: number): ParsePool {
  const count = size ?? Math.max(1, availableParallelism() - 1);
  const pending = new Map<number, { resolve: (parsed: ParsedFeed) => void; slot: Slot }>();
  let nextId = 0;
  const slots: Slot[] = Array.from({ length: count }, () => {
    const slot: Slot = { worker: new Worker(workerUrl()), busy: 0 };
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
    parse(input) {
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, slot });
        slot.worker.postMessage({ id, input, embedHosts } satisfies ParseJob);
      });
    },
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function crashed(error: Error): ParsedFeed {
  return emptyParsedFeed(`internal error while parsing: ${error.message}`);
}
