/**
 * Kill -9 of a process writing to the store, at a seeded random moment, then checks that the
 * file is intact and holds every entry the writer saw committed. Shared by the unit suite
 * (a few iterations) and the reliability suite (many).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";

const WRITER = fileURLToPath(new URL("./crash-writer.ts", import.meta.url));

/** A small seeded generator (mulberry32): the same seed kills at the same points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What one iteration found after the kill. */
export interface CrashResult {
  /** Entries the writer reported committed before it was killed. */
  committed: number;
  integrity: string;
  /** Reported entries not found after reopening: must be empty. */
  missing: string[];
}

/** Starts the writer, lets it commit `afterCommits` updates, waits `delayMs`, then kills it with SIGKILL. */
function runWriter(
  file: string,
  run: string,
  afterCommits: number,
  delayMs: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, file, run], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    let buffer = "";
    let errors = "";
    let killing = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      lines.push(...parts);
      if (!killing && lines.length >= afterCommits) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL") resolve(lines);
      else reject(new Error(`the writer stopped by itself: ${errors}`));
    });
  });
}

/** One iteration: write, kill, reopen, check. `run` names the iteration (distinct per call). */
export async function crashOnce(
  file: string,
  run: string,
  random: () => number,
): Promise<CrashResult> {
  const afterCommits = 1 + Math.floor(random() * 40);
  const delayMs = Math.floor(random() * 25);
  const lines = await runWriter(file, run, afterCommits, delayMs);
  const db = new Database(file);
  const integrity = db.pragma("integrity_check", { simple: true }) as string;
  db.close();
  const opened = await openStore(file);
  if (!opened.ok) return { committed: lines.length, integrity: opened.error, missing: lines };
  const stored = await opened.store.listEntries({ includeBackfill: true, includeInactive: true });
  await opened.store.close();
  const present = new Set(stored.map((e) => `${e.feedUrl} ${e.id}`));
  return {
    committed: lines.length,
    integrity,
    missing: lines.filter((line) => !present.has(line)),
  };
}
