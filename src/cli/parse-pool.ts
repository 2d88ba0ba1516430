/**
 * A small pool of worker threads for parse + sanitize. Fetching is I/O and parsing is CPU: with
 * the parsing in threads, the main thread keeps every connection busy while the other cores parse.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { FeedBytes, HtmlSource } from "../model.js";
import { failedParse } from "../parse/index.js";
import { ownedBuffer, startWorker } from "../worker-thread.js";
import type { ParseJob, ParseReply, ParseResult } from "./parse-worker.js";

export interface ParsePool {
  /**
   * Parses a feed (or a web page by its rules when `html` is given) in a worker, deriving the
   * facts of entries whose version is not `known`. The body's memory moves there: the caller
   * must not read it after.
   */
  parse(input: FeedBytes, options?: ParseOptions): Promise<ParseResult>;
  /** How many workers parse at once. */
  size: number;
  /** How many workers are running: none before the first parse. */
  running(): number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: number;
}

// A smaller young generation than V8's default: each feed's garbage is collected sooner, so a
// worker's heap stays near what one feed needs instead of growing towards its limit.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

/** What a parse is told besides the feed's bytes. */
export interface ParseOptions {
  html?: HtmlSource | null;
  known?: ReadonlySet<string>;
}

/** What the workers need besides each feed: the site's embed hosts and excerpt length. */
export interface ParseSettings {
  embedHosts: string[];
  /** The excerpt length whose cuts are derived with each entry's facts (siteExcerptWords). */
  excerptWords: number | null;
}

/**
 * A pool of `size` workers (default: one per core; the main thread mostly waits on sockets),
 * started with the first parse: a refresh whose feeds all answer 304 starts none (each costs
 * ~0.5 CPU-s to load its modules, on cores the fetching needs).
 */
export function createParsePool(settings: ParseSettings, size?: number): ParsePool {
  const count = size ?? availableParallelism();
  const pending = new Map<number, { resolve: (result: ParseResult) => void; slot: Slot }>();
  let nextId = 0;
  const settle = (id: number, result: ParseResult) => {
    const job = pending.get(id);
    if (job === undefined) return;
    pending.delete(id);
    job.slot.busy--;
    job.resolve(result);
  };
  const startSlot = (): Slot => {
    const slot: Slot = {
      worker: startWorker(new URL("./parse-worker.js", import.meta.url), {
        resourceLimits: WORKER_LIMITS,
      }),
      busy: 0,
    };
    slot.worker.on("message", (reply: ParseReply) => settle(reply.id, reply));
    slot.worker.on("error", (error) => {
      // A crashed worker fails its jobs as unreadable feeds rather than stopping the run.
      for (const [id, job] of pending) if (job.slot === slot) settle(id, crashed(error));
    });
    return slot;
  };
  let slots: Slot[] = [];

  return {
    parse(input, { html = null, known } = {}) {
      if (slots.length === 0) slots = Array.from({ length: count }, startSlot);
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      const body = ownedBuffer(input.body) === null ? new Uint8Array(input.body) : input.body;
      return new Promise((resolve) => {
        pending.set(id, { resolve, slot });
        const job: ParseJob = { id, input: { ...input, body }, ...settings, html, known };
        slot.worker.postMessage(job, [body.buffer as ArrayBuffer]);
      });
    },
    size: count,
    running: () => slots.length,
    async close() {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function crashed(error: Error): ParseResult {
  return {
    parsed: failedParse(`internal error while parsing: ${error.message}`, null, []),
    hashes: [],
    facts: [],
  };
}
