/**
 * Running one measured call in a process of its own (bench/lib/*-once.mjs), so that its CPU time
 * and peak RSS are that call's alone, not the benchmark's nor its TypeScript loader's.
 * BENCH_NODE_ARGS in the environment passes flags to that process ("--cpu-prof", say).
 */
import { spawnSync } from "node:child_process";

/** The figures every such process prints, with what its call adds. */
export interface CallFigures {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

/** Runs `script` (beside this file) with `args`; the JSON line it printed last. */
export function inOwnProcess<T extends CallFigures>(script: string, args: string[]): T {
  const child = spawnSync(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      new URL(script, import.meta.url).pathname,
      ...args,
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (child.status !== 0) throw new Error(`${script} ${args.join(" ")} failed`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as T;
}
