/**
 * Peak memory of one synchronous call, measured so that a figure means what it says: in a
 * process of its own (nothing else has grown its heap), with the input already in memory before
 * the baseline (the caller's buffer is not the callee's cost), and with the result kept alive to
 * the end (what the call returns is part of what it costs). Two figures:
 * - heap: the peak of V8's used heap + external memory (Buffers, ArrayBuffers) above the
 *   baseline. The heap only grows between collections, so its peak is the largest size seen just
 *   before a collection (v8.GCProfiler) or at the end.
 * - RSS: the kernel's high-water mark of resident memory (VmHWM, reset just before the call
 *   through /proc/self/clear_refs) above the resident size at the baseline. It also counts heap
 *   that V8 reserved but had not filled, so it is the larger, more pessimistic figure.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { GCProfiler, getHeapStatistics } from "node:v8";

/** Peak growth of used heap + external memory and of resident memory, in bytes. */
export interface PeakMemory {
  heapBytes: number;
  rssBytes: number;
  /** Heap + external still held when the call returned (the result, mostly). */
  retainedBytes: number;
  seconds: number;
  /** CPU time of this process during the call (user + system). */
  cpuSeconds: number;
}

function statusKb(field: string): number {
  const m = new RegExp(`^${field}:\\s*(\\d+) kB`, "m").exec(
    readFileSync("/proc/self/status", "utf8"),
  );
  if (m === null) throw new Error(`no ${field} in /proc/self/status`);
  return Number(m[1]) * 1024;
}

function heapNow(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** Runs `call` once and measures it; needs --expose-gc and Linux's /proc. */
export function measurePeak<T>(call: () => T): { result: T; peak: PeakMemory } {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error("run with --expose-gc");
  // V8 keeps the subject of the last regular expression match alive (RegExp.input): a big
  // string matched while making the input would be counted at the baseline, then freed.
  /(?:)/.exec("");
  gc();
  gc();
  const heapBase = heapNow();
  const rssBase = statusKb("VmRSS");
  writeFileSync("/proc/self/clear_refs", "5"); // resets VmHWM to the current RSS
  const profiler = new GCProfiler();
  profiler.start();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = call();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const gcs = profiler.stop()?.statistics ?? [];
  const rssPeak = statusKb("VmHWM");
  const end = heapNow();
  let heapPeak = end;
  for (const s of gcs) {
    const h = s.beforeGC.heapStatistics;
    heapPeak = Math.max(heapPeak, h.usedHeapSize + h.externalMemory);
  }
  gc();
  const retained = heapNow() - heapBase;
  const peak = {
    heapBytes: heapPeak - heapBase,
    rssBytes: rssPeak - rssBase,
    retainedBytes: retained,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  return { result, peak };
}
