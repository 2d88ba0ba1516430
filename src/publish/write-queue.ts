/**
 * Writing a build's files. A small build writes them as they come. A big one hands them, in
 * batches, to a thread of its own (file-writer.ts), on the other core, while the next page is
 * made: on a virtual disk, making a folder or a file costs a tenth of a millisecond or more,
 * thousands of times, and every system call that goes through libuv's thread pool costs this
 * thread a hand-off as well (measured: 0.1–0.2 ms per call). One message per batch costs little.
 */
import type { Worker } from "node:worker_threads";
import { ownedBuffer, startWorker } from "../worker-thread.js";
import type { WriteAck, WriteBatch } from "./file-writer.js";
import { writeInFolder } from "./write.js";

/** Files written before the rest go to a thread: a small site never starts one. */
export const THREAD_FROM = 64;
// A batch is sent at this many bytes; this many bytes may be waiting to be written.
const BATCH_BYTES = 256 << 10;
const MAX_PENDING_BYTES = 4 << 20;

export interface WriteQueue {
  /**
   * Writes `content` to `file`, making its folder; may return before the file is written.
   * `handOver`: the bytes may move to the writer thread instead of being copied.
   */
  add(file: string, content: string | Uint8Array, handOver?: boolean): Promise<void>;
  /** Waits for every write; throws the first failure, if any. */
  settle(): Promise<void>;
}

/** A queue that writes its first `threadFrom` files itself and hands the rest to a thread. */
export function writeQueue(threadFrom = THREAD_FROM): WriteQueue {
  const folders = new Set<string>();
  let count = 0;
  let thread: WriteQueue | null = null;
  return {
    async add(file, content, handOver = false) {
      if (count++ >= threadFrom) {
        thread ??= threadWriter();
        await thread.add(file, content, handOver);
        return;
      }
      writeInFolder(folders, file, content);
    },
    async settle() {
      await thread?.settle();
      thread = null;
    },
  };
}

function threadWriter(): WriteQueue {
  // It holds a few batches at a time: a small young generation keeps its heap that small.
  const worker: Worker = startWorker(new URL("./file-writer.js", import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 4 },
  });
  // Batches sent and not yet known written, oldest first; the thread writes them in order.
  const sent: { bytes: number; written: Promise<void> }[] = [];
  const resolvers = new Map<number, () => void>();
  let batch: WriteBatch = { id: 0, files: [] };
  let batchBytes = 0;
  let pendingBytes = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const resolve of resolvers.values()) resolve();
    resolvers.clear();
  };
  worker.on("message", (ack: WriteAck) => {
    if (ack.error !== null) failure ??= new Error(ack.error);
    resolvers.get(ack.id)?.();
    resolvers.delete(ack.id);
  });
  worker.on("error", fail);
  worker.on("exit", (code) =>
    fail(new Error(`the file writer thread stopped (exit code ${code})`)),
  );

  // Contents are copied unless handed over: a caller may write the same bytes twice (a theme's
  // assets go into every planet). A view of a bigger buffer (Node's pool) is always copied.
  let transfer: ArrayBuffer[] = [];
  const send = () => {
    const { id } = batch;
    // After a failure nothing more is acknowledged: the batch counts as done at once.
    const written =
      failure !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => resolvers.set(id, resolve));
    sent.push({ bytes: batchBytes, written });
    pendingBytes += batchBytes;
    worker.postMessage(batch, transfer);
    batch = { id: id + 1, files: [] };
    transfer = [];
    batchBytes = 0;
  };
  const drainTo = async (limit: number) => {
    while (pendingBytes > limit) {
      const oldest = sent.shift();
      if (oldest === undefined) return;
      await oldest.written;
      pendingBytes -= oldest.bytes;
    }
  };

  return {
    async add(file, content, handOver = false) {
      if (failure !== null) throw failure;
      batch.files.push({ file, content });
      const owned = handOver && typeof content !== "string" ? ownedBuffer(content) : null;
      if (owned !== null) transfer.push(owned);
      batchBytes += typeof content === "string" ? content.length : content.byteLength;
      if (batchBytes < BATCH_BYTES) return;
      send();
      await drainTo(MAX_PENDING_BYTES);
    },
    async settle() {
      if (batch.files.length > 0) send();
      await drainTo(-1);
      worker.removeAllListeners("exit");
      await worker.terminate();
      if (failure !== null) throw failure;
    },
  };
}
