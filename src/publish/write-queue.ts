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
import { type FileLink, linkEach, writeInFolder } from "./write.js";

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
  /**
   * Hard-links each file from another build, making folders; resolves with the files that could
   * not be linked. Many links are made on the thread, and this thread is free meanwhile.
   */
  link(links: readonly FileLink[]): Promise<Set<string>>;
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
    async link(links) {
      if (thread === null && links.length < threadFrom) return new Set(linkEach(folders, links));
      thread ??= threadWriter();
      return thread.link(links);
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
  const sent: { bytes: number; written: Promise<unknown> }[] = [];
  // null: the thread failed, and the batch will never be acknowledged.
  const resolvers = new Map<number, (ack: WriteAck | null) => void>();
  let batch: WriteBatch = { id: 0, links: [], files: [] };
  let batchBytes = 0;
  let pendingBytes = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const resolve of resolvers.values()) resolve(null);
    resolvers.clear();
  };
  worker.on("message", (ack: WriteAck) => {
    if (ack.error !== null) failure ??= new Error(ack.error);
    resolvers.get(ack.id)?.(ack);
    resolvers.delete(ack.id);
  });
  worker.on("error", fail);
  worker.on("exit", (code) =>
    fail(new Error(`the file writer thread stopped (exit code ${code})`)),
  );

  // Contents are copied unless handed over: a caller may write the same bytes twice (a theme's
  // assets go into every planet). A view of a bigger buffer (Node's pool) is always copied.
  let transfer: ArrayBuffer[] = [];
  const send = (): Promise<WriteAck | null> => {
    const { id } = batch;
    // After a failure nothing more is acknowledged: the batch counts as done at once.
    const written =
      failure !== null
        ? Promise.resolve(null)
        : new Promise<WriteAck | null>((resolve) => resolvers.set(id, resolve));
    sent.push({ bytes: batchBytes, written });
    pendingBytes += batchBytes;
    worker.postMessage(batch, transfer);
    batch = { id: id + 1, links: [], files: [] };
    transfer = [];
    batchBytes = 0;
    return written;
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
    async link(links) {
      if (failure !== null) throw failure;
      // Not pushed as arguments: a site of many thousands of files would overflow the stack.
      batch.links = batch.links.concat(links);
      const ack = await send();
      // A thread that stopped may have made some of the links: none of them can be trusted.
      if (ack === null) throw failure ?? new Error("the file writer thread stopped");
      return new Set(ack.unlinked);
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
