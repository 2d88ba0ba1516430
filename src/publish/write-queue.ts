/**
 * File writes that go on while the build renders the next page: the kernel's copying happens in
 * libuv's threads, on the other core, instead of between two pages on the build's own thread.
 */
import { writeFile } from "node:fs";

/** Writes in flight, at most `limit` at once; the first failure is kept for `settle`. */
export interface WriteQueue {
  /** Starts writing `content` to `file`; waits first while `limit` writes are in flight. */
  add(file: string, content: string | Uint8Array): Promise<void>;
  /** Waits for every write; throws the first failure, if any. */
  settle(): Promise<void>;
}

export function writeQueue(limit: number): WriteQueue {
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  const start = (file: string, content: string | Uint8Array) => {
    const done: Promise<void> = new Promise<void>((resolve) => {
      writeFile(file, content, (error) => {
        if (error !== null) failure ??= error;
        inFlight.delete(done);
        resolve();
      });
    });
    inFlight.add(done);
  };
  return {
    async add(file, content) {
      while (inFlight.size >= limit) await Promise.race(inFlight);
      if (failure !== null) throw failure;
      start(file, content);
    },
    async settle() {
      await Promise.all(inFlight);
      if (failure !== null) throw failure;
    },
  };
}
