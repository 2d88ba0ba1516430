/**
 * The thread that writes a big build's files (see write-queue.ts): each batch it is sent is
 * linked and written with plain synchronous calls, folders first, then acknowledged.
 */
import { parentPort } from "node:worker_threads";
import { type FileLink, linkEach, writeInFolder } from "./write.js";

/** A batch of files to link from another build, and of files to write. */
export interface WriteBatch {
  id: number;
  links: FileLink[];
  files: { file: string; content: string | Uint8Array }[];
}

/**
 * A batch written: `error` names the first file that could not be. `spent` are the batch's
 * buffers, sent back: freed by the sender's collector, which runs all the time, rather than by
 * this thread's, which runs seldom (it makes so little garbage) and so let tens of megabytes
 * of written pages wait.
 */
export interface WriteAck {
  id: number;
  error: string | null;
  spent: ArrayBuffer[];
  /** The batch's links that could not be made (a file gone, or no hard links there). */
  unlinked: string[];
}

const folders = new Set<string>();

parentPort?.on("message", ({ id, links, files }: WriteBatch) => {
  const unlinked = linkEach(folders, links);
  let error: string | null = null;
  for (const { file, content } of files) {
    try {
      writeInFolder(folders, file, content);
    } catch (failure) {
      error ??= failure instanceof Error ? failure.message : String(failure);
    }
  }
  const spent = new Set<ArrayBuffer>();
  for (const { content } of files) {
    if (typeof content !== "string" && content.buffer instanceof ArrayBuffer)
      spent.add(content.buffer);
  }
  const ack: WriteAck = { id, error, spent: [...spent], unlinked };
  parentPort?.postMessage(ack, [...spent]);
});
