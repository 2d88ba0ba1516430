/** Starting a worker thread, compiled or run from sources. */
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts the worker module at `url` (a ".js" URL beside the caller). Compiled, it is plain
 * JavaScript. Run from sources (tests, benchmarks), it is TypeScript, and a worker thread does
 * not inherit tsx's loader: it loads itself through tsx.
 */
export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(url, options);
  const source = JSON.stringify(url.href.replace(/\.js$/, ".ts"));
  const boot = `import("tsx/esm/api").then((tsx) => tsx.tsImport(${source}, ${source}));`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * The memory of `bytes` when the view owns all of it, so it can be transferred to a thread;
 * null for a view into a bigger or shared buffer (Node's pool), which must be copied instead.
 */
export function ownedBuffer(bytes: Uint8Array): ArrayBuffer | null {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : null;
}
