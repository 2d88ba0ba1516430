/**
 * The code as shipped, for benchmarks that measure it: compiled first (`npm run build`), so that
 * each worker and child process runs plain JavaScript rather than compiling the TypeScript
 * sources through tsx on its own.
 */
import { spawnSync } from "node:child_process";

/** Compiles the sources into dist/; throws when the compiler fails. */
export function compileDist(): void {
  const built = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build failed");
}

/** The URL of a compiled module, by its path under src/ with a .js ending ("cli/refresh.js"). */
export function fromDist(path: string): string {
  return new URL(`../../dist/${path}`, import.meta.url).href;
}
